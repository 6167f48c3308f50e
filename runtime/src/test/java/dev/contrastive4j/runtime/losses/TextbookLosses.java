package dev.contrastive4j.runtime.losses;

/**
 * The losses written as their papers state them, with plain double loops, as an independent
 * reference for the one implementation in {@link TapeLosses}. The algebra deliberately differs
 * from the implementation's (e.g. Barlow Twins as on-diagonal plus lambda times off-diagonal, not
 * as a weighted mix of the diagonal and the full sum), so that a slip in either shows.
 */
final class TextbookLosses {
  private TextbookLosses() {}

  /**
   * Barlow Twins: {@code sum_i (1 - C_ii)^2 + lambda * sum_{i != j} C_ij^2} with
   * {@code C_ij = (1/N) sum_n z^a_ni z^b_nj}, where {@code z} is each view, standardized per
   * column ({@code (x - mean) / sqrt(populationVariance + 1e-6)}) when {@code normalize}.
   */
  static double barlowTwins(double[][] a, double[][] b, Double lambda, boolean normalize) {
    double[][] za = normalize ? standardized(a) : a;
    double[][] zb = normalize ? standardized(b) : b;
    int n = a.length;
    int d = a[0].length;
    double weight = lambda == null ? 1.0 / d : lambda;
    double onDiagonal = 0;
    double offDiagonal = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        double c = 0;
        for (int r = 0; r < n; r++) {
          c += za[r][i] * zb[r][j];
        }
        c /= n;
        if (i == j) {
          onDiagonal += (1 - c) * (1 - c);
        } else {
          offDiagonal += c * c;
        }
      }
    }
    return onDiagonal + weight * offDiagonal;
  }

  /**
   * VICReg: {@code sim * mean((a - b)^2) + var * (v(a) + v(b)) + cov * (c(a) + c(b))} where
   * {@code v(x) = (1/D) sum_j max(0, 1 - sqrt(Var_j + 1e-4))} and {@code c(x) = (1/D)
   * sum_{i != j} Cov_ij^2}, both with population (1/N) statistics.
   */
  static double vicReg(double[][] a, double[][] b, double sim, double var, double cov) {
    int n = a.length;
    int d = a[0].length;
    double squares = 0;
    for (int r = 0; r < n; r++) {
      for (int j = 0; j < d; j++) {
        squares += (a[r][j] - b[r][j]) * (a[r][j] - b[r][j]);
      }
    }
    return sim * squares / (n * d) + var * (varianceHinge(a) + varianceHinge(b))
        + cov * (offDiagonalCovariance(a) + offDiagonalCovariance(b));
  }

  /** Triplet: {@code sum_k max(0, p_k - n_k + margin)}. */
  static double triplet(double[] positive, double[] negative, double margin) {
    double sum = 0;
    for (int k = 0; k < positive.length; k++) {
      sum += Math.max(0, positive[k] - negative[k] + margin);
    }
    return sum;
  }

  /** Margin contrastive loss of one pair: {@code d^2} if similar, else {@code max(0, m - d)^2}. */
  static double contrastivePair(double label, double distance, double margin) {
    double hinge = Math.max(0, margin - distance);
    return label == 1.0 ? distance * distance : hinge * hinge;
  }

  private static double[][] standardized(double[][] x) {
    int n = x.length;
    int d = x[0].length;
    double[] mean = means(x);
    double[][] z = new double[n][d];
    for (int j = 0; j < d; j++) {
      double scale = Math.sqrt(variance(x, mean, j) + 1e-6);
      for (int r = 0; r < n; r++) {
        z[r][j] = (x[r][j] - mean[j]) / scale;
      }
    }
    return z;
  }

  private static double varianceHinge(double[][] x) {
    int d = x[0].length;
    double[] mean = means(x);
    double sum = 0;
    for (int j = 0; j < d; j++) {
      sum += Math.max(0, 1 - Math.sqrt(variance(x, mean, j) + 1e-4));
    }
    return sum / d;
  }

  private static double offDiagonalCovariance(double[][] x) {
    int n = x.length;
    int d = x[0].length;
    double[] mean = means(x);
    double sum = 0;
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < d; j++) {
        if (i != j) {
          double c = 0;
          for (int r = 0; r < n; r++) {
            c += (x[r][i] - mean[i]) * (x[r][j] - mean[j]);
          }
          c /= n;
          sum += c * c;
        }
      }
    }
    return sum / d;
  }

  private static double[] means(double[][] x) {
    double[] mean = new double[x[0].length];
    for (double[] row : x) {
      for (int j = 0; j < mean.length; j++) {
        mean[j] += row[j] / x.length;
      }
    }
    return mean;
  }

  private static double variance(double[][] x, double[] mean, int column) {
    double sum = 0;
    for (double[] row : x) {
      sum += (row[column] - mean[column]) * (row[column] - mean[column]);
    }
    return sum / x.length;
  }
}
