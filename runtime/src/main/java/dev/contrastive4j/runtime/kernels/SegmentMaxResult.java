package dev.contrastive4j.runtime.kernels;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The result of {@link SegmentPooling#max(INDArray, SegmentIndex)}: the maxima and, for the
 * backward pass, which input row won each (segment, column).
 */
public final class SegmentMaxResult {
  private final INDArray values;
  private final SegmentIndex index;
  private final int width;
  private final int[] argmax;

  SegmentMaxResult(INDArray values, SegmentIndex index, int width, int[] argmax) {
    this.values = values;
    this.index = index;
    this.width = width;
    this.argmax = argmax;
  }

  /** The maxima, {@code [numSegments, width]}; 0 for an empty segment. */
  public INDArray values() {
    return values;
  }

  /** The segment index the maxima were taken over. */
  public SegmentIndex index() {
    return index;
  }

  /** The number of columns. */
  public int width() {
    return width;
  }

  /**
   * The input row that holds the maximum of {@code column} in {@code segment} (the first such
   * row on ties), or -1 if the segment is empty.
   */
  public int argmaxRow(int segment, int column) {
    if (segment < 0 || segment >= index.numSegments() || column < 0 || column >= width) {
      throw new KernelArgumentException("SegmentMaxResult.argmaxRow: (" + segment + ", " + column
          + ") is outside [" + index.numSegments() + ", " + width + "]");
    }
    return argmax[segment * width + column];
  }

  int[] argmaxView() {
    return argmax;
  }
}
