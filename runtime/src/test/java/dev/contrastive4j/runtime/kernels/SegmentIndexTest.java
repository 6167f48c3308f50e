package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Grouping rows by segment: the counts and ids it reports, and the limits of its arguments. */
class SegmentIndexTest {

  @Test
  void countsAndIdsDescribeTheGrouping() {
    int[] ids = {2, 0, 2, 2};
    SegmentIndex seg = SegmentIndex.of(ids, 4);
    ids[0] = 1;
    assertEquals(4, seg.size());
    assertEquals(4, seg.numSegments());
    assertArrayEquals(new int[] {1, 0, 3, 0},
        new int[] {seg.count(0), seg.count(1), seg.count(2), seg.count(3)});
    int[] copy = seg.ids();
    assertArrayEquals(new int[] {2, 0, 2, 2}, copy, "the ids as given, copied on the way in");
    copy[1] = 3;
    assertArrayEquals(new int[] {2, 0, 2, 2}, seg.ids(), "and copied on the way out");
    assertEquals("SegmentIndex[4 rows in 4 segments]", seg.toString());
  }

  /** No segments is valid; an id or a segment number equal to numSegments is out of range. */
  @Test
  void limitsAreExact() {
    assertEquals(0, SegmentIndex.of(new int[0], 0).numSegments());
    assertRefused("SegmentIndex.of: ids[1] = 3 is outside [0, 3)",
        () -> SegmentIndex.of(new int[] {0, 3}, 3));
    assertRefused("SegmentIndex.of: numSegments must be non-negative, was -1",
        () -> SegmentIndex.of(new int[0], -1));
    SegmentIndex seg = SegmentIndex.of(new int[] {0, 1}, 2);
    assertRefused("SegmentIndex.count: segment 2 is outside [0, 2)", () -> seg.count(2));
    assertRefused("SegmentIndex.count: segment -1 is outside [0, 2)", () -> seg.count(-1));
  }
}
