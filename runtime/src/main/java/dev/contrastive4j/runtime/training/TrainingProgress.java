package dev.contrastive4j.runtime.training;

import java.util.List;

/**
 * Where a run stands, so that a stopped run can continue: the epochs done, the best loss and
 * its epoch, and how many epochs have passed since it.
 */
public record TrainingProgress(List<EpochResult> epochs, double bestLoss, int bestEpoch,
    int epochsSinceBest) {
  public TrainingProgress {
    epochs = List.copyOf(epochs);
  }

  /** A run that has not started. */
  public static TrainingProgress start() {
    return new TrainingProgress(List.of(), Double.POSITIVE_INFINITY, 0, 0);
  }
}
