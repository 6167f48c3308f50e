package dev.contrastive4j.runtime.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The seeds of the dropout masks are SplitMix64 outputs, as documented: the JDK's
 * {@link SplittableRandom} (whose {@code nextLong} is SplitMix64 with the same golden gamma and
 * finalizer) is the independent reference.
 */
class DropoutSeedsTest {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** SplitMix64's output for {@code seed} at stream position {@code part}. */
  private static long splitMix(long seed, long part) {
    return new SplittableRandom(seed + GOLDEN_GAMMA * part).nextLong();
  }

  @Test
  void eachPartIsMixedInBySplitMix64() {
    for (long seed : new long[] {0, 1, -7, 123456789L, Long.MIN_VALUE}) {
      for (long part : new long[] {0, 1, 2, 5, 1000}) {
        assertEquals(splitMix(seed, part), DropoutSeeds.mix(seed, part), seed + ", " + part);
        // Layer, then node set: the second part mixes into the first's output.
        assertEquals(splitMix(splitMix(seed, part), 3), DropoutSeeds.mix(seed, part, 3),
            seed + ", " + part + ", 3");
      }
    }
  }

  @Test
  void trainingCallsTakeTheNextSeedAndInferenceCallsTheBareSeed() {
    DropoutSeeds seeds = new DropoutSeeds(42);
    assertEquals(42, seeds.forCall(false));
    assertEquals(DropoutSeeds.mix(42, 0), seeds.forCall(true));
    assertEquals(42, seeds.forCall(false));
    seeds.skip(3);
    assertEquals(DropoutSeeds.mix(42, 4), seeds.next());
  }
}
