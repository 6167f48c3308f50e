package dev.contrastive4j.api.task;

import dev.contrastive4j.api.tensor.Tensor;
import org.nd4j.linalg.api.ndarray.INDArray;

/** One loss of a task, on the tape: a scalar from the pseudo-labels and the predictions. */
@FunctionalInterface
public interface TaskLoss {
  /**
   * Computes the loss on the tape of the predictions, so that it can be differentiated.
   *
   * @param pseudoLabels the labels {@link Task#preprocess} made
   * @param predictions what {@link Task#predict} returned
   * @return a one-element tensor to minimize
   */
  Tensor apply(INDArray pseudoLabels, Predictions predictions);
}
