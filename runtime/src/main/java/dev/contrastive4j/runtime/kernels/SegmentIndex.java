package dev.contrastive4j.runtime.kernels;

/**
 * Which segment each row belongs to ({@code ids[i]} in {@code [0, numSegments)}), together with
 * the rows of each segment in ascending order. The grouping is what keeps segment reductions and
 * the backward pass of {@link Gather} deterministic: each segment is reduced by one thread, over
 * its rows in a fixed order, instead of being scatter-added to by many.
 *
 * <p>For a {@link Gather} the ids are the node of each edge (segments = nodes); for
 * {@link SegmentPooling} they are the segment of each row. Build it once per graph and reuse it;
 * instances are immutable.
 */
public final class SegmentIndex {
  private final int[] ids;
  private final int numSegments;
  private final int[] pointers;
  private final int[] rows;

  private SegmentIndex(int[] ids, int numSegments, CsrLayout layout) {
    this.ids = ids;
    this.numSegments = numSegments;
    this.pointers = layout.pointers();
    this.rows = layout.order();
  }

  /**
   * Groups rows by segment id (the array is copied).
   *
   * @throws KernelArgumentException if an id is outside {@code [0, numSegments)}
   */
  public static SegmentIndex of(int[] ids, int numSegments) {
    if (ids == null) {
      throw new KernelArgumentException("SegmentIndex.of: ids must not be null");
    }
    if (numSegments < 0) {
      throw new KernelArgumentException("SegmentIndex.of: numSegments must be non-negative, was "
          + numSegments);
    }
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] < 0 || ids[i] >= numSegments) {
        throw new KernelArgumentException("SegmentIndex.of: ids[" + i + "] = " + ids[i]
            + " is outside [0, " + numSegments + ")");
      }
    }
    int[] copy = ids.clone();
    return new SegmentIndex(copy, numSegments, CsrLayout.group(copy, numSegments));
  }

  /** The number of rows (ids). */
  public int size() {
    return ids.length;
  }

  /** The number of segments. */
  public int numSegments() {
    return numSegments;
  }

  /** The number of rows in segment {@code segment}. */
  public int count(int segment) {
    if (segment < 0 || segment >= numSegments) {
      throw new KernelArgumentException("SegmentIndex.count: segment " + segment
          + " is outside [0, " + numSegments + ")");
    }
    return pointers[segment + 1] - pointers[segment];
  }

  /** A copy of the segment id of each row. */
  public int[] ids() {
    return ids.clone();
  }

  @Override
  public String toString() {
    return "SegmentIndex[" + ids.length + " rows in " + numSegments + " segments]";
  }

  int[] idsView() {
    return ids;
  }

  /** Segment {@code s} holds {@code rowsView()[pointersView()[s] .. pointersView()[s + 1])}. */
  int[] pointersView() {
    return pointers;
  }

  int[] rowsView() {
    return rows;
  }
}
