package dev.contrastive4j.api.task;

import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A metric of a task, computed from the values of one training step (no tape, no gradient).
 * The runtime computes the metrics every {@code training.metrics_every} epochs and on the last
 * epoch. One metric may report several named values that share a computation, as TF-GNN's
 * {@code AllSvdMetrics} reports several values from one SVD.
 */
@FunctionalInterface
public interface TaskMetric {
  /**
   * Computes the metric's values from one step's labels and predictions.
   *
   * @param pseudoLabels the labels {@link Task#preprocess} made
   * @param output the value of {@link Predictions#output()}
   * @param representations the value of {@link Predictions#representations()}
   * @return values by name, e.g. {@code binary_accuracy}
   */
  Map<String, Double> apply(INDArray pseudoLabels, INDArray output, INDArray representations);
}
