package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reproducible sample of rows that a picture of a large matrix draws. */
class RowSampleTest {
  @Test
  void drawsDistinctRowsTheSameEachTime() {
    int[] labels = new int[50_000];
    Arrays.setAll(labels, i -> i % 3);
    int[] rows = RowSample.draw(labels, 3, 1000, 7);
    assertEquals(1000, rows.length);
    assertEquals(1000, IntStream.of(rows).distinct().count());
    assertTrue(IntStream.of(rows).allMatch(r -> r >= 0 && r < labels.length));
    assertArrayEquals(rows, RowSample.draw(labels, 3, 1000, 7));
    assertFalse(Arrays.equals(rows, RowSample.draw(labels, 3, 1000, 8)), "the seed matters");
    // Drawn, not the first rows; in random order.
    assertTrue(IntStream.of(rows).max().getAsInt() > 40_000);
    assertFalse(IntStream.of(rows).sorted().boxed().toList()
        .equals(IntStream.of(rows).boxed().toList()));
  }

  @Test
  void aClassTheDrawMissedGetsOneRowSoThatItHasADot() {
    // One row of class 2 and one unlabeled row among 100,000: a draw of 100 misses them.
    int[] labels = new int[100_000];
    Arrays.setAll(labels, i -> i % 2);
    labels[61_234] = 2;
    labels[4_321] = -1;
    int[] rows = RowSample.draw(labels, 4, 100, 0);
    assertEquals(102, rows.length);
    assertEquals(102, IntStream.of(rows).distinct().count());
    assertTrue(IntStream.of(rows).anyMatch(r -> r == 61_234), "class 2's only row");
    assertTrue(IntStream.of(rows).anyMatch(r -> r == 4_321), "the only unlabeled row");
    // Class 3 has no rows at all: nothing to add.
    assertTrue(IntStream.of(rows).noneMatch(r -> labels[r] == 3));
  }

  @Test
  void aSampleOfOneRowIsOneRow() {
    int[] labels = new int[10];
    int[] rows = RowSample.draw(labels, 1, 1, 3);
    assertEquals(1, rows.length);
    assertEquals("sample size must be in [1, 10), got 0", assertThrows(
        IllegalArgumentException.class, () -> RowSample.draw(labels, 1, 0, 3)).getMessage());
  }

  @Test
  void theSizeMustBeBelowTheRows() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RowSample.draw(new int[10], 1, 10, 0));
    assertEquals("sample size must be in [1, 10), got 10", e.getMessage());
  }
}
