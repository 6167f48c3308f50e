package dev.contrastive4j.runtime.metrics;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The SVD-based metrics of one batch of representations, all from a single thin SVD, like
 * TF-GNN's {@code AllSvdMetrics} (which reports numerical rank, RankMe and coherence; the pseudo
 * condition number needs only the same singular values, so it is included too).
 *
 * @param rankMe {@link Metrics#rankMe(INDArray)}
 * @param numericalRank {@link Metrics#numericalRank(INDArray)}
 * @param coherence {@link Metrics#coherence(INDArray)}
 * @param pseudoConditionNumber {@link Metrics#pseudoConditionNumber(INDArray)}
 */
public record SvdMetrics(double rankMe, double numericalRank, double coherence,
    double pseudoConditionNumber) {

  /**
   * Computes the four metrics of {@code x} from one SVD (singular values and left singular
   * vectors).
   *
   * @param x representations {@code [batch, dim]}, float32 or float64, finite
   * @return the metrics, equal to the single-metric functions of {@link Metrics}
   * @throws MetricException on invalid input
   */
  public static SvdMetrics of(INDArray x) {
    ThinSvd svd = ThinSvd.compute("SvdMetrics.of", x, true);
    INDArray sigma = svd.singularValues();
    return new SvdMetrics(
        Metrics.rankMeFromSingularValues(sigma, Metrics.RANKME_EPSILON),
        Metrics.numericalRank(x, sigma),
        Metrics.coherenceFromSingularVectors(svd.leftSingularVectors()),
        Metrics.pseudoConditionNumberFromSingularValues(sigma));
  }
}
