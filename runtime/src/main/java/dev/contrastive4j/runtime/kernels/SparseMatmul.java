package dev.contrastive4j.runtime.kernels;

import java.util.function.Supplier;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A sparse feature matrix times a dense weight matrix, {@code X·W}, and its weight gradient
 * {@code Xᵀ·G}, without ever making {@code X} dense. Both products run over the rows of their
 * result (the gradient over the cached transpose of {@code X}), so both are parallel and
 * deterministic. {@code X} is data, not a parameter, so it has no gradient here.
 */
public final class SparseMatmul {
  private SparseMatmul() {}

  /**
   * Computes {@code X·W}.
   *
   * @param w {@code [x.cols(), width]}, float32 or float64
   * @return {@code [x.rows(), width]} of the same data type
   */
  public static INDArray forward(SparseFeatures x, INDArray w) {
    String kernel = "SparseMatmul.forward";
    checkRows(kernel, x, "W", w, x.cols());
    return product(x.rows(), x.pointers(), x.columns(), x.values(), x::valuesDouble, w);
  }

  /**
   * The gradient with respect to {@code W} of {@link #forward(SparseFeatures, INDArray)}:
   * {@code Xᵀ·G}.
   *
   * @param gradOut {@code G = dL/d(X·W)}, {@code [x.rows(), width]}
   * @return {@code [x.cols(), width]} of the same data type
   */
  public static INDArray weightGradient(SparseFeatures x, INDArray gradOut) {
    String kernel = "SparseMatmul.weightGradient";
    checkRows(kernel, x, "gradOut", gradOut, x.rows());
    return product(x.cols(), x.transposePointers(), x.transposeColumns(), x.transposeValues(),
        x::transposeValuesDouble, gradOut);
  }

  /** {@link #forward(SparseFeatures, INDArray)} on a row-major {@code x.cols() x width} array. */
  public static float[] forward(SparseFeatures x, float[] w, int width) {
    checkLength("SparseMatmul.forward", x, "W", w.length, x.cols(), width);
    int[] ptr = x.pointers();
    int[] cols = x.columns();
    float[] v = x.values();
    return DenseArrays.produceFloatArray(x.rows(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, v, w, width, lo, hi, dst, row0));
  }

  /** {@link #forward(SparseFeatures, INDArray)} on a row-major {@code x.cols() x width} array. */
  public static double[] forward(SparseFeatures x, double[] w, int width) {
    checkLength("SparseMatmul.forward", x, "W", w.length, x.cols(), width);
    int[] ptr = x.pointers();
    int[] cols = x.columns();
    double[] v = x.valuesDouble();
    return DenseArrays.produceDoubleArray(x.rows(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, v, w, width, lo, hi, dst, row0));
  }

  /**
   * {@link #weightGradient(SparseFeatures, INDArray)} on a row-major
   * {@code x.rows() x width} array.
   */
  public static float[] weightGradient(SparseFeatures x, float[] gradOut, int width) {
    checkLength("SparseMatmul.weightGradient", x, "gradOut", gradOut.length, x.rows(), width);
    int[] ptr = x.transposePointers();
    int[] cols = x.transposeColumns();
    float[] v = x.transposeValues();
    return DenseArrays.produceFloatArray(x.cols(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, v, gradOut, width, lo, hi, dst, row0));
  }

  /**
   * {@link #weightGradient(SparseFeatures, INDArray)} on a row-major
   * {@code x.rows() x width} array.
   */
  public static double[] weightGradient(SparseFeatures x, double[] gradOut, int width) {
    checkLength("SparseMatmul.weightGradient", x, "gradOut", gradOut.length, x.rows(), width);
    int[] ptr = x.transposePointers();
    int[] cols = x.transposeColumns();
    double[] v = x.transposeValuesDouble();
    return DenseArrays.produceDoubleArray(x.cols(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, v, gradOut, width, lo, hi, dst, row0));
  }

  /** The product with {@code dense}; the float64 values are asked for only for a float64 one. */
  private static INDArray product(int rows, int[] ptr, int[] cols, float[] v,
      Supplier<double[]> valuesDouble, INDArray dense) {
    int width = DenseArrays.cols(dense);
    if (dense.dataType() == DataType.FLOAT) {
      float[] in = DenseArrays.readFloats(dense);
      return DenseArrays.produceFloats(rows, width, ptr,
          (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, v, in, width, lo, hi, dst, row0));
    }
    double[] in = DenseArrays.readDoubles(dense);
    double[] vd = valuesDouble.get();
    return DenseArrays.produceDoubles(rows, width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, vd, in, width, lo, hi, dst, row0));
  }

  private static void checkRows(String kernel, SparseFeatures x, String name, INDArray dense,
      int rows) {
    if (x == null) {
      throw new KernelArgumentException(kernel + ": the sparse features are null");
    }
    DenseArrays.matrixType(kernel, name, dense);
    if (dense.size(0) != rows) {
      throw new KernelArgumentException(kernel + ": X is " + x.rows() + "x" + x.cols() + " but "
          + name + " is " + DenseArrays.shape(dense) + "; " + name + " needs " + rows + " rows");
    }
  }

  private static void checkLength(String kernel, SparseFeatures x, String name, int length,
      int rows, int width) {
    if (width < 0 || (long) rows * width != length) {
      throw new KernelArgumentException(kernel + ": X is " + x.rows() + "x" + x.cols() + " but "
          + name + " has " + length + " values for width " + width + "; it needs " + rows
          + " x " + width);
    }
  }
}
