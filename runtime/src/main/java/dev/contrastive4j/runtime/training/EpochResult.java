package dev.contrastive4j.runtime.training;

import java.util.Map;

/**
 * What one epoch reported.
 *
 * @param epoch 1-based epoch number
 * @param loss the summed training loss; on mini-batches, the mean over the epoch's items (each
 *     batch's loss weighted by its number of items, the rows of its pseudo-labels)
 * @param losses each named loss of the task, in the same way
 * @param metrics the task's metrics (empty on epochs without metrics)
 * @param seconds wall-clock seconds of the training step (not of the metrics)
 */
public record EpochResult(int epoch, double loss, Map<String, Double> losses,
    Map<String, Double> metrics, double seconds) {
  public EpochResult {
    losses = Map.copyOf(losses);
    metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
  }
}
