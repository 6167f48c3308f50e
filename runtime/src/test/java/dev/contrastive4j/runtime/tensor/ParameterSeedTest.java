package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A parameter's seed is SplitMix64 of the store's seed mixed with the FNV-1a hash of its name,
 * as documented: the published FNV-1a test vectors and the JDK's {@link SplittableRandom}
 * (whose {@code nextLong} is SplitMix64) are the independent references.
 */
class ParameterSeedTest {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  /** SplitMix64's output for the state {@code seed + hash · gamma}. */
  private static long splitMix(long seed, long hash) {
    return new SplittableRandom(seed + (hash - 1) * GOLDEN_GAMMA).nextLong();
  }

  @Test
  void theSeedOfANameIsSplitMix64OfTheStoreSeedAndTheNamesFnv1aHash() {
    // FNV-1a 64 of "a" and of "foobar" (the reference vectors of the FNV authors).
    long a = 0xaf63dc4c8601ec8cL;
    long foobar = 0x85944171f73967e8L;
    for (long seed : new long[] {0, 1, 42, -3}) {
      ParameterStore store = new ParameterStore(seed);
      assertEquals(seed, store.seed());
      assertEquals(splitMix(seed, a), store.parameterSeed("a"), "a, seed " + seed);
      assertEquals(splitMix(seed, foobar), store.parameterSeed("foobar"), "foobar, seed " + seed);
    }
  }

  @Test
  void namesHashTheirUtf8Bytes() {
    // "é" is the bytes 0xc3 0xa9: bytes above 0x7f count as unsigned.
    long hash = 0xcbf29ce484222325L;
    for (int b : new int[] {0xc3, 0xa9}) {
      hash = (hash ^ b) * 0x100000001b3L;
    }
    assertEquals(splitMix(7, hash), new ParameterStore(7).parameterSeed("é"));
  }
}
