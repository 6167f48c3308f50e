package dev.contrastive4j.runtime.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Properties of the losses that hold without the golden file, and their input validation. */
class LossesTest {
  /** Columns with zero mean, unit population variance and zero correlation: a Hadamard matrix. */
  private static final double[][] DECORRELATED = {
      {1, 1, 1}, {1, -1, 1}, {-1, 1, 1}, {-1, -1, 1},
      {1, 1, -1}, {1, -1, -1}, {-1, 1, -1}, {-1, -1, -1}};

  private static INDArray random(long seed, int rows, int columns) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.randn(DataType.DOUBLE, rows, columns);
  }

  @Test
  void barlowTwinsOfIdenticalDecorrelatedViewsIsZero() {
    INDArray x = Nd4j.createFromArray(DECORRELATED);
    assertEquals(0.0, Losses.barlowTwins(x, x, null, false).getDouble(0), 0.0);
    // Standardizing divides by sqrt(1 + 1e-6), so the diagonal misses 1 by about 1e-6.
    double diagonalGap = 1.0 - 1.0 / (1.0 + Losses.STANDARDIZE_EPSILON);
    assertEquals(3 * diagonalGap * diagonalGap, Losses.barlowTwins(x, x).getDouble(0), 1e-20);
  }

  @Test
  void barlowTwinsIsLinearInLambda() {
    INDArray a = random(1, 32, 6);
    INDArray b = random(2, 32, 6);
    double diagonal = Losses.barlowTwins(a, b, 0.0, true).getDouble(0);
    double total = Losses.barlowTwins(a, b, 1.0, true).getDouble(0);
    assertTrue(total > diagonal, "the full sum includes the off-diagonal terms");
    assertEquals(0.7 * diagonal + 0.3 * total, Losses.barlowTwins(a, b, 0.3, true).getDouble(0),
        1e-12);
    assertEquals(Losses.barlowTwins(a, b, 1.0 / 6, true).getDouble(0),
        Losses.barlowTwins(a, b).getDouble(0), 1e-12, "default lambda is 1 / dim");
  }

  @Test
  void barlowTwinsIgnoresScaleAndShiftWhenNormalizing() {
    INDArray a = random(3, 16, 4);
    INDArray b = random(4, 16, 4);
    INDArray shiftedScaled = b.mul(10.0).addi(3.0);
    // Only the epsilon in the standardization tells the two apart.
    assertEquals(Losses.barlowTwins(a, b).getDouble(0),
        Losses.barlowTwins(a, shiftedScaled).getDouble(0), 1e-5);
  }

  @Test
  void lossesLeaveTheirInputsUnchanged() {
    INDArray a = random(5, 10, 3);
    INDArray b = random(6, 10, 3);
    INDArray aCopy = a.dup();
    INDArray bCopy = b.dup();
    Losses.barlowTwins(a, b);
    Losses.vicReg(a, b);
    Losses.triplet(a.getColumn(0), b.getColumn(0));
    assertEquals(aCopy, a);
    assertEquals(bCopy, b);
    // Per-pair contrastive losses are a new array even where they equal the inputs' values.
    INDArray distances = Nd4j.createFromArray(0.0, 3.0);
    INDArray perPair = Losses.contrastive(Nd4j.createFromArray(1, 0), distances, 1.0,
        Reduction.NONE);
    perPair.addi(7.0);
    assertArrayEquals(new double[] {0.0, 3.0}, distances.toDoubleVector(), 0.0);
  }

  @Test
  void vicRegInvarianceIsZeroForIdenticalViews() {
    INDArray x = random(7, 20, 5);
    assertEquals(0.0, Losses.vicReg(x, x, 1.0, 0.0, 0.0).getDouble(0), 0.0);
    INDArray y = x.add(0.5);
    assertEquals(0.25, Losses.vicReg(x, y, 1.0, 0.0, 0.0).getDouble(0), 1e-15,
        "mean squared difference");
  }

  @Test
  void vicRegVarianceTermPenalizesOnlyStandardDeviationsBelowOne() {
    INDArray wide = Nd4j.createFromArray(DECORRELATED).muli(2.0);
    assertEquals(0.0, Losses.vicReg(wide, wide, 0.0, 1.0, 0.0).getDouble(0), 0.0);
    INDArray collapsed = Nd4j.zeros(DataType.DOUBLE, 8, 3);
    double std = Math.sqrt(Losses.VARIANCE_EPSILON);
    // Both views pay (1 - std) in every dimension.
    assertEquals(2 * (1 - std), Losses.vicReg(collapsed, collapsed, 0.0, 1.0, 0.0).getDouble(0),
        1e-15);
  }

  @Test
  void vicRegCovarianceTermIsZeroForDecorrelatedColumns() {
    INDArray x = Nd4j.createFromArray(DECORRELATED);
    assertEquals(0.0, Losses.vicReg(x, x, 0.0, 0.0, 1.0).getDouble(0), 1e-30);
    // Two identical columns with variance 1: off-diagonal covariances 1 and 1, over dim 2, twice.
    INDArray twins = Nd4j.createFromArray(new double[][] {{1, 1}, {-1, -1}});
    assertEquals(2.0, Losses.vicReg(twins, twins, 0.0, 0.0, 1.0).getDouble(0), 1e-15);
  }

  @Test
  void vicRegDefaultsAreTfGnnWeights() {
    INDArray a = random(8, 12, 4);
    INDArray b = random(9, 12, 4);
    assertEquals(Losses.vicReg(a, b, 25, 25, 1).getDouble(0), Losses.vicReg(a, b).getDouble(0),
        0.0);
    double sum = Losses.vicReg(a, b, 25, 0, 0).getDouble(0)
        + Losses.vicReg(a, b, 0, 25, 0).getDouble(0) + Losses.vicReg(a, b, 0, 0, 1).getDouble(0);
    assertEquals(sum, Losses.vicReg(a, b).getDouble(0), 1e-12, "the terms add up");
  }

  @Test
  void tripletSumsHingesAtTheMargin() {
    INDArray positive = Nd4j.createFromArray(1.0, 2.0, 0.5);
    INDArray negative = Nd4j.createFromArray(3.0, 1.0, 1.0);
    // max(1-3+1, 0) + max(2-1+1, 0) + max(0.5-1+1, 0) = 0 + 2 + 0.5
    assertEquals(2.5, Losses.triplet(positive, negative).getDouble(0), 1e-15);
    // margin 0.25: 0 + 1.25 + 0
    assertEquals(1.25, Losses.triplet(positive, negative, 0.25).getDouble(0), 1e-15);
    assertEquals(DataType.FLOAT, Losses.triplet(positive.castTo(DataType.FLOAT),
        negative.castTo(DataType.FLOAT)).dataType());
  }

  @Test
  void contrastiveReductionsRelateByBatchSize() {
    INDArray labels = Nd4j.createFromArray(1, 0, 0, 1);
    INDArray distances = Nd4j.createFromArray(2.0, 0.25, 3.0, 0.0);
    INDArray perPair = Losses.contrastive(labels, distances, 1.0, Reduction.NONE);
    // similar: d^2; dissimilar: max(1 - d, 0)^2
    assertArrayEquals(new double[] {4.0, 0.5625, 0.0, 0.0}, perPair.toDoubleVector(), 1e-15);
    double sum = Losses.contrastive(labels, distances, 1.0, Reduction.SUM).getDouble(0);
    double mean = Losses.contrastive(labels, distances, 1.0, Reduction.SUM_OVER_BATCH_SIZE)
        .getDouble(0);
    assertEquals(4.5625, sum, 1e-15);
    assertEquals(sum / 4, mean, 1e-15);
    assertEquals(mean, Losses.contrastive(labels, distances).getDouble(0), 0.0);
  }

  @Test
  void contrastiveAcceptsBooleanAndFloatLabels() {
    INDArray distances = Nd4j.createFromArray(0.5f, 2.0f);
    INDArray bools = Nd4j.createFromArray(true, false);
    INDArray perPair = Losses.contrastive(bools, distances, 1.0, Reduction.NONE);
    assertEquals(DataType.FLOAT, perPair.dataType());
    assertArrayEquals(new double[] {0.25, 0.0}, perPair.toDoubleVector(), 1e-7);
    assertEquals(perPair, Losses.contrastive(Nd4j.createFromArray(1.0, 0.0), distances, 1.0,
        Reduction.NONE));
  }

  @Test
  void shapeMismatchNamesFunctionAndShapes() {
    LossException e = assertThrows(LossException.class,
        () -> Losses.barlowTwins(random(1, 8, 4), random(2, 8, 5)));
    assertTrue(e.getMessage().contains("Losses.barlowTwins"), e.getMessage());
    assertTrue(e.getMessage().contains("[8, 4]") && e.getMessage().contains("[8, 5]"),
        e.getMessage());
    e = assertThrows(LossException.class,
        () -> Losses.vicReg(random(1, 8, 4), random(2, 8, 4).castTo(DataType.FLOAT)));
    assertTrue(e.getMessage().contains("data type"), e.getMessage());
    e = assertThrows(LossException.class,
        () -> Losses.vicReg(Nd4j.createFromArray(1.0, 2.0), Nd4j.createFromArray(1.0, 2.0)));
    assertTrue(e.getMessage().contains("clean") && e.getMessage().contains("[batch, dim]"),
        e.getMessage());
    e = assertThrows(LossException.class, () -> Losses.triplet(Nd4j.createFromArray(1.0, 2.0),
        Nd4j.createFromArray(1.0, 2.0, 3.0)));
    assertTrue(e.getMessage().contains("Losses.triplet"), e.getMessage());
    e = assertThrows(LossException.class, () -> Losses.contrastive(Nd4j.createFromArray(1, 0),
        Nd4j.createFromArray(1.0, 2.0, 3.0)));
    assertTrue(e.getMessage().contains("labels and distances"), e.getMessage());
  }

  @Test
  void nonFiniteValuesAreNamedWithTheirPosition() {
    INDArray clean = random(1, 6, 3);
    INDArray corrupted = random(2, 6, 3);
    corrupted.putScalar(4, 2, Double.NaN);
    LossException e = assertThrows(LossException.class,
        () -> Losses.barlowTwins(clean, corrupted));
    assertTrue(e.getMessage().contains("corrupted contains NaN at [4, 2]"), e.getMessage());
    INDArray distances = Nd4j.createFromArray(1.0, Double.POSITIVE_INFINITY);
    e = assertThrows(LossException.class, () -> Losses.triplet(distances,
        Nd4j.createFromArray(1.0, 1.0)));
    assertTrue(e.getMessage().contains("positiveDistance contains Infinity at [1]"),
        e.getMessage());
    e = assertThrows(LossException.class,
        () -> Losses.barlowTwins(clean, clean, Double.NaN, true));
    assertTrue(e.getMessage().contains("lambda"), e.getMessage());
  }

  @Test
  void badArgumentsAreRejected() {
    INDArray x = random(1, 4, 2);
    assertTrue(assertThrows(LossException.class, () -> Losses.vicReg(x, x, 0, 0, 0))
        .getMessage().contains("non-zero"));
    assertTrue(assertThrows(LossException.class, () -> Losses.barlowTwins(null, x))
        .getMessage().contains("clean must not be null"));
    assertTrue(assertThrows(LossException.class,
        () -> Losses.barlowTwins(x.castTo(DataType.INT32), x.castTo(DataType.INT32)))
        .getMessage().contains("FLOAT or DOUBLE"));
    INDArray labels = Nd4j.createFromArray(1, 2);
    INDArray distances = Nd4j.createFromArray(1.0, 2.0);
    assertTrue(assertThrows(LossException.class,
        () -> Losses.contrastive(labels, distances, 1.0, Reduction.SUM))
        .getMessage().contains("labels must be 0 or 1, got 2.0 at [1]"));
    assertTrue(assertThrows(LossException.class, () -> Losses.contrastive(
        Nd4j.createFromArray(1, 0), distances, -0.5, Reduction.SUM))
        .getMessage().contains("margin"));
    assertTrue(assertThrows(LossException.class, () -> Losses.contrastive(
        Nd4j.createFromArray(1, 0), distances, 1.0, null))
        .getMessage().contains("reduction"));
  }

  @Test
  void errorsNameTheLossesFunctionNotItsTapeForm() {
    INDArray x = random(1, 4, 2);
    INDArray vector = Nd4j.createFromArray(1.0, 2.0);
    assertMessage("Losses.barlowTwins: clean must not be null", () -> Losses.barlowTwins(null, x));
    assertMessage("Losses.barlowTwins: lambda must be finite, got NaN",
        () -> Losses.barlowTwins(x, x, Double.NaN, true));
    assertMessage("Losses.vicReg: corrupted must be a [batch, dim] matrix, got shape [2]",
        () -> Losses.vicReg(x, vector));
    assertMessage("Losses.vicReg: at least one of simWeight, varWeight, covWeight must be"
        + " non-zero", () -> Losses.vicReg(x, x, 0, 0, 0));
    assertMessage("Losses.triplet: negativeDistance must not be null",
        () -> Losses.triplet(vector, null));
    assertMessage("Losses.triplet: margin must be finite, got Infinity",
        () -> Losses.triplet(vector, vector, Double.POSITIVE_INFINITY));
    assertMessage("Losses.contrastive: distances must not be null",
        () -> Losses.contrastive(Nd4j.createFromArray(1, 0), null));
    assertMessage("Losses.contrastive: margin must be a finite number >= 0, got -0.5",
        () -> Losses.contrastive(Nd4j.createFromArray(1, 0), vector, -0.5, Reduction.SUM));
  }

  private static void assertMessage(String message, Executable call) {
    assertEquals(message, assertThrows(LossException.class, call).getMessage());
  }
}
