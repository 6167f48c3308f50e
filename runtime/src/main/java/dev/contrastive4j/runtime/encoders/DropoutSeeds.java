package dev.contrastive4j.runtime.encoders;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The dropout seeds of an encoder: call {@code n} gets a seed derived from the configured seed
 * and {@code n}, so that masks differ from step to step and the same configuration repeats the
 * same sequence; each layer (and node set) mixes in its own position.
 */
final class DropoutSeeds {
  private final long seed;
  private final AtomicLong calls = new AtomicLong();

  DropoutSeeds(long seed) {
    this.seed = seed;
  }

  /** Moves on as if {@link #next} had been called {@code n} times. */
  void skip(long n) {
    calls.addAndGet(n);
  }

  /** The seed of the next call. */
  long next() {
    return mix(seed, calls.getAndIncrement());
  }

  /**
   * The seed of a call: the next one for a training call; an inference call draws no masks and
   * takes none, so an evaluation between training steps leaves their masks (and a resumed run's
   * replay, which counts training calls) unchanged.
   */
  long forCall(boolean training) {
    return training ? next() : seed;
  }

  /** A well-spread combination of a seed and positions (SplitMix64 finalizer per part). */
  static long mix(long seed, long... parts) {
    long z = seed;
    for (long p : parts) {
      z += 0x9e3779b97f4a7c15L * (p + 1);
      z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
      z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
      z ^= z >>> 31;
    }
    return z;
  }
}
