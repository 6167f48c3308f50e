package dev.contrastive4j.runtime.training;

import java.util.Map;

/**
 * What one epoch reported.
 *
 * @param epoch 1-based epoch number
 * @param loss the summed training loss
 * @param losses each named loss of the task
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
