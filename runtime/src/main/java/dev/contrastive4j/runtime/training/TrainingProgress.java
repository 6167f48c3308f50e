package dev.contrastive4j.runtime.training;

import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where a run stands, so that a stopped run can continue: the epochs done, the best loss, its
 * epoch and parameters, and how many epochs have passed since it.
 *
 * @param epochs every epoch's report so far
 * @param bestLoss the best training loss so far ({@code +Infinity} before the first epoch)
 * @param bestEpoch the 1-based epoch of {@code bestLoss} (0 before the first epoch)
 * @param epochsSinceBest epochs run since {@code bestEpoch}
 * @param bestParameters the parameter values of the best epoch, by name (empty before the
 *     first epoch)
 */
public record TrainingProgress(List<EpochResult> epochs, double bestLoss, int bestEpoch,
    int epochsSinceBest, Map<String, INDArray> bestParameters) {
  /** Copies the list and map, keeping their order. */
  public TrainingProgress {
    epochs = List.copyOf(epochs);
    bestParameters = java.util.Collections.unmodifiableMap(
        new java.util.LinkedHashMap<>(bestParameters));
  }

  /**
   * Whether early stopping has ended the run: {@code patience} epochs (at least one) have passed
   * without a better loss. A patience of 0 never stops early.
   */
  public boolean outOfPatience(int patience) {
    return outOfPatience(epochsSinceBest, patience);
  }

  /** The early-stopping rule: {@code epochsSinceBest} has reached a positive {@code patience}. */
  static boolean outOfPatience(int epochsSinceBest, int patience) {
    return patience > 0 && epochsSinceBest >= patience;
  }

  /** A run that has not started. */
  public static TrainingProgress start() {
    return new TrainingProgress(List.of(), Double.POSITIVE_INFINITY, 0, 0, Map.of());
  }
}
