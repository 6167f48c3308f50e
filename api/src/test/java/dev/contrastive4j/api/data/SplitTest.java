package dev.contrastive4j.api.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Two splits are equal when each part holds the same indices in the same order. */
class SplitTest {
  private static final int[] A = {0, 1};
  private static final int[] B = {2};
  private static final int[] C = {3, 4, 5};

  @Test
  void equalPartsMakeEqualSplitsWithEqualHashes() {
    Split split = new Split(A, B, C);
    Split same = new Split(new int[] {0, 1}, new int[] {2}, new int[] {3, 4, 5});
    assertEquals(split, same);
    assertEquals(split.hashCode(), same.hashCode());
    assertEquals("Split[train=2, val=1, test=3]", split.toString());
  }

  @Test
  void eachPartOnItsOwnMakesThemDiffer() {
    Split split = new Split(A, B, C);
    assertNotEquals(split, new Split(new int[] {1, 0}, B, C));
    assertNotEquals(split, new Split(A, new int[] {6}, C));
    assertNotEquals(split, new Split(A, B, new int[] {3, 4}));
    assertNotEquals(split, (Object) "Split[train=2, val=1, test=3]");
  }

  @Test
  void theSameIndicesInOtherPartsHashDifferently() {
    // Which part an index is in is the whole point of a split.
    int hash = new Split(A, B, C).hashCode();
    assertNotEquals(hash, new Split(B, A, C).hashCode());
    assertNotEquals(hash, new Split(A, C, B).hashCode());
    assertNotEquals(hash, new Split(C, B, A).hashCode());
  }
}
