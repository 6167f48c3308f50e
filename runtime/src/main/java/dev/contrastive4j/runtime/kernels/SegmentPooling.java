package dev.contrastive4j.runtime.kernels;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pools rows into segments, as TF-GNN's {@code pool_edges_to_node} does with edges and their
 * target nodes: sum, mean (0 for an empty segment) and max (0 for an empty segment), each with
 * its backward pass. Each segment is reduced by one thread over its rows in ascending order, and
 * each backward row is computed by one thread, so results are deterministic.
 */
public final class SegmentPooling {
  private SegmentPooling() {}

  /**
   * Sums the rows of each segment.
   *
   * @param data {@code [segments.size(), width]}, float32 or float64
   * @return {@code [segments.numSegments(), width]} of the same data type
   */
  public static INDArray sum(INDArray data, SegmentIndex segments) {
    return sumChecked("SegmentPooling.sum", data, segments);
  }

  /**
   * The gradient of {@link #sum(INDArray, SegmentIndex)}: each row gets its segment's gradient.
   *
   * @param gradOut {@code [segments.numSegments(), width]}
   * @return {@code [segments.size(), width]} of the same data type
   */
  public static INDArray sumBackward(INDArray gradOut, SegmentIndex segments) {
    DataType type = checkSegmentRows("SegmentPooling.sumBackward", "gradOut", gradOut, segments);
    return Gather.gather(type, gradOut, segments.idsView());
  }

  /**
   * Averages the rows of each segment; an empty segment gives 0.
   *
   * @param data {@code [segments.size(), width]}, float32 or float64
   * @return {@code [segments.numSegments(), width]} of the same data type
   */
  public static INDArray mean(INDArray data, SegmentIndex segments) {
    String kernel = "SegmentPooling.mean";
    DataType type = checkDataRows(kernel, data, segments);
    int width = DenseArrays.cols(data);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    double[] scale = inverseCounts(segments);
    if (type == DataType.FLOAT) {
      float[] in = DenseArrays.readFloats(data);
      return DenseArrays.produceFloats(segments.numSegments(), width, ptr,
          (lo, hi, dst, row0) -> meanRows(ptr, rows, scale, in, width, lo, hi, dst, row0));
    }
    double[] in = DenseArrays.readDoubles(data);
    return DenseArrays.produceDoubles(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> meanRows(ptr, rows, scale, in, width, lo, hi, dst, row0));
  }

  /**
   * The gradient of {@link #mean(INDArray, SegmentIndex)}: each row gets its segment's gradient
   * divided by the segment's size.
   *
   * @param gradOut {@code [segments.numSegments(), width]}
   * @return {@code [segments.size(), width]} of the same data type
   */
  public static INDArray meanBackward(INDArray gradOut, SegmentIndex segments) {
    DataType type = checkSegmentRows("SegmentPooling.meanBackward", "gradOut", gradOut, segments);
    int[] ids = segments.idsView();
    double[] scale = inverseCounts(segments);
    int width = DenseArrays.cols(gradOut);
    if (type == DataType.FLOAT) {
      float[] g = DenseArrays.readFloats(gradOut);
      return DenseArrays.produceFloats(ids.length, width, null,
          (lo, hi, dst, row0) -> RowCopies.gatherScaled(ids, scale, g, width, lo, hi, dst, row0));
    }
    double[] g = DenseArrays.readDoubles(gradOut);
    return DenseArrays.produceDoubles(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.gatherScaled(ids, scale, g, width, lo, hi, dst, row0));
  }

  /**
   * The column-wise maximum of the rows of each segment; an empty segment gives 0. The result
   * remembers the winning rows (the first on ties) for {@link #maxBackward}.
   *
   * @param data {@code [segments.size(), width]}, float32 or float64
   */
  public static SegmentMaxResult max(INDArray data, SegmentIndex segments) {
    String kernel = "SegmentPooling.max";
    DataType type = checkDataRows(kernel, data, segments);
    int width = DenseArrays.cols(data);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    int[] argmax = new int[segments.numSegments() * width];
    INDArray values;
    if (type == DataType.FLOAT) {
      float[] in = DenseArrays.readFloats(data);
      values = DenseArrays.produceFloats(segments.numSegments(), width, ptr,
          (lo, hi, dst, row0) -> RowCopies.segmentMax(ptr, rows, in, width, lo, hi, dst, row0,
              argmax));
    } else {
      double[] in = DenseArrays.readDoubles(data);
      values = DenseArrays.produceDoubles(segments.numSegments(), width, ptr,
          (lo, hi, dst, row0) -> RowCopies.segmentMax(ptr, rows, in, width, lo, hi, dst, row0,
              argmax));
    }
    return new SegmentMaxResult(values, segments, width, argmax);
  }

  /**
   * The gradient of {@link #max(INDArray, SegmentIndex)}: each (segment, column) gradient goes
   * to the winning row only; rows that won nothing get 0.
   *
   * @param gradOut {@code [numSegments, width]}, same data type as the forward values
   * @return {@code [segments.size(), width]}
   */
  public static INDArray maxBackward(SegmentMaxResult forward, INDArray gradOut) {
    String kernel = "SegmentPooling.maxBackward";
    if (forward == null) {
      throw new KernelArgumentException(kernel + ": the forward result is null");
    }
    SegmentIndex segments = forward.index();
    DataType type = checkSegmentRows(kernel, "gradOut", gradOut, segments);
    DenseArrays.sameType(kernel, "gradOut", gradOut, "the forward values", forward.values());
    int width = forward.width();
    if (gradOut.size(1) != width) {
      throw new KernelArgumentException(kernel + ": the forward values are "
          + DenseArrays.shape(forward.values()) + " but gradOut is " + DenseArrays.shape(gradOut));
    }
    int[] ids = segments.idsView();
    int[] argmax = forward.argmaxView();
    if (type == DataType.FLOAT) {
      float[] g = DenseArrays.readFloats(gradOut);
      return DenseArrays.produceFloats(ids.length, width, null,
          (lo, hi, dst, row0) -> RowCopies.routeToArgmax(ids, argmax, g, width, lo, hi, dst,
              row0));
    }
    double[] g = DenseArrays.readDoubles(gradOut);
    return DenseArrays.produceDoubles(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.routeToArgmax(ids, argmax, g, width, lo, hi, dst, row0));
  }

  /** {@link #sum(INDArray, SegmentIndex)} on a row-major {@code size x width} array. */
  public static float[] sum(float[] data, int width, SegmentIndex segments) {
    Gather.checkIndex("SegmentPooling.sum", segments);
    Gather.checkLength("SegmentPooling.sum", "data", data.length, segments.size(), width,
        segments);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    return DenseArrays.produceFloatArray(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.unitRows(ptr, rows, data, width, lo, hi, dst, row0));
  }

  /** {@link #sum(INDArray, SegmentIndex)} on a row-major {@code size x width} array. */
  public static double[] sum(double[] data, int width, SegmentIndex segments) {
    Gather.checkIndex("SegmentPooling.sum", segments);
    Gather.checkLength("SegmentPooling.sum", "data", data.length, segments.size(), width,
        segments);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    return DenseArrays.produceDoubleArray(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.unitRows(ptr, rows, data, width, lo, hi, dst, row0));
  }

  /**
   * {@link #sumBackward(INDArray, SegmentIndex)} on a row-major {@code numSegments x width}
   * array.
   */
  public static float[] sumBackward(float[] gradOut, int width, SegmentIndex segments) {
    return Gather.forward(gradOut, width, segments);
  }

  /**
   * {@link #sumBackward(INDArray, SegmentIndex)} on a row-major {@code numSegments x width}
   * array.
   */
  public static double[] sumBackward(double[] gradOut, int width, SegmentIndex segments) {
    return Gather.forward(gradOut, width, segments);
  }

  /** {@link #mean(INDArray, SegmentIndex)} on a row-major {@code size x width} array. */
  public static float[] mean(float[] data, int width, SegmentIndex segments) {
    Gather.checkIndex("SegmentPooling.mean", segments);
    Gather.checkLength("SegmentPooling.mean", "data", data.length, segments.size(), width,
        segments);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    double[] scale = inverseCounts(segments);
    return DenseArrays.produceFloatArray(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> meanRows(ptr, rows, scale, data, width, lo, hi, dst, row0));
  }

  /** {@link #mean(INDArray, SegmentIndex)} on a row-major {@code size x width} array. */
  public static double[] mean(double[] data, int width, SegmentIndex segments) {
    Gather.checkIndex("SegmentPooling.mean", segments);
    Gather.checkLength("SegmentPooling.mean", "data", data.length, segments.size(), width,
        segments);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    double[] scale = inverseCounts(segments);
    return DenseArrays.produceDoubleArray(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> meanRows(ptr, rows, scale, data, width, lo, hi, dst, row0));
  }

  /**
   * {@link #meanBackward(INDArray, SegmentIndex)} on a row-major {@code numSegments x width}
   * array.
   */
  public static float[] meanBackward(float[] gradOut, int width, SegmentIndex segments) {
    Gather.checkIndex("SegmentPooling.meanBackward", segments);
    Gather.checkLength("SegmentPooling.meanBackward", "gradOut", gradOut.length,
        segments.numSegments(), width, segments);
    int[] ids = segments.idsView();
    double[] scale = inverseCounts(segments);
    return DenseArrays.produceFloatArray(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.gatherScaled(ids, scale, gradOut, width, lo, hi, dst,
            row0));
  }

  /**
   * {@link #meanBackward(INDArray, SegmentIndex)} on a row-major {@code numSegments x width}
   * array.
   */
  public static double[] meanBackward(double[] gradOut, int width, SegmentIndex segments) {
    Gather.checkIndex("SegmentPooling.meanBackward", segments);
    Gather.checkLength("SegmentPooling.meanBackward", "gradOut", gradOut.length,
        segments.numSegments(), width, segments);
    int[] ids = segments.idsView();
    double[] scale = inverseCounts(segments);
    return DenseArrays.produceDoubleArray(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.gatherScaled(ids, scale, gradOut, width, lo, hi, dst,
            row0));
  }

  /**
   * {@link #max(INDArray, SegmentIndex)} on a row-major {@code size x width} array.
   *
   * @param argmaxOut receives the winning row per (segment, column), row-major
   *     {@code numSegments x width}, -1 for empty segments
   */
  public static float[] max(float[] data, int width, SegmentIndex segments, int[] argmaxOut) {
    checkMaxArrays(data.length, width, segments, argmaxOut);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    return DenseArrays.produceFloatArray(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> RowCopies.segmentMax(ptr, rows, data, width, lo, hi, dst, row0,
            argmaxOut));
  }

  /** The float64 counterpart of {@link #max(float[], int, SegmentIndex, int[])}. */
  public static double[] max(double[] data, int width, SegmentIndex segments, int[] argmaxOut) {
    checkMaxArrays(data.length, width, segments, argmaxOut);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    return DenseArrays.produceDoubleArray(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> RowCopies.segmentMax(ptr, rows, data, width, lo, hi, dst, row0,
            argmaxOut));
  }

  /**
   * {@link #maxBackward(SegmentMaxResult, INDArray)} on a row-major {@code numSegments x width}
   * array, with the argmax that {@link #max(float[], int, SegmentIndex, int[])} filled.
   */
  public static float[] maxBackward(float[] gradOut, int width, SegmentIndex segments,
      int[] argmax) {
    checkMaxBackwardArrays(gradOut.length, width, segments, argmax);
    int[] ids = segments.idsView();
    return DenseArrays.produceFloatArray(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.routeToArgmax(ids, argmax, gradOut, width, lo, hi, dst,
            row0));
  }

  /** The float64 counterpart of {@link #maxBackward(float[], int, SegmentIndex, int[])}. */
  public static double[] maxBackward(double[] gradOut, int width, SegmentIndex segments,
      int[] argmax) {
    checkMaxBackwardArrays(gradOut.length, width, segments, argmax);
    int[] ids = segments.idsView();
    return DenseArrays.produceDoubleArray(ids.length, width, null,
        (lo, hi, dst, row0) -> RowCopies.routeToArgmax(ids, argmax, gradOut, width, lo, hi, dst,
            row0));
  }

  private static void checkMaxArrays(int length, int width, SegmentIndex segments,
      int[] argmaxOut) {
    Gather.checkIndex("SegmentPooling.max", segments);
    Gather.checkLength("SegmentPooling.max", "data", length, segments.size(), width, segments);
    if (argmaxOut == null || argmaxOut.length != (long) segments.numSegments() * width) {
      throw new KernelArgumentException("SegmentPooling.max: argmaxOut needs numSegments x width = "
          + segments.numSegments() + " x " + width + " entries, had "
          + (argmaxOut == null ? "none" : argmaxOut.length));
    }
  }

  private static void checkMaxBackwardArrays(int length, int width, SegmentIndex segments,
      int[] argmax) {
    Gather.checkIndex("SegmentPooling.maxBackward", segments);
    Gather.checkLength("SegmentPooling.maxBackward", "gradOut", length, segments.numSegments(),
        width, segments);
    if (argmax == null || argmax.length != length) {
      throw new KernelArgumentException("SegmentPooling.maxBackward: argmax needs "
          + segments.numSegments() + " x " + width + " entries, had "
          + (argmax == null ? "none" : argmax.length));
    }
    for (int k = 0; k < argmax.length; k++) {
      int row = argmax[k];
      if (row < -1 || row >= segments.size()
          || (row >= 0 && segments.idsView()[row] != k / Math.max(1, width))) {
        throw new KernelArgumentException("SegmentPooling.maxBackward: argmax[" + k + "] = " + row
            + " is not a row of segment " + k / Math.max(1, width));
      }
    }
  }

  private static void meanRows(int[] ptr, int[] rows, double[] scale, float[] in, int width,
      int lo, int hi, float[] dst, int row0) {
    CsrProducts.unitRows(ptr, rows, in, width, lo, hi, dst, row0);
    for (int s = lo; s < hi; s++) {
      float c = (float) scale[s];
      int o = (s - row0) * width;
      for (int j = 0; j < width; j++) {
        dst[o + j] *= c;
      }
    }
  }

  private static void meanRows(int[] ptr, int[] rows, double[] scale, double[] in, int width,
      int lo, int hi, double[] dst, int row0) {
    CsrProducts.unitRows(ptr, rows, in, width, lo, hi, dst, row0);
    for (int s = lo; s < hi; s++) {
      double c = scale[s];
      int o = (s - row0) * width;
      for (int j = 0; j < width; j++) {
        dst[o + j] *= c;
      }
    }
  }

  static INDArray sumChecked(String kernel, INDArray data, SegmentIndex segments) {
    DataType type = checkDataRows(kernel, data, segments);
    int width = DenseArrays.cols(data);
    int[] ptr = segments.pointersView();
    int[] rows = segments.rowsView();
    if (type == DataType.FLOAT) {
      float[] in = DenseArrays.readFloats(data);
      return DenseArrays.produceFloats(segments.numSegments(), width, ptr,
          (lo, hi, dst, row0) -> CsrProducts.unitRows(ptr, rows, in, width, lo, hi, dst, row0));
    }
    double[] in = DenseArrays.readDoubles(data);
    return DenseArrays.produceDoubles(segments.numSegments(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.unitRows(ptr, rows, in, width, lo, hi, dst, row0));
  }

  /** Checks that {@code data} has one row per id. */
  private static DataType checkDataRows(String kernel, INDArray data, SegmentIndex segments) {
    Gather.checkIndex(kernel, segments);
    DataType type = DenseArrays.matrixType(kernel, "data", data);
    if (data.size(0) != segments.size()) {
      throw new KernelArgumentException(kernel + ": the index has " + segments.size()
          + " ids over " + segments.numSegments() + " segments but data is "
          + DenseArrays.shape(data) + "; data needs " + segments.size() + " rows");
    }
    return type;
  }

  /** Checks that {@code a} has one row per segment. */
  private static DataType checkSegmentRows(String kernel, String name, INDArray a,
      SegmentIndex segments) {
    Gather.checkIndex(kernel, segments);
    DataType type = DenseArrays.matrixType(kernel, name, a);
    if (a.size(0) != segments.numSegments()) {
      throw new KernelArgumentException(kernel + ": the index has " + segments.size()
          + " ids over " + segments.numSegments() + " segments but " + name + " is "
          + DenseArrays.shape(a) + "; " + name + " needs " + segments.numSegments() + " rows");
    }
    return type;
  }

  private static double[] inverseCounts(SegmentIndex segments) {
    int[] ptr = segments.pointersView();
    double[] inv = new double[segments.numSegments()];
    for (int s = 0; s < inv.length; s++) {
      int count = ptr[s + 1] - ptr[s];
      inv[s] = count == 0 ? 0d : 1d / count;
    }
    return inv;
  }
}
