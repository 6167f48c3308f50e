package dev.contrastive4j.runtime.data.csbm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeometricSkipSamplerTest {
  @Test
  void choosesEachIndexIndependentlyWithProbabilityP() {
    SplittableRandom rng = new SplittableRandom(42);
    int n = 200;
    double p = 0.05;
    int trials = 20_000;
    int[] hits = new int[n];
    for (int t = 0; t < trials; t++) {
      long[] last = {-1};
      GeometricSkipSampler.sample(rng, n, p, k -> {
        assertTrue(k > last[0] && k < n, "increasing indices inside [0, n)");
        last[0] = k;
        hits[(int) k]++;
      });
    }
    // Each index: mean 1000, standard deviation 31. Check every index within 5 deviations and
    // the total (mean 200 000, deviation 436) within 5 deviations.
    long total = 0;
    for (int i = 0; i < n; i++) {
      assertEquals(trials * p, hits[i], 5 * Math.sqrt(trials * p * (1 - p)), "index " + i);
      total += hits[i];
    }
    assertEquals(n * trials * p, total, 5 * Math.sqrt(n * trials * p * (1 - p)));
  }

  @Test
  void handlesTheEdgeCases() {
    SplittableRandom rng = new SplittableRandom(1);
    List<Long> all = new ArrayList<>();
    GeometricSkipSampler.sample(rng, 5, 1.0, all::add);
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), all);
    List<Long> none = new ArrayList<>();
    GeometricSkipSampler.sample(rng, 5, 0.0, none::add);
    GeometricSkipSampler.sample(rng, 0, 0.5, none::add);
    assertEquals(List.of(), none);
    long[] count = {0};
    // A huge range with a tiny probability: about 10 draws, without touching 1e15 indices.
    GeometricSkipSampler.sample(rng, 1_000_000_000_000_000L, 1e-14, k -> count[0]++);
    assertTrue(count[0] < 40, "count " + count[0]);
  }
}
