package dev.contrastive4j.runtime.charts;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Principal component analysis of the rows of a matrix, in float64: the column means and the
 * top {@code k} principal directions with their variances.
 *
 * <p>The directions are the leading eigenvectors of the {@code d x d} sample covariance, from
 * LAPACK's symmetric eigensolver through ND4J's {@link Eigen#symmetricGeneralizedEigenvalues}
 * (ND4J's SVD op fails for some shapes in 1.0.0-M2.1). The cost is {@code O(n d^2 + d^3)}:
 * about 0.06 s for {@code d = 512}. Each direction's sign is fixed so that its largest entry (in
 * absolute value) is positive, which makes the result deterministic.
 */
public final class PrincipalComponents {
  private final INDArray mean;
  private final INDArray components;
  private final double[] variances;
  private final double totalVariance;

  private PrincipalComponents(INDArray mean, INDArray components, double[] variances,
      double totalVariance) {
    this.mean = mean;
    this.components = components;
    this.variances = variances;
    this.totalVariance = totalVariance;
  }

  /**
   * The top {@code k} principal components of the rows of {@code data}.
   *
   * @param data a finite {@code [n, d]} floating-point matrix, {@code n >= 1}
   * @param k number of components, {@code 1 <= k <= d}
   * @throws ChartException if the matrix is not finite or {@code k} is out of range, naming the
   *     row at fault
   */
  public static PrincipalComponents fit(INDArray data, int k) {
    INDArray x = Matrices.finiteRows("data", data);
    int d = x.columns();
    if (k < 1 || k > d) {
      throw new ChartException("number of principal components must be in [1, " + d + "], got "
          + k);
    }
    INDArray mean = x.mean(0).reshape(1, d);
    INDArray centered = x.subRowVector(mean);
    INDArray vectors = centered.transpose().mmul(centered)
        .divi(Math.max(1, x.rows() - 1)).dup('c');
    // Eigenvalues in ascending order; the eigenvectors overwrite the matrix, one per column.
    INDArray eigenvalues = Eigen.symmetricGeneralizedEigenvalues(vectors, true);
    INDArray components = vectors
        .get(NDArrayIndex.all(), NDArrayIndex.interval(d - k, d)).transpose().dup('c');
    double[] variances = new double[k];
    INDArray ordered = components.dup();
    for (int i = 0; i < k; i++) {
      int source = k - 1 - i; // largest eigenvalue first
      INDArray row = components.getRow(source).dup();
      int largest = argMaxAbs(row);
      ordered.putRow(i, row.getDouble(largest) < 0 ? row.negi() : row);
      variances[i] = Math.max(0.0, eigenvalues.getDouble(d - k + source));
    }
    double total = 0;
    for (double eigenvalue : eigenvalues.toDoubleVector()) {
      total += Math.max(0.0, eigenvalue);
    }
    return new PrincipalComponents(mean, ordered, variances, total);
  }

  /** The {@code [1, d]} column means. */
  public INDArray mean() {
    return mean.dup();
  }

  /** The {@code [k, d]} principal directions as orthonormal rows, largest variance first. */
  public INDArray components() {
    return components.dup();
  }

  /** The variance of the data along each direction, largest first. */
  public double[] variances() {
    return variances.clone();
  }

  /** The total variance of the data (sum over all {@code d} directions). */
  public double totalVariance() {
    return totalVariance;
  }

  /**
   * Coordinates of the rows of {@code data} along the directions: {@code (data - mean)
   * components^T}.
   *
   * @param data a finite {@code [m, d]} matrix
   * @return a float64 {@code [m, k]} matrix
   * @throws ChartException if {@code data} is not finite or has another number of columns
   */
  public INDArray project(INDArray data) {
    INDArray x = Matrices.finiteRows("data", data);
    if (x.columns() != components.columns()) {
      throw new ChartException("data have " + x.columns() + " columns but the components "
          + components.columns());
    }
    return x.subRowVector(mean).mmul(components.transpose());
  }

  @Override
  public String toString() {
    return "PrincipalComponents[k=" + components.rows() + ", d=" + components.columns()
        + ", variances=" + Arrays.toString(variances) + "]";
  }

  /** Index of the entry with the largest absolute value. */
  private static int argMaxAbs(INDArray row) {
    double[] values = row.toDoubleVector();
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (Math.abs(values[i]) > Math.abs(values[best])) {
        best = i;
      }
    }
    return best;
  }
}
