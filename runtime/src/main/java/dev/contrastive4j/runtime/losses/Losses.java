package dev.contrastive4j.runtime.losses;

import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Self-supervised contrastive losses as plain functions on {@link INDArray}s, following the
 * formulas of TF-GNN's {@code contrastive_losses/losses.py} and TF-Addons' margin contrastive
 * loss. Representations are {@code [batch, dim]} matrices; float32 and float64 are supported and
 * the result has the input's data type. Every loss returns a new array and leaves its inputs
 * unchanged.
 *
 * <p>Each loss evaluates the formula of its differentiable form in {@link TapeLosses} on an
 * inference tape (which records nothing), so each formula is written once, and errors name the
 * {@code Losses} function and the argument at fault.
 */
public final class Losses {
  /** VICReg's default weight of the invariance (similarity) term. */
  public static final double VICREG_SIM_WEIGHT = 25.0;
  /** VICReg's default weight of the variance term. */
  public static final double VICREG_VAR_WEIGHT = 25.0;
  /** VICReg's default weight of the covariance term. */
  public static final double VICREG_COV_WEIGHT = 1.0;
  /** The default margin of the triplet loss and of the margin contrastive loss. */
  public static final double DEFAULT_MARGIN = 1.0;

  /** Added to the per-dimension variance before the square root when standardizing a batch. */
  static final double STANDARDIZE_EPSILON = 1e-6;
  /** Added to the per-dimension variance in VICReg's variance term. */
  static final double VARIANCE_EPSILON = 1e-4;

  private Losses() {}

  /**
   * Barlow Twins loss with TF-GNN's defaults: {@code lambda = 1 / dim}, batch standardization on.
   *
   * @see #barlowTwins(INDArray, INDArray, Double, boolean)
   */
  public static INDArray barlowTwins(INDArray clean, INDArray corrupted) {
    return barlowTwins(clean, corrupted, null, true);
  }

  /**
   * Barlow Twins loss (Zbontar et al., 2021, arXiv:2103.03230). With {@code C = a^T b / batch} the
   * cross-correlation of the two (optionally standardized) views, the loss is
   * {@code (1 - lambda) * sum_i (C_ii - 1)^2 + lambda * sum_ij (C - I)_ij^2}, which equals the
   * paper's on-diagonal term plus {@code lambda} times the off-diagonal term. Its scale depends on
   * the batch size.
   *
   * <p>This is TF-GNN's formula. The papers' code differs in small ways, kept out on purpose so
   * that the golden values hold: the Barlow Twins paper standardizes with a batch norm layer
   * (epsilon 1e-5, not 1e-6) and uses {@code lambda = 5e-3}, tuned for 8192 dimensions; Graph
   * Barlow Twins divides by the sample standard deviation (divisor {@code batch - 1}) plus
   * 1e-15. All divide the cross-correlation by {@code batch}.
   *
   * @param clean representations of the clean view, {@code [batch, dim]}
   * @param corrupted representations of the corrupted view, same shape and type
   * @param lambda weight of the off-diagonal (redundancy reduction) term; {@code null} means
   *     {@code 1 / dim}
   * @param normalizeBatch whether to standardize each dimension over the batch first (zero mean,
   *     unit variance with an epsilon of 1e-6)
   * @return the loss as a scalar array of the input's data type
   * @throws LossException on null, empty, non-matrix, non-finite or mismatched inputs, or a
   *     non-finite {@code lambda}
   */
  public static INDArray barlowTwins(INDArray clean, INDArray corrupted, Double lambda,
      boolean normalizeBatch) {
    Tape tape = Tape.inference();
    return TapeLosses.barlowTwins("Losses.barlowTwins", constant(tape, clean),
        constant(tape, corrupted), lambda, normalizeBatch).value();
  }

  /**
   * VICReg loss with TF-GNN's default weights 25 (invariance), 25 (variance), 1 (covariance).
   *
   * @see #vicReg(INDArray, INDArray, double, double, double)
   */
  public static INDArray vicReg(INDArray clean, INDArray corrupted) {
    return vicReg(clean, corrupted, VICREG_SIM_WEIGHT, VICREG_VAR_WEIGHT, VICREG_COV_WEIGHT);
  }

  /**
   * VICReg loss (Bardes et al., 2022, arXiv:2105.04906): {@code simWeight} times the mean squared
   * difference of the two views, plus for each view {@code varWeight} times the mean over
   * dimensions of {@code relu(1 - sqrt(var + 1e-4))} (population variance over the batch), plus
   * for each view {@code covWeight} times the sum of the squared off-diagonal entries of its
   * covariance matrix (centered, divided by the batch size) divided by {@code dim}. As in TF-GNN,
   * a term whose weight is exactly zero is not computed.
   *
   * <p>This is TF-GNN's formula, which divides variance and covariance by {@code batch}. The
   * VICReg paper divides both by {@code batch - 1} (PyTorch's default variance), and its
   * reference code also halves the sum of the two variance terms (the same as half the
   * {@code varWeight}). Kept on purpose, so that the golden values hold; the divisor changes the
   * variances by a factor {@code batch / (batch - 1)}, negligible for batches of hundreds.
   *
   * @param clean representations of the clean view, {@code [batch, dim]}
   * @param corrupted representations of the corrupted view, same shape and type
   * @param simWeight weight of the invariance term
   * @param varWeight weight of the variance terms
   * @param covWeight weight of the covariance terms
   * @return the loss as a scalar array of the input's data type
   * @throws LossException on invalid inputs, non-finite weights, or if all weights are zero
   */
  public static INDArray vicReg(INDArray clean, INDArray corrupted, double simWeight,
      double varWeight, double covWeight) {
    Tape tape = Tape.inference();
    return TapeLosses.vicReg("Losses.vicReg", constant(tape, clean), constant(tape, corrupted),
        simWeight, varWeight, covWeight).value();
  }

  /**
   * Triplet loss with the default margin 1.
   *
   * @see #triplet(INDArray, INDArray, double)
   */
  public static INDArray triplet(INDArray positiveDistance, INDArray negativeDistance) {
    return triplet(positiveDistance, negativeDistance, DEFAULT_MARGIN);
  }

  /**
   * Triplet loss (Schroff et al., 2015, arXiv:1503.03832) as in TF-GNN: the sum over triplets of
   * {@code max(positiveDistance - negativeDistance + margin, 0)}. A triplet contributes nothing
   * once its negative is farther than its positive by at least {@code margin}. TF-GNN's triplet
   * task feeds the mean over dimensions of squared differences (squared Euclidean distances
   * divided by {@code dim}; see {@link TapeLosses#squaredDistance}).
   *
   * @param positiveDistance distances anchor-positive, e.g. {@code [batch]}
   * @param negativeDistance distances anchor-negative, same shape and type
   * @param margin the margin; any finite value
   * @return the summed loss as a scalar array of the input's data type
   * @throws LossException on null, empty, non-finite or mismatched inputs or a non-finite margin
   */
  public static INDArray triplet(INDArray positiveDistance, INDArray negativeDistance,
      double margin) {
    Tape tape = Tape.inference();
    return TapeLosses.triplet("Losses.triplet", constant(tape, positiveDistance),
        constant(tape, negativeDistance), margin).value();
  }

  /**
   * Margin contrastive loss with margin 1 and Keras' default reduction
   * {@link Reduction#SUM_OVER_BATCH_SIZE}.
   *
   * @see #contrastive(INDArray, INDArray, double, Reduction)
   */
  public static INDArray contrastive(INDArray labels, INDArray distances) {
    return contrastive(labels, distances, DEFAULT_MARGIN, Reduction.SUM_OVER_BATCH_SIZE);
  }

  /**
   * Margin contrastive loss of Hadsell, Chopra and LeCun (2006), as TF-Addons'
   * {@code ContrastiveLoss}: per pair {@code y * d^2 + (1 - y) * max(margin - d, 0)^2}, where
   * {@code y = 1} marks a similar pair and {@code d} is the distance of its two embeddings;
   * then reduced. Labels are cast to the distances' data type.
   *
   * @param labels 1 for similar and 0 for dissimilar pairs; any numeric or boolean type, same
   *     shape as {@code distances}; every value must be 0 or 1
   * @param distances the pairs' distances, float32 or float64, e.g. {@code [batch]}
   * @param margin the distance beyond which dissimilar pairs cost nothing; finite and {@code >= 0}
   * @param reduction {@link Reduction#NONE} returns one value per pair (shape of
   *     {@code distances}), {@link Reduction#SUM} their sum, {@link Reduction#SUM_OVER_BATCH_SIZE}
   *     their sum divided by the number of pairs
   * @return the per-pair losses or their reduction as a scalar, in the distances' data type
   * @throws LossException on null, empty, non-finite or mismatched inputs, labels other than 0
   *     and 1, a negative or non-finite margin, or a null reduction
   */
  public static INDArray contrastive(INDArray labels, INDArray distances, double margin,
      Reduction reduction) {
    Tape tape = Tape.inference();
    return TapeLosses.contrastive("Losses.contrastive", labels, constant(tape, distances), margin,
        reduction).value();
  }

  /**
   * The array as a constant of the tape; a null array stays null so that the tape form's checks
   * report it by name.
   */
  private static Tensor constant(Tape tape, INDArray x) {
    return x == null ? null : tape.constant(x);
  }
}
