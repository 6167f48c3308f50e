package dev.contrastive4j.runtime.training;

import java.util.Collections;
import java.util.LinkedHashMap;
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
  /** Copies the maps, keeping their order. */
  public EpochResult {
    // In the task's order, so that metrics.jsonl lists them the same way in every run.
    losses = Collections.unmodifiableMap(new LinkedHashMap<>(losses));
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }
}
