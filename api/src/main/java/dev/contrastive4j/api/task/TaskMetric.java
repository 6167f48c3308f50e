package dev.contrastive4j.api.task;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One metric of a task, reported per epoch: a number from labels and predicted values. */
@FunctionalInterface
public interface TaskMetric {
  /**
   * @param pseudoLabels the labels {@link Task#preprocess} made
   * @param output the value of {@link Predictions#output()}
   * @param representations the value of {@link Predictions#representations()}
   */
  double apply(INDArray pseudoLabels, INDArray output, INDArray representations);
}
