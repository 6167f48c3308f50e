package dev.contrastive4j.api.task;

/**
 * Randomness that advances with each call (a corruptor's permutations, an encoder's dropout
 * masks). {@link #skipCalls} moves it on as if it had been called that many more times, so
 * that a run resumed after {@code n} epochs draws exactly what an uninterrupted run would.
 * The runtime's corruptors, tasks and encoders implement it; components that are not
 * replayable still resume, just with other random draws.
 */
public interface Replayable {
  /** Advances the randomness by {@code calls} calls. */
  void skipCalls(long calls);

  /** Skips {@code calls} calls of {@code component} if it is replayable. */
  static void skip(Object component, long calls) {
    if (component instanceof Replayable r && calls > 0) {
      r.skipCalls(calls);
    }
  }
}
