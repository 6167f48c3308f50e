package dev.contrastive4j.runtime.data.csbm;

import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Draws a Bernoulli(p) subset of the indices {@code 0 .. n-1} in time proportional to the size
 * of the subset rather than to {@code n}: the gap before the next chosen index is geometric,
 * {@code floor(log(U) / log(1 - p))} for uniform {@code U} (Batagelj and Brandes, 2005).
 */
final class GeometricSkipSampler {
  private GeometricSkipSampler() {}

  /**
   * Calls {@code chosen} with each index of {@code [0, n)} that is chosen, in increasing order;
   * each index is chosen independently with probability {@code p}.
   */
  static void sample(SplittableRandom rng, long n, double p, LongConsumer chosen) {
    if (n <= 0 || p <= 0) {
      return;
    }
    if (p >= 1) {
      for (long i = 0; i < n; i++) {
        chosen.accept(i);
      }
      return;
    }
    double logQ = Math.log1p(-p);
    long index = -1;
    while (true) {
      // 1 - nextDouble() is in (0, 1], so its logarithm is finite and <= 0.
      double gap = Math.floor(Math.log(1 - rng.nextDouble()) / logQ);
      if (gap >= n - 1 - index) {
        return;
      }
      index += (long) gap + 1;
      chosen.accept(index);
    }
  }
}
