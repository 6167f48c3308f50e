package dev.contrastive4j.runtime.metrics;

import java.util.Arrays;
import org.bytedeco.openblas.global.openblas;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The thin singular value decomposition {@code x = U diag(sigma) V^T} of a {@code [n, d]} matrix,
 * without {@code V}: the {@code k = min(n, d)} singular values in descending order and, if asked
 * for, the {@code [n, k]} left singular vectors (TF's {@code svd(full_matrices=False)}).
 *
 * <p>It calls LAPACK from the OpenBLAS build that ND4J's CPU backend loads, in the input's
 * precision: {@code gesdd} (divide and conquer) when U is wanted, {@code gesvd} for the values
 * alone. ND4J's own entry points are not used: its
 * {@code Lapack.gesvd} always computes the full {@code [n, n]} U, and libnd4j's {@code svd}
 * custom op fails in 1.0.0-M2.1 for matrices with more than 16 columns ("NDArray::assign: lengths
 * of arrays are mismatched" on a 200 x 32 input).
 */
public final class ThinSvd {
  private final INDArray singularValues;
  private final INDArray leftSingularVectors;

  private ThinSvd(INDArray singularValues, INDArray leftSingularVectors) {
    this.singularValues = singularValues;
    this.leftSingularVectors = leftSingularVectors;
  }

  /**
   * Singular values and left singular vectors of {@code x}.
   *
   * @param x a {@code [n, d]} float32 or float64 matrix with finite values
   * @return the decomposition, in the data type of {@code x}
   * @throws MetricException on invalid input or if LAPACK does not converge
   */
  public static ThinSvd of(INDArray x) {
    return compute("ThinSvd.of", x, true);
  }

  /**
   * Only the singular values of {@code x}, in descending order (cheaper than {@link #of}).
   *
   * @param x a {@code [n, d]} float32 or float64 matrix with finite values
   * @return a {@code [min(n, d)]} vector in the data type of {@code x}
   * @throws MetricException on invalid input or if LAPACK does not converge
   */
  public static INDArray singularValues(INDArray x) {
    return compute("ThinSvd.singularValues", x, false).singularValues;
  }

  /** The {@code min(n, d)} singular values in descending order. */
  public INDArray singularValues() {
    return singularValues;
  }

  /** The {@code [n, min(n, d)]} left singular vectors (orthonormal columns). */
  public INDArray leftSingularVectors() {
    return leftSingularVectors;
  }

  static ThinSvd compute(String function, INDArray x, boolean withU) {
    Metrics.CHECKS.floats(function, "x", x, 2);
    if (x.length() > Integer.MAX_VALUE) {
      throw new MetricException(function + ": x is too large for LAPACK (shape "
          + Arrays.toString(x.shape()) + ")");
    }
    int n = x.rows();
    int d = x.columns();
    int k = Math.min(n, d);
    // With U: divide and conquer (gesdd), about twice as fast as QR iteration on a 2708 x 512
    // float32 input (70 ms against 150 ms); it also returns the small [k, d] V^T, unused.
    // Values only: gesvd, whose bidiagonal QR without vectors is the cheaper of the two.
    int info;
    INDArray sigma;
    INDArray u;
    // LAPACK overwrites its input, hence the row-major copy.
    if (x.dataType() == DataType.DOUBLE) {
      double[] a = x.dup('c').data().asDouble();
      double[] s = new double[k];
      if (withU) {
        double[] uValues = new double[n * k];
        info = openblas.LAPACKE_dgesdd(openblas.LAPACK_ROW_MAJOR, (byte) 'S', n, d, a, d, s,
            uValues, k, new double[k * d], d);
        u = Nd4j.createFromArray(uValues).reshape('c', n, k);
      } else {
        info = openblas.LAPACKE_dgesvd(openblas.LAPACK_ROW_MAJOR, (byte) 'N', (byte) 'N', n, d,
            a, d, s, new double[1], 1, new double[1], 1, new double[Math.max(1, k - 1)]);
        u = null;
      }
      sigma = Nd4j.createFromArray(s);
    } else {
      float[] a = x.dup('c').data().asFloat();
      float[] s = new float[k];
      if (withU) {
        float[] uValues = new float[n * k];
        info = openblas.LAPACKE_sgesdd(openblas.LAPACK_ROW_MAJOR, (byte) 'S', n, d, a, d, s,
            uValues, k, new float[k * d], d);
        u = Nd4j.createFromArray(uValues).reshape('c', n, k);
      } else {
        info = openblas.LAPACKE_sgesvd(openblas.LAPACK_ROW_MAJOR, (byte) 'N', (byte) 'N', n, d,
            a, d, s, new float[1], 1, new float[1], 1, new float[Math.max(1, k - 1)]);
        u = null;
      }
      sigma = Nd4j.createFromArray(s);
    }
    if (info > 0) {
      throw new MetricException(function + ": the SVD of x (shape " + Arrays.toString(x.shape())
          + ") did not converge (LAPACK info " + info + ")");
    }
    if (info < 0) {
      throw new IllegalStateException(function + ": LAPACK rejected argument " + (-info));
    }
    return new ThinSvd(sigma, u);
  }
}
