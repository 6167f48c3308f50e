package dev.contrastive4j.runtime.losses;

import static dev.contrastive4j.api.tensor.Ops.add;
import static dev.contrastive4j.api.tensor.Ops.div;
import static dev.contrastive4j.api.tensor.Ops.matmul;
import static dev.contrastive4j.api.tensor.Ops.mean;
import static dev.contrastive4j.api.tensor.Ops.mul;
import static dev.contrastive4j.api.tensor.Ops.neg;
import static dev.contrastive4j.api.tensor.Ops.relu;
import static dev.contrastive4j.api.tensor.Ops.sqrt;
import static dev.contrastive4j.api.tensor.Ops.square;
import static dev.contrastive4j.api.tensor.Ops.sub;
import static dev.contrastive4j.api.tensor.Ops.sum;
import static dev.contrastive4j.api.tensor.Ops.variance;

import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.ArrayChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The losses as differentiable functions on the tape, and the one place their formulas are
 * written: each method composes {@link dev.contrastive4j.api.tensor.Ops} step by step in the
 * order of the TF-GNN reference, and {@link Tape#backward} yields its gradients. {@link Losses}
 * evaluates these same methods on an inference tape, so the INDArray and tape forms cannot drift
 * apart. Errors name the {@code TapeLosses} function and the argument at fault.
 */
public final class TapeLosses {
  /** The argument checks of the losses package, failing with {@link LossException}. */
  static final ArrayChecks CHECKS = new ArrayChecks(LossException::new);

  private TapeLosses() {}

  /**
   * Barlow Twins loss with TF-GNN's defaults: {@code lambda = 1 / dim}, batch standardization on.
   *
   * @see #barlowTwins(Tensor, Tensor, Double, boolean)
   */
  public static Tensor barlowTwins(Tensor clean, Tensor corrupted) {
    return barlowTwins(clean, corrupted, null, true);
  }

  /**
   * Barlow Twins loss, differentiable in both views; the formula documented at {@link
   * Losses#barlowTwins(INDArray, INDArray, Double, boolean)}.
   *
   * @param clean representations of the clean view, {@code [batch, dim]}
   * @param corrupted representations of the corrupted view, same shape and type, same tape
   * @param lambda weight of the off-diagonal term; {@code null} means {@code 1 / dim}
   * @param normalizeBatch whether to standardize each dimension over the batch first
   * @return the loss, a rank-0 tensor of the input's data type
   * @throws LossException on null, empty, non-matrix, non-finite or mismatched inputs, or a
   *     non-finite {@code lambda}
   */
  public static Tensor barlowTwins(Tensor clean, Tensor corrupted, Double lambda,
      boolean normalizeBatch) {
    return barlowTwins("TapeLosses.barlowTwins", clean, corrupted, lambda, normalizeBatch);
  }

  /** {@link #barlowTwins(Tensor, Tensor, Double, boolean)}; errors name {@code function}. */
  static Tensor barlowTwins(String function, Tensor clean, Tensor corrupted, Double lambda,
      boolean normalizeBatch) {
    checkViews(function, clean, corrupted);
    if (lambda != null) {
      CHECKS.finite(function, "lambda", lambda);
    }
    Tensor a = normalizeBatch ? standardize(clean) : clean;
    Tensor b = normalizeBatch ? standardize(corrupted) : corrupted;
    long batch = a.size(0);
    long dim = a.size(1);
    double offDiagonalWeight = lambda == null ? 1.0 / dim : lambda;

    Tensor correlation = divide(matmul(a, b, true, false), batch);
    Tensor identity = identity(a.tape(), dim, a.dataType());
    Tensor lossMatrix = square(sub(correlation, identity));
    Tensor diagonalSum = sum(mul(lossMatrix, identity));
    Tensor totalSum = sum(lossMatrix);
    return add(mul(diagonalSum, 1.0 - offDiagonalWeight), mul(totalSum, offDiagonalWeight));
  }

  /**
   * VICReg loss with TF-GNN's default weights 25 (invariance), 25 (variance), 1 (covariance).
   *
   * @see #vicReg(Tensor, Tensor, double, double, double)
   */
  public static Tensor vicReg(Tensor clean, Tensor corrupted) {
    return vicReg(clean, corrupted, Losses.VICREG_SIM_WEIGHT, Losses.VICREG_VAR_WEIGHT,
        Losses.VICREG_COV_WEIGHT);
  }

  /**
   * VICReg loss, differentiable in both views; the formula documented at {@link
   * Losses#vicReg(INDArray, INDArray, double, double, double)}. A term whose weight is exactly
   * zero is not computed.
   *
   * @param clean representations of the clean view, {@code [batch, dim]}
   * @param corrupted representations of the corrupted view, same shape and type, same tape
   * @param simWeight weight of the invariance term
   * @param varWeight weight of the variance terms
   * @param covWeight weight of the covariance terms
   * @return the loss, a rank-0 tensor of the input's data type
   * @throws LossException on invalid inputs, non-finite weights, or if all weights are zero
   */
  public static Tensor vicReg(Tensor clean, Tensor corrupted, double simWeight,
      double varWeight, double covWeight) {
    return vicReg("TapeLosses.vicReg", clean, corrupted, simWeight, varWeight, covWeight);
  }

  /** {@link #vicReg(Tensor, Tensor, double, double, double)}; errors name {@code function}. */
  static Tensor vicReg(String function, Tensor clean, Tensor corrupted, double simWeight,
      double varWeight, double covWeight) {
    checkViews(function, clean, corrupted);
    CHECKS.finite(function, "simWeight", simWeight);
    CHECKS.finite(function, "varWeight", varWeight);
    CHECKS.finite(function, "covWeight", covWeight);
    if (simWeight == 0.0 && varWeight == 0.0 && covWeight == 0.0) {
      throw new LossException(function + ": at least one of simWeight, varWeight, covWeight"
          + " must be non-zero");
    }
    List<Tensor> terms = new ArrayList<>();
    if (simWeight != 0.0) {
      terms.add(mul(mean(square(sub(clean, corrupted))), simWeight));
    }
    if (varWeight != 0.0) {
      terms.add(mul(varianceTerm(clean), varWeight));
      terms.add(mul(varianceTerm(corrupted), varWeight));
    }
    if (covWeight != 0.0) {
      terms.add(mul(covarianceTerm(clean), covWeight));
      terms.add(mul(covarianceTerm(corrupted), covWeight));
    }
    Tensor loss = terms.get(0);
    for (int i = 1; i < terms.size(); i++) {
      loss = add(loss, terms.get(i));
    }
    return loss;
  }

  /**
   * The distances TF-GNN's triplet task feeds its loss (its layer
   * {@code TripletEmbeddingSquaredDistances}): per row, the MEAN over dimensions of the squared
   * differences, {@code mean_j (b_ij - a_ij)^2}, i.e. the squared Euclidean distance divided by
   * {@code dim}. Differentiable in both arguments.
   *
   * @param a e.g. the anchors' representations, {@code [batch, dim]}
   * @param b e.g. the positives' or negatives' representations, same shape and type, same tape
   * @return the distances, {@code [batch]}
   * @throws LossException on null, empty, non-matrix, non-finite or mismatched inputs
   */
  public static Tensor squaredDistance(Tensor a, Tensor b) {
    String function = "TapeLosses.squaredDistance";
    INDArray av = valueOrNull(a);
    INDArray bv = valueOrNull(b);
    CHECKS.matrix(function, "a", av);
    CHECKS.matrix(function, "b", bv);
    CHECKS.sameShapeAndType(function, "a", av, "b", bv);
    sameTape(function, "a", a, "b", b);
    return mean(square(sub(b, a)), 1, false);
  }

  /**
   * Triplet loss with the default margin 1.
   *
   * @see #triplet(Tensor, Tensor, double)
   */
  public static Tensor triplet(Tensor positiveDistance, Tensor negativeDistance) {
    return triplet(positiveDistance, negativeDistance, Losses.DEFAULT_MARGIN);
  }

  /**
   * Triplet loss, differentiable in both distances; the formula documented at {@link
   * Losses#triplet(INDArray, INDArray, double)}: the sum of
   * {@code max(positiveDistance - negativeDistance + margin, 0)} (gradient 0 at the kink).
   *
   * @param positiveDistance distances anchor-positive, e.g. {@code [batch]} from {@link
   *     #squaredDistance}
   * @param negativeDistance distances anchor-negative, same shape and type, same tape
   * @param margin the margin; any finite value
   * @return the summed loss, a rank-0 tensor of the input's data type
   * @throws LossException on null, empty, non-finite or mismatched inputs or a non-finite margin
   */
  public static Tensor triplet(Tensor positiveDistance, Tensor negativeDistance, double margin) {
    return triplet("TapeLosses.triplet", positiveDistance, negativeDistance, margin);
  }

  /** {@link #triplet(Tensor, Tensor, double)}; errors name {@code function}. */
  static Tensor triplet(String function, Tensor positiveDistance, Tensor negativeDistance,
      double margin) {
    INDArray positive = valueOrNull(positiveDistance);
    INDArray negative = valueOrNull(negativeDistance);
    CHECKS.floats(function, "positiveDistance", positive);
    CHECKS.floats(function, "negativeDistance", negative);
    CHECKS.sameShapeAndType(function, "positiveDistance", positive, "negativeDistance",
        negative);
    sameTape(function, "positiveDistance", positiveDistance, "negativeDistance",
        negativeDistance);
    CHECKS.finite(function, "margin", margin);
    Tensor shortfall = add(sub(positiveDistance, negativeDistance), margin);
    return sum(relu(shortfall));
  }

  /**
   * Margin contrastive loss with margin 1 and the reduction {@link Reduction#SUM_OVER_BATCH_SIZE}.
   *
   * @see #contrastive(INDArray, Tensor, double, Reduction)
   */
  public static Tensor contrastive(INDArray labels, Tensor distances) {
    return contrastive(labels, distances, Losses.DEFAULT_MARGIN, Reduction.SUM_OVER_BATCH_SIZE);
  }

  /**
   * Margin contrastive loss, differentiable in the distances; the formula documented at {@link
   * Losses#contrastive(INDArray, INDArray, double, Reduction)}: per pair
   * {@code y * d^2 + (1 - y) * max(margin - d, 0)^2}, then reduced.
   *
   * @param labels 1 for similar and 0 for dissimilar pairs (constants); any numeric or boolean
   *     type, same shape as {@code distances}
   * @param distances the pairs' distances, float32 or float64
   * @param margin the distance beyond which dissimilar pairs cost nothing; finite and {@code >= 0}
   * @param reduction {@link Reduction#NONE} keeps one value per pair, {@link Reduction#SUM} sums
   *     them, {@link Reduction#SUM_OVER_BATCH_SIZE} divides the sum by the number of pairs
   * @return the per-pair losses or their reduction as a rank-0 tensor, in the distances' type
   * @throws LossException on null, empty, non-finite or mismatched inputs, labels other than 0
   *     and 1, a negative or non-finite margin, or a null reduction
   */
  public static Tensor contrastive(INDArray labels, Tensor distances, double margin,
      Reduction reduction) {
    return contrastive("TapeLosses.contrastive", labels, distances, margin, reduction);
  }

  /** {@link #contrastive(INDArray, Tensor, double, Reduction)}; errors name {@code function}. */
  static Tensor contrastive(String function, INDArray labels, Tensor distances, double margin,
      Reduction reduction) {
    INDArray d = valueOrNull(distances);
    CHECKS.floats(function, "distances", d);
    checkBinaryLabels(function, labels, d);
    CHECKS.nonNegative(function, "margin", margin);
    if (reduction == null) {
      throw new LossException(function + ": reduction must not be null");
    }
    Tape tape = distances.tape();
    INDArray y = labels.castTo(d.dataType()).dup();
    Tensor similar = tape.constant(y);
    Tensor dissimilar = tape.constant(y.rsub(1.0));
    Tensor attraction = mul(mul(similar, distances), distances);
    Tensor hinge = relu(add(neg(distances), margin));
    Tensor repulsion = mul(mul(dissimilar, hinge), hinge);
    Tensor perPair = add(attraction, repulsion);
    return switch (reduction) {
      case NONE -> perPair;
      case SUM -> sum(perPair);
      case SUM_OVER_BATCH_SIZE -> divide(sum(perPair), perPair.length());
    };
  }

  /**
   * Standardizes each column over the batch as TF-GNN's batch normalization: subtract the mean,
   * divide by {@code sqrt(variance + 1e-6)} (population variance).
   */
  static Tensor standardize(Tensor x) {
    Tensor centered = sub(x, mean(x, 0, true));
    Tensor scale = sqrt(add(variance(x, 0, true), Losses.STANDARDIZE_EPSILON));
    return div(centered, scale);
  }

  /** VICReg's variance term: the mean over dimensions of {@code relu(1 - sqrt(var + 1e-4))}. */
  static Tensor varianceTerm(Tensor x) {
    Tensor std = sqrt(add(variance(x, 0, false), Losses.VARIANCE_EPSILON));
    return mean(relu(add(neg(std), 1.0)));
  }

  /** VICReg's covariance term: squared off-diagonal covariances summed, divided by dim. */
  static Tensor covarianceTerm(Tensor x) {
    long batch = x.size(0);
    long dim = x.size(1);
    Tensor centered = sub(x, mean(x, 0, true));
    Tensor covariance = divide(matmul(centered, centered, true, false), batch);
    Tensor offDiagonal = mul(covariance, x.tape().constant(
        Nd4j.eye(dim).castTo(x.dataType()).rsubi(1.0)));
    return divide(sum(square(offDiagonal)), dim);
  }

  /** {@code x / divisor}, divided rather than multiplied by a reciprocal, as the reference does. */
  private static Tensor divide(Tensor x, double divisor) {
    return div(x, x.tape().constant(Nd4j.scalar(x.dataType(), divisor)));
  }

  private static Tensor identity(Tape tape, long dim, DataType type) {
    return tape.constant(Nd4j.eye(dim).castTo(type));
  }

  /** Both views are finite float matrices of one shape and data type, on one tape. */
  private static void checkViews(String function, Tensor clean, Tensor corrupted) {
    INDArray a = valueOrNull(clean);
    INDArray b = valueOrNull(corrupted);
    CHECKS.matrix(function, "clean", a);
    CHECKS.matrix(function, "corrupted", b);
    CHECKS.sameShapeAndType(function, "clean", a, "corrupted", b);
    sameTape(function, "clean", clean, "corrupted", corrupted);
  }

  /** Labels are numeric or boolean, shaped like the distances, and every value is 0 or 1. */
  private static void checkBinaryLabels(String function, INDArray labels, INDArray distances) {
    if (labels == null) {
      throw new LossException(function + ": labels must not be null");
    }
    DataType type = labels.dataType();
    if (!type.isNumerical() && type != DataType.BOOL) {
      throw new LossException(function + ": labels must be numeric or boolean, got " + type);
    }
    if (!Arrays.equals(labels.shape(), distances.shape())) {
      throw new LossException(function + ": labels and distances must have the same shape, got "
          + Arrays.toString(labels.shape()) + " and " + Arrays.toString(distances.shape()));
    }
    double[] values = Nd4j.toFlattened('c', labels.castTo(DataType.DOUBLE)).toDoubleVector();
    for (int i = 0; i < values.length; i++) {
      double y = values[i];
      if (y != 0.0 && y != 1.0) {
        throw new LossException(function + ": labels must be 0 or 1, got " + y + " at "
            + Arrays.toString(ArrayChecks.position(labels.shape(), i)));
      }
    }
  }

  private static void sameTape(String function, String nameA, Tensor a, String nameB,
      Tensor b) {
    if (a.tape() != b.tape()) {
      throw new LossException(function + ": " + nameA + " and " + nameB
          + " were made on different tapes");
    }
  }

  /** The tensor's value, or null for a null tensor, which the checks then report by name. */
  private static INDArray valueOrNull(Tensor t) {
    return t == null ? null : t.value();
  }
}
