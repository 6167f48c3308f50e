package dev.contrastive4j.runtime.corruptors;

import java.util.SplittableRandom;

/**
 * The randomness of a seeded corruptor: one independent {@link SplittableRandom} per call, split
 * off a root seeded once. The n-th call always gets the same stream, whatever thread makes it.
 */
final class SeededCalls {
  private final long seed;
  private final SplittableRandom root;

  SeededCalls(long seed) {
    this.seed = seed;
    this.root = new SplittableRandom(seed);
  }

  long seed() {
    return seed;
  }

  /** Moves on as if {@link #nextCall} had been called {@code calls} times. */
  synchronized void skip(long calls) {
    for (long i = 0; i < calls; i++) {
      root.split();
    }
  }

  /** The stream of the next call; synchronized because SplittableRandom is not thread-safe. */
  synchronized SplittableRandom nextCall() {
    return root.split();
  }
}
