package dev.contrastive4j.runtime.metrics;

import dev.contrastive4j.runtime.tensor.ArrayChecks;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * Metrics of representation quality for self-supervised learning, following TF-GNN's
 * {@code contrastive_losses/metrics.py}: RankMe, numerical rank, coherence, pseudo condition
 * number, self clustering, and the mean distances TF-GNN's triplet task reports.
 *
 * <p>Inputs are {@code [batch, dim]} float32 or float64 matrices with finite values; the work is
 * done in the input's precision and the result returned as a {@code double}. To get all SVD-based
 * metrics from a single decomposition use {@link SvdMetrics#of(INDArray)}.
 */
public final class Metrics {
  /** RankMe's default epsilon, added to each normalized singular value. */
  public static final double RANKME_EPSILON = 1e-12;

  /** The argument checks of the metrics package, failing with {@link MetricException}. */
  static final ArrayChecks CHECKS = new ArrayChecks(MetricException::new);

  private Metrics() {}

  /**
   * RankMe with epsilon 1e-12.
   *
   * @see #rankMe(INDArray, double)
   */
  public static double rankMe(INDArray x) {
    return rankMe(x, RANKME_EPSILON);
  }

  /**
   * RankMe (Garrido et al., 2023, arXiv:2210.02885): {@code exp} of the entropy of the singular
   * values normalized to sum 1 (each plus {@code epsilon}); a smooth count of the used dimensions,
   * between about 1 and {@code min(batch, dim)}.
   *
   * @param x representations {@code [batch, dim]}
   * @param epsilon added to each normalized singular value; finite and {@code >= 0}
   * @throws MetricException on invalid input
   */
  public static double rankMe(INDArray x, double epsilon) {
    CHECKS.nonNegative("Metrics.rankMe", "epsilon", epsilon);
    return rankMeFromSingularValues(ThinSvd.compute("Metrics.rankMe", x, false).singularValues(),
        epsilon);
  }

  /**
   * RankMe from precomputed singular values. As in TF-GNN, all-zero singular values give
   * probabilities {@code epsilon}; a probability of exactly 0 (only with {@code epsilon = 0})
   * contributes its limit 0 to the entropy.
   *
   * @param singularValues a vector of non-negative singular values
   * @param epsilon added to each normalized singular value; finite and {@code >= 0}
   * @throws MetricException on a non-vector, negative or non-finite values, or a bad epsilon
   */
  public static double rankMeFromSingularValues(INDArray singularValues, double epsilon) {
    String function = "Metrics.rankMeFromSingularValues";
    CHECKS.floats(function, "singularValues", singularValues, 1);
    CHECKS.nonNegative(function, "epsilon", epsilon);
    if (BooleanIndexing.or(singularValues, Conditions.lessThan(0.0))) {
      throw new MetricException(function + ": singularValues must be non-negative, got "
          + singularValues);
    }
    double total = singularValues.sumNumber().doubleValue();
    double entropy = 0.0;
    for (double sigma : singularValues.toDoubleVector()) {
      double p = (total == 0.0 ? 0.0 : sigma / total) + epsilon;
      if (p > 0.0) {
        entropy -= p * Math.log(p);
      }
    }
    return Math.exp(entropy);
  }

  /**
   * Numerical rank: {@code trace(x^T x) / sigma_max^2}, i.e. the squared Frobenius norm over the
   * squared spectral norm; a rank estimate between 1 and {@code min(batch, dim)}. No mean is
   * subtracted. A zero matrix gives 0.
   *
   * @param x representations {@code [batch, dim]}
   * @throws MetricException on invalid input
   */
  public static double numericalRank(INDArray x) {
    return numericalRank(x, ThinSvd.compute("Metrics.numericalRank", x, false).singularValues());
  }

  /**
   * Coherence (arXiv:2305.16562): the largest squared row norm of the thin left singular vectors
   * {@code U [batch, k]}, times {@code batch / k}, with {@code k = min(batch, dim)}. It is 1 when
   * the rows share the energy evenly and grows to {@code batch / k} as one example dominates.
   *
   * @param x representations {@code [batch, dim]}
   * @throws MetricException on invalid input
   */
  public static double coherence(INDArray x) {
    return coherenceFromSingularVectors(
        ThinSvd.compute("Metrics.coherence", x, true).leftSingularVectors());
  }

  /**
   * Coherence from precomputed thin left singular vectors.
   *
   * @param u the {@code [batch, k]} left singular vectors
   * @throws MetricException on invalid input
   */
  public static double coherenceFromSingularVectors(INDArray u) {
    CHECKS.floats("Metrics.coherenceFromSingularVectors", "u", u, 2);
    double largestSquaredRowNorm = u.mul(u).sum(1).maxNumber().doubleValue();
    return largestSquaredRowNorm * u.rows() / u.columns();
  }

  /**
   * Pseudo condition number: {@code sigma_max / sigma_min} over the {@code min(batch, dim)}
   * singular values of {@code x} as given (no mean is subtracted, as in the current TF-GNN); 0
   * when {@code sigma_min} is 0. Unstable for small batches.
   *
   * @param x representations {@code [batch, dim]}
   * @throws MetricException on invalid input
   */
  public static double pseudoConditionNumber(INDArray x) {
    return pseudoConditionNumberFromSingularValues(
        ThinSvd.compute("Metrics.pseudoConditionNumber", x, false).singularValues());
  }

  /**
   * Self clustering with TF-GNN's default {@code subtractMean = false}.
   *
   * @see #selfClustering(INDArray, boolean)
   */
  public static double selfClustering(INDArray x) {
    return selfClustering(x, false);
  }

  /**
   * Self clustering (arXiv:2305.16562): with the rows of {@code x} scaled to unit length,
   * {@code actual = sum_ij (x_i . x_j)^2} compared with its expectation for random directions
   * {@code expected = batch + batch (batch - 1) / dim}, as
   * {@code (actual - expected) / (batch^2 - expected)}. It is 1 for collapsed representations,
   * about 0 for random directions, and at least about -0.5.
   *
   * <p>As in TF-GNN: if every row is zero (after the optional mean subtraction), the result is 1
   * (complete collapse); if only some rows are zero, their directions are undefined and the result
   * is NaN.
   *
   * @param x representations {@code [batch, dim]} with {@code batch >= 2} and {@code dim >= 2}
   *     (otherwise the formula is 0 / 0)
   * @param subtractMean whether to subtract the batch mean from each column first
   * @throws MetricException on invalid input
   */
  public static double selfClustering(INDArray x, boolean subtractMean) {
    String function = "Metrics.selfClustering";
    CHECKS.floats(function, "x", x, 2);
    long batch = x.rows();
    long dim = x.columns();
    if (batch < 2 || dim < 2) {
      throw new MetricException(function + ": x needs at least 2 rows and 2 columns, got shape ["
          + batch + ", " + dim + "]");
    }
    INDArray centered = subtractMean ? x.subRowVector(x.mean(0)) : x.dup();
    INDArray norms = centered.norm2(1).reshape(batch, 1);
    if (BooleanIndexing.and(norms, Conditions.equals(0.0))) {
      return 1.0;
    }
    INDArray directions = centered.diviColumnVector(norms);
    // sum_ij (x_i . x_j)^2 is the squared Frobenius norm of both X X^T and X^T X; take the smaller.
    INDArray gram = batch > dim
        ? directions.transpose().mmul(directions)
        : directions.mmul(directions.transpose());
    double actual = gram.mul(gram).sumNumber().doubleValue();
    double n = batch;
    double expected = n + n * (n - 1) / dim;
    return (actual - expected) / (n * n - expected);
  }

  /**
   * The distances TF-GNN's {@code TripletLossMetrics} reports for a batch: the mean positive
   * distance, the mean negative distance, and the mean of their difference.
   *
   * @param positiveDistance anchor-positive distances, e.g. {@code [batch]}
   * @param negativeDistance anchor-negative distances, same shape and type
   * @throws MetricException on null, empty, non-finite or mismatched inputs
   */
  public static TripletDistances tripletDistances(INDArray positiveDistance,
      INDArray negativeDistance) {
    String function = "Metrics.tripletDistances";
    CHECKS.floats(function, "positiveDistance", positiveDistance, ArrayChecks.ANY_RANK);
    CHECKS.floats(function, "negativeDistance", negativeDistance, ArrayChecks.ANY_RANK);
    if (!Arrays.equals(positiveDistance.shape(), negativeDistance.shape())
        || positiveDistance.dataType() != negativeDistance.dataType()) {
      throw new MetricException(function + ": positiveDistance and negativeDistance must have the"
          + " same shape and data type, got " + positiveDistance.dataType()
          + Arrays.toString(positiveDistance.shape()) + " and "
          + negativeDistance.dataType() + Arrays.toString(negativeDistance.shape()));
    }
    return new TripletDistances(
        positiveDistance.meanNumber().doubleValue(),
        negativeDistance.meanNumber().doubleValue(),
        positiveDistance.sub(negativeDistance).meanNumber().doubleValue());
  }

  /** Numerical rank given the singular values of {@code x}. */
  static double numericalRank(INDArray x, INDArray singularValues) {
    double trace = x.mul(x).sumNumber().doubleValue();
    double largest = singularValues.getDouble(0);
    double denominator = largest * largest;
    return denominator == 0.0 ? 0.0 : trace / denominator;
  }

  /** Pseudo condition number given singular values in descending order. */
  static double pseudoConditionNumberFromSingularValues(INDArray singularValues) {
    double largest = singularValues.getDouble(0);
    double smallest = singularValues.getDouble(singularValues.length() - 1);
    return smallest == 0.0 ? 0.0 : largest / smallest;
  }
}
