package dev.contrastive4j.runtime.kernels;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Broadcasts node rows to edges, as TF-GNN's {@code broadcast_node_to_edges}: output row
 * {@code i} is row {@code index[i]} of {@code H}. Its backward pass adds each edge's gradient
 * into its node, which is a segment sum over the index; it runs per node over the node's edges
 * in ascending order, so it is deterministic (no concurrent scatter-add).
 */
public final class Gather {
  private Gather() {}

  /**
   * Gathers rows: {@code out[i] = h[index.ids[i]]}.
   *
   * @param h {@code [index.numSegments(), width]}, float32 or float64
   * @return {@code [index.size(), width]} of the same data type
   */
  public static INDArray forward(INDArray h, SegmentIndex index) {
    String kernel = "Gather.forward";
    checkIndex(kernel, index);
    DataType type = DenseArrays.matrixType(kernel, "H", h);
    if (h.size(0) != index.numSegments()) {
      throw new KernelArgumentException(kernel + ": the index has " + index.size()
          + " ids over " + index.numSegments() + " rows but H is " + DenseArrays.shape(h)
          + "; H needs " + index.numSegments() + " rows");
    }
    return gather(type, h, index.idsView());
  }

  /**
   * Gathers rows {@code out[i] = h[index[i]]} without building a {@link SegmentIndex} (the
   * backward pass needs one; build it once with {@code SegmentIndex.of(index, h.rows())}).
   *
   * @throws KernelArgumentException if an index is outside the rows of {@code h}
   */
  public static INDArray forward(INDArray h, int[] index) {
    String kernel = "Gather.forward";
    DataType type = DenseArrays.matrixType(kernel, "H", h);
    if (index == null) {
      throw new KernelArgumentException(kernel + ": the index is null");
    }
    long rows = h.size(0);
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= rows) {
        throw new KernelArgumentException(kernel + ": index[" + i + "] = " + index[i]
            + " is outside the rows [0, " + rows + ") of H " + DenseArrays.shape(h));
      }
    }
    return gather(type, h, index);
  }

  /**
   * The gradient with respect to {@code H} of {@link #forward(INDArray, SegmentIndex)}: row
   * {@code v} is the sum of the rows {@code i} of {@code gradOut} with {@code index.ids[i] = v}.
   *
   * @param gradOut {@code [index.size(), width]}
   * @return {@code [index.numSegments(), width]} of the same data type
   */
  public static INDArray backward(INDArray gradOut, SegmentIndex index) {
    return SegmentPooling.sumChecked("Gather.backward", gradOut, index);
  }

  /** {@link #forward(INDArray, SegmentIndex)} on a row-major {@code numSegments x width} array. */
  public static float[] forward(float[] h, int width, SegmentIndex index) {
    checkIndex("Gather.forward", index);
    checkLength("Gather.forward", "H", h.length, index.numSegments(), width, index);
    int[] ids = index.idsView();
    return DenseArrays.produceFloatArray(index.size(), width, null,
        (lo, hi, dst, row0) -> RowCopies.gather(ids, h, width, lo, hi, dst, row0));
  }

  /** {@link #forward(INDArray, SegmentIndex)} on a row-major {@code numSegments x width} array. */
  public static double[] forward(double[] h, int width, SegmentIndex index) {
    checkIndex("Gather.forward", index);
    checkLength("Gather.forward", "H", h.length, index.numSegments(), width, index);
    int[] ids = index.idsView();
    return DenseArrays.produceDoubleArray(index.size(), width, null,
        (lo, hi, dst, row0) -> RowCopies.gather(ids, h, width, lo, hi, dst, row0));
  }

  /** {@link #backward(INDArray, SegmentIndex)} on a row-major {@code size x width} array. */
  public static float[] backward(float[] gradOut, int width, SegmentIndex index) {
    return SegmentPooling.sum(gradOut, width, index);
  }

  /** {@link #backward(INDArray, SegmentIndex)} on a row-major {@code size x width} array. */
  public static double[] backward(double[] gradOut, int width, SegmentIndex index) {
    return SegmentPooling.sum(gradOut, width, index);
  }

  static INDArray gather(DataType type, INDArray h, int[] ids) {
    int width = DenseArrays.cols(h);
    if (type == DataType.FLOAT) {
      float[] in = DenseArrays.readFloats(h);
      return DenseArrays.produceFloats(ids.length, width, null,
          (lo, hi, dst, row0) -> RowCopies.gather(ids, in, width, lo, hi, dst, row0));
    }
    double[] in = DenseArrays.readDoubles(h);
    return DenseArrays.produceDoubles(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.gather(ids, in, width, lo, hi, dst, row0));
  }

  static void checkIndex(String kernel, SegmentIndex index) {
    if (index == null) {
      throw new KernelArgumentException(kernel + ": the index is null");
    }
  }

  static void checkLength(String kernel, String name, int length, int rows, int width,
      SegmentIndex index) {
    if (width < 0 || (long) rows * width != length) {
      throw new KernelArgumentException(kernel + ": the index has " + index.size() + " ids over "
          + index.numSegments() + " segments but " + name + " has " + length
          + " values for width " + width + "; it needs " + rows + " x " + width);
    }
  }
}
