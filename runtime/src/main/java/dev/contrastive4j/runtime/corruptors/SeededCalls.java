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

  /** The stream of the next call; synchronized because SplittableRandom is not thread-safe. */
  synchronized SplittableRandom nextCall() {
    return root.split();
  }
}
