package dev.contrastive4j.runtime.training;

/** Hears about each finished epoch (to log metrics, draw a progress bar, write checkpoints). */
@FunctionalInterface
public interface EpochListener {
  /**
   * @param result what the epoch reported
   * @param improved whether its loss is the best so far (its parameters are the ones kept)
   * @param progress the state after this epoch, enough to resume from
   */
  void epochFinished(EpochResult result, boolean improved, TrainingProgress progress);

  /** A listener that does nothing. */
  static EpochListener none() {
    return (result, improved, progress) -> {};
  }
}
