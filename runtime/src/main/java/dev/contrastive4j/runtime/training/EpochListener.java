package dev.contrastive4j.runtime.training;

/** Hears about each finished epoch (to log metrics, draw a progress bar, write checkpoints). */
@FunctionalInterface
public interface EpochListener {
  /**
   * @param result what the epoch reported
   * @param improved whether its loss is the best so far (its parameters are the ones kept)
   */
  void epochFinished(EpochResult result, boolean improved);

  /** A listener that does nothing. */
  static EpochListener none() {
    return (result, improved) -> {};
  }
}
