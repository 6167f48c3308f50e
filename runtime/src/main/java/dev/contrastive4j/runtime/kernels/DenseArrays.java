package dev.contrastive4j.runtime.kernels;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Moves dense matrices between ND4J's native buffers and Java arrays, and checks their shape and
 * type. Inputs are copied once with a bulk memcpy (per-element reads of native memory are far
 * slower and do not vectorize); outputs are computed a cache-sized block at a time and copied
 * straight into the native result, so no full-size Java output array is needed.
 */
final class DenseArrays {
  /** Elements per output block: 64 KiB of floats, small enough to stay in L2 cache. */
  private static final int BLOCK_ELEMENTS = 1 << 14;
  private static final int MAX_ELEMENTS = Integer.MAX_VALUE - 8;

  private static final ThreadLocal<float[]> FLOAT_SCRATCH =
      ThreadLocal.withInitial(() -> new float[0]);
  private static final ThreadLocal<double[]> DOUBLE_SCRATCH =
      ThreadLocal.withInitial(() -> new double[0]);

  /**
   * Computes output rows {@code [lo, hi)} into {@code dst}, row {@code r} starting at
   * {@code (r - dstRow0) * width}.
   */
  @FunctionalInterface
  interface FloatRows {
    void compute(int lo, int hi, float[] dst, int dstRow0);
  }

  /** The float64 counterpart of {@link FloatRows}. */
  @FunctionalInterface
  interface DoubleRows {
    void compute(int lo, int hi, double[] dst, int dstRow0);
  }

  private DenseArrays() {}

  /** Checks that {@code a} is a float32 or float64 matrix and returns its type. */
  static DataType matrixType(String kernel, String name, INDArray a) {
    if (a == null) {
      throw new KernelArgumentException(kernel + ": " + name + " is null");
    }
    DataType type = a.dataType();
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw new KernelArgumentException(kernel + ": " + name + " " + shape(a) + " has data type "
          + type + "; the kernels support FLOAT and DOUBLE only");
    }
    if (a.rank() != 2) {
      throw new KernelArgumentException(kernel + ": " + name
          + " must be a matrix (rank 2), its shape is " + shape(a));
    }
    checkSize(kernel, name, a.size(0), a.size(1));
    return type;
  }

  /** Checks that a {@code rows x width} array fits a Java array. */
  static void checkSize(String kernel, String name, long rows, long width) {
    if (rows * width > MAX_ELEMENTS) {
      throw new KernelArgumentException(kernel + ": " + name + " [" + rows + ", " + width
          + "] has more elements than a Java array can hold");
    }
  }

  /** Checks that two arrays have the same data type. */
  static void sameType(String kernel, String nameA, INDArray a, String nameB, INDArray b) {
    if (a.dataType() != b.dataType()) {
      throw new KernelArgumentException(kernel + ": " + nameA + " " + shape(a) + " is "
          + a.dataType() + " but " + nameB + " " + shape(b) + " is " + b.dataType());
    }
  }

  static String shape(INDArray a) {
    return Arrays.toString(a.shape());
  }

  static int cols(INDArray a) {
    return (int) a.size(1);
  }

  /** A c-order, offset-free array with the same values (the array itself when it is one). */
  private static INDArray contiguous(INDArray a) {
    boolean plain = !a.isView() && a.ordering() == 'c' && a.offset() == 0
        && a.data().length() == a.length();
    return plain ? a : a.dup('c');
  }

  /** The values of a float32 matrix in row-major order. */
  static float[] readFloats(INDArray a) {
    int n = (int) a.length();
    float[] out = new float[n];
    if (n > 0) {
      INDArray c = contiguous(a);
      new FloatPointer(c.data().addressPointer()).get(out, 0, n);
      Reference.reachabilityFence(c); // ND4J frees native memory when the array is collected
    }
    return out;
  }

  /** The values of a float64 matrix in row-major order. */
  static double[] readDoubles(INDArray a) {
    int n = (int) a.length();
    double[] out = new double[n];
    if (n > 0) {
      INDArray c = contiguous(a);
      new DoublePointer(c.data().addressPointer()).get(out, 0, n);
      Reference.reachabilityFence(c);
    }
    return out;
  }

  /** A new {@code rows x width} float32 array whose rows {@code kernel} computes in parallel. */
  static INDArray produceFloats(int rows, int width, int[] costPointers, FloatRows kernel) {
    if ((long) rows * width == 0) {
      return Nd4j.create(DataType.FLOAT, rows, width);
    }
    INDArray out = Nd4j.createUninitialized(DataType.FLOAT, rows, width);
    Pointer base = out.data().addressPointer();
    int blockRows = Math.max(1, BLOCK_ELEMENTS / width);
    RowParallel.forRows(rows, costPointers, width, (lo, hi) -> {
      // No fork/join calls happen below, so no other task can use this thread's scratch meanwhile.
      float[] scratch = floatScratch(Math.min(blockRows, hi - lo) * width);
      FloatPointer target = new FloatPointer(base);
      for (int b = lo; b < hi; b += blockRows) {
        int e = Math.min(hi, b + blockRows);
        kernel.compute(b, e, scratch, b);
        target.position((long) b * width).put(scratch, 0, (e - b) * width);
      }
    });
    Reference.reachabilityFence(out);
    return out;
  }

  /** A new {@code rows x width} float64 array whose rows {@code kernel} computes in parallel. */
  static INDArray produceDoubles(int rows, int width, int[] costPointers, DoubleRows kernel) {
    if ((long) rows * width == 0) {
      return Nd4j.create(DataType.DOUBLE, rows, width);
    }
    INDArray out = Nd4j.createUninitialized(DataType.DOUBLE, rows, width);
    Pointer base = out.data().addressPointer();
    int blockRows = Math.max(1, BLOCK_ELEMENTS / width);
    RowParallel.forRows(rows, costPointers, width, (lo, hi) -> {
      double[] scratch = doubleScratch(Math.min(blockRows, hi - lo) * width);
      DoublePointer target = new DoublePointer(base);
      for (int b = lo; b < hi; b += blockRows) {
        int e = Math.min(hi, b + blockRows);
        kernel.compute(b, e, scratch, b);
        target.position((long) b * width).put(scratch, 0, (e - b) * width);
      }
    });
    Reference.reachabilityFence(out);
    return out;
  }

  /** A new row-major {@code rows x width} Java array whose rows {@code kernel} computes. */
  static float[] produceFloatArray(int rows, int width, int[] costPointers, FloatRows kernel) {
    float[] out = new float[rows * width];
    RowParallel.forRows(rows, costPointers, width, (lo, hi) -> kernel.compute(lo, hi, out, 0));
    return out;
  }

  /** The float64 counterpart of {@link #produceFloatArray}. */
  static double[] produceDoubleArray(int rows, int width, int[] costPointers, DoubleRows kernel) {
    double[] out = new double[rows * width];
    RowParallel.forRows(rows, costPointers, width, (lo, hi) -> kernel.compute(lo, hi, out, 0));
    return out;
  }

  private static float[] floatScratch(int size) {
    float[] s = FLOAT_SCRATCH.get();
    if (s.length < size) {
      s = new float[size];
      FLOAT_SCRATCH.set(s);
    }
    return s;
  }

  private static double[] doubleScratch(int size) {
    double[] s = DOUBLE_SCRATCH.get();
    if (s.length < size) {
      s = new double[size];
      DOUBLE_SCRATCH.set(s);
    }
    return s;
  }
}
