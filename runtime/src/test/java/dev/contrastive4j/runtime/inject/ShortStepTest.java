package dev.contrastive4j.runtime.inject;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The step with the fewest rows, shuffled (any components may meet) or in order. */
class ShortStepTest {
  private static final long[] NODES = {3, 1, 4, 1, 5};

  @Test
  void theWholeGraphCountsEveryRow() {
    assertNull(ShortStep.find(NODES, 0, true, 14));
    ShortStep whole = ShortStep.find(NODES, 5, true, 15);
    assertEquals(ShortStep.Kind.WHOLE_GRAPH, whole.kind());
    assertEquals(14, whole.rows());
  }

  @Test
  void shuffledTheSmallestComponentsMakeTheShortestStep() {
    ShortStep full = ShortStep.find(NODES, 2, true, 3);
    assertEquals(ShortStep.Kind.FULL_STEP, full.kind());
    assertEquals(2, full.rows());
    assertArrayEquals(new int[] {1, 3}, full.components());
    assertEquals(0, full.step());
    // Steps of two hold at least 2 rows; the last, of one component, may hold 1.
    ShortStep last = ShortStep.find(NODES, 2, true, 2);
    assertEquals(ShortStep.Kind.LAST_STEP, last.kind());
    assertEquals(1, last.rows());
    assertArrayEquals(new int[] {1}, last.components());
  }

  @Test
  void inOrderTheFirstShortStepIsNamedByItsPlace() {
    ShortStep second = ShortStep.find(NODES, 1, false, 2);
    assertEquals(ShortStep.Kind.FULL_STEP, second.kind());
    assertEquals(2, second.step());
    assertArrayEquals(new int[] {1}, second.components());
    // In steps of two (4, 5 and the last 5 rows) none is short in this order.
    assertNull(ShortStep.find(NODES, 2, false, 4));
    ShortStep last = ShortStep.find(new long[] {3, 4, 1}, 2, false, 2);
    assertEquals(ShortStep.Kind.LAST_STEP, last.kind());
    assertEquals(2, last.step());
    assertArrayEquals(new int[] {2}, last.components());
  }

  @Test
  void inOrderALaterStepTakesTheComponentsAtItsPlace() {
    // Steps of two take 3 + 4, then 1 + 1, then 5 + 5 rows.
    ShortStep second = ShortStep.find(new long[] {3, 4, 1, 1, 5, 5}, 2, false, 3);
    assertEquals(ShortStep.Kind.FULL_STEP, second.kind());
    assertEquals(2, second.step());
    assertEquals(2, second.rows());
    assertArrayEquals(new int[] {2, 3}, second.components());
    // Steps that share the components out evenly leave no last step to be short.
    assertNull(ShortStep.find(new long[] {1, 5, 5, 1}, 2, false, 3));
  }

  @Test
  void drawnComponentsAreNamedInTheDataSetsOrder() {
    // The smallest components are 2 (one row) and 1 (two rows), drawn in that order.
    assertArrayEquals(new int[] {1, 2}, ShortStep.find(new long[] {5, 2, 1}, 2, true, 4)
        .components());
  }
}
