package dev.contrastive4j.runtime.kernels;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Message passing with a fixed weighted adjacency: {@code out = A·H}, row {@code t} of the result
 * being the weighted sum of the rows of {@code H} at the sources of the edges into {@code t}.
 * The backward pass {@code dH = Aᵀ·G} uses the adjacency's stored transpose, so it is
 * row-parallel and deterministic like the forward pass.
 */
public final class Propagation {
  private Propagation() {}

  /**
   * Computes {@code A·H}.
   *
   * @param h {@code [numSources, width]}, float32 or float64
   * @return {@code [numTargets, width]} of the same data type
   */
  public static INDArray forward(CsrAdjacency a, INDArray h) {
    return apply("Propagation.forward", a, a, h, "H");
  }

  /**
   * The gradient with respect to {@code H} of {@link #forward(CsrAdjacency, INDArray)}:
   * {@code Aᵀ·G}.
   *
   * @param gradOut {@code G = dL/d(A·H)}, {@code [numTargets, width]}
   * @return {@code [numSources, width]} of the same data type
   */
  public static INDArray backward(CsrAdjacency a, INDArray gradOut) {
    return apply("Propagation.backward", a, a.transpose(), gradOut, "gradOut");
  }

  /** {@link #forward(CsrAdjacency, INDArray)} on a row-major {@code numSources x width} array. */
  public static float[] forward(CsrAdjacency a, float[] h, int width) {
    checkLength("Propagation.forward", a, a, h.length, width, "H");
    return applyArray(a, h, width);
  }

  /** {@link #forward(CsrAdjacency, INDArray)} on a row-major {@code numSources x width} array. */
  public static double[] forward(CsrAdjacency a, double[] h, int width) {
    checkLength("Propagation.forward", a, a, h.length, width, "H");
    return applyArray(a, h, width);
  }

  /** {@link #backward(CsrAdjacency, INDArray)} on a row-major {@code numTargets x width} array. */
  public static float[] backward(CsrAdjacency a, float[] gradOut, int width) {
    CsrAdjacency t = a.transpose();
    checkLength("Propagation.backward", a, t, gradOut.length, width, "gradOut");
    return applyArray(t, gradOut, width);
  }

  /** {@link #backward(CsrAdjacency, INDArray)} on a row-major {@code numTargets x width} array. */
  public static double[] backward(CsrAdjacency a, double[] gradOut, int width) {
    CsrAdjacency t = a.transpose();
    checkLength("Propagation.backward", a, t, gradOut.length, width, "gradOut");
    return applyArray(t, gradOut, width);
  }

  /**
   * {@code applied·h}, where {@code applied} is the caller's adjacency {@code given} or its
   * transpose; messages describe {@code given}, as the caller knows it.
   */
  private static INDArray apply(String kernel, CsrAdjacency given, CsrAdjacency a, INDArray h,
      String name) {
    DataType type = DenseArrays.matrixType(kernel, name, h);
    if (h.size(0) != a.numSources()) {
      throw new KernelArgumentException(kernel + ": the adjacency is " + shape(given)
          + " (rows x columns) but " + name + " is " + DenseArrays.shape(h) + "; " + name
          + " needs " + a.numSources() + " rows");
    }
    int width = DenseArrays.cols(h);
    int[] ptr = a.pointersView();
    int[] cols = a.sourcesView();
    if (type == DataType.FLOAT) {
      float[] in = DenseArrays.readFloats(h);
      float[] w = a.weightsFloatView();
      return DenseArrays.produceFloats(a.numTargets(), width, ptr,
          (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, w, in, width, lo, hi, dst, row0));
    }
    double[] in = DenseArrays.readDoubles(h);
    double[] w = a.weightsView();
    return DenseArrays.produceDoubles(a.numTargets(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, w, in, width, lo, hi, dst, row0));
  }

  private static float[] applyArray(CsrAdjacency a, float[] in, int width) {
    int[] ptr = a.pointersView();
    int[] cols = a.sourcesView();
    float[] w = a.weightsFloatView();
    return DenseArrays.produceFloatArray(a.numTargets(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, w, in, width, lo, hi, dst, row0));
  }

  private static double[] applyArray(CsrAdjacency a, double[] in, int width) {
    int[] ptr = a.pointersView();
    int[] cols = a.sourcesView();
    double[] w = a.weightsView();
    return DenseArrays.produceDoubleArray(a.numTargets(), width, ptr,
        (lo, hi, dst, row0) -> CsrProducts.rows(ptr, cols, w, in, width, lo, hi, dst, row0));
  }

  private static void checkLength(String kernel, CsrAdjacency given, CsrAdjacency a, int length,
      int width, String name) {
    if (width < 0 || (long) a.numSources() * width != length) {
      throw new KernelArgumentException(kernel + ": the adjacency is " + shape(given)
          + " (rows x columns) but " + name + " has " + length + " values for width " + width
          + "; it needs " + a.numSources() + " x " + width);
    }
    DenseArrays.checkSize(kernel, "the result", a.numTargets(), width);
  }

  /** {@code rows x columns}: targets by sources. */
  private static String shape(CsrAdjacency a) {
    return a.numTargets() + "x" + a.numSources();
  }
}
