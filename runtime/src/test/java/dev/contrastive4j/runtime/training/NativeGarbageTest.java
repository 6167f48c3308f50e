package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When a training step asks for a collection to free ND4J's native garbage: over the memory
 * limit, and only after memory has grown since the last one. A JVM whose resident memory stays
 * over the limit after any collection (-Xms equal to -Xmx, the heap touched in full) collected
 * on every step, stopping every thread of a server each time.
 */
class NativeGarbageTest {
  private static final long MB = 1 << 20;
  private static final long LIMIT = 512 * MB;

  @Test
  void overTheLimitForTheFirstTimeCollects() {
    assertTrue(Trainer.shouldCollect(513 * MB, LIMIT, 0));
    assertFalse(Trainer.shouldCollect(512 * MB, LIMIT, 0));
  }

  @Test
  void memoryThatStaysOverTheLimitCollectsOnlyAfterItGrows() {
    // A heap of 1 GB committed in full: 1090 MB resident after the last collection.
    long after = 1090 * MB;
    assertFalse(Trainer.shouldCollect(1100 * MB, LIMIT, after));
    assertFalse(Trainer.shouldCollect(after + LIMIT / 4, LIMIT, after));
    assertTrue(Trainer.shouldCollect(after + LIMIT / 4 + 1, LIMIT, after));
  }

  @Test
  void memoryThatFellUnderTheLimitCollectsWhenItPassesItAgain() {
    assertTrue(Trainer.shouldCollect(513 * MB, LIMIT, 300 * MB));
  }

  @Test
  void noLimitNeverCollects() {
    assertFalse(Trainer.shouldCollect(Long.MAX_VALUE, 0, 0));
  }
}
