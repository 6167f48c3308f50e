package dev.contrastive4j.runtime.losses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.testing.GoldenData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Values of the tape losses, which {@link Losses} also evaluates: against the golden TF-GNN
 * cases, against {@link TextbookLosses} (the papers' formulas in plain loops) on random inputs to
 * 1e-12 (relative) in float64, and against small cases computed by hand; and their input
 * validation.
 */
class TapeLossesTest {
  private static final double SAME_VALUE = 1e-12;
  private static final double GOLDEN_TOLERANCE = 1e-6;

  /** A dense loss on the tape and as the textbook states it, with a name for the report. */
  private record ViewLoss(String key, BiFunction<Tensor, Tensor, Tensor> tensors,
      BiFunction<double[][], double[][], Double> textbook) {}

  /** The golden keys of a dense case, each with its tape and textbook form. */
  private static final List<ViewLoss> GOLDEN_LOSSES = List.of(
      new ViewLoss("barlow_twins", TapeLosses::barlowTwins,
          (a, b) -> TextbookLosses.barlowTwins(a, b, null, true)),
      new ViewLoss("barlow_twins_lambda_0.005",
          (a, b) -> TapeLosses.barlowTwins(a, b, 0.005, true),
          (a, b) -> TextbookLosses.barlowTwins(a, b, 0.005, true)),
      new ViewLoss("barlow_twins_unnormalized",
          (a, b) -> TapeLosses.barlowTwins(a, b, null, false),
          (a, b) -> TextbookLosses.barlowTwins(a, b, null, false)),
      new ViewLoss("vicreg", TapeLosses::vicReg,
          (a, b) -> TextbookLosses.vicReg(a, b, 25.0, 25.0, 1.0)),
      new ViewLoss("vicreg_sim1_var0_cov0.5",
          (a, b) -> TapeLosses.vicReg(a, b, 1.0, 0.0, 0.5),
          (a, b) -> TextbookLosses.vicReg(a, b, 1.0, 0.0, 0.5)));

  /** Further settings compared on random inputs. */
  private static final List<ViewLoss> MORE_LOSSES = List.of(
      new ViewLoss("barlow_twins_lambda_0.3_unnormalized",
          (a, b) -> TapeLosses.barlowTwins(a, b, 0.3, false),
          (a, b) -> TextbookLosses.barlowTwins(a, b, 0.3, false)),
      new ViewLoss("vicreg_sim0", (a, b) -> TapeLosses.vicReg(a, b, 0.0, 25.0, 1.0),
          (a, b) -> TextbookLosses.vicReg(a, b, 0.0, 25.0, 1.0)),
      new ViewLoss("vicreg_var0", (a, b) -> TapeLosses.vicReg(a, b, 25.0, 0.0, 1.0),
          (a, b) -> TextbookLosses.vicReg(a, b, 25.0, 0.0, 1.0)),
      new ViewLoss("vicreg_cov0", (a, b) -> TapeLosses.vicReg(a, b, 25.0, 25.0, 0.0),
          (a, b) -> TextbookLosses.vicReg(a, b, 25.0, 25.0, 0.0)));

  // ------------------------------------------------------------------ values: golden cases

  @TestFactory
  Stream<DynamicTest> denseGoldenCasesMatchTheReference() {
    JsonNode dense = GoldenData.contrastiveReference().get("dense");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : dense) {
      INDArray a = GoldenData.matrix(c.get("a"));
      INDArray b = GoldenData.matrix(c.get("b"));
      String shape = c.get("n").asInt() + "x" + c.get("d").asInt();
      for (ViewLoss loss : GOLDEN_LOSSES) {
        tests.add(DynamicTest.dynamicTest(loss.key + " " + shape, () -> {
          double tape = assertSameAsTextbook(loss, a, b);
          assertRelative(GoldenData.number(c, loss.key), tape, GOLDEN_TOLERANCE, loss.key);
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void goldenTripletMatchesTheReference() {
    JsonNode pairs = GoldenData.contrastiveReference().get("pairs");
    INDArray positive = GoldenData.vector(pairs.get("triplet_pos"));
    INDArray negative = GoldenData.vector(pairs.get("triplet_neg"));
    Tape tape = new Tape();
    Tensor p = tape.leaf(positive);
    Tensor n = tape.leaf(negative);
    assertRelative(GoldenData.number(pairs, "triplet_margin_1"), TapeLosses.triplet(p, n).item(),
        GOLDEN_TOLERANCE, "triplet_margin_1");
    assertRelative(GoldenData.number(pairs, "triplet_margin_0.5"),
        TapeLosses.triplet(p, n, 0.5).item(), GOLDEN_TOLERANCE, "triplet_margin_0.5");
  }

  @Test
  void goldenContrastiveMatchesTheReference() {
    JsonNode pairs = GoldenData.contrastiveReference().get("pairs");
    INDArray labels = GoldenData.vector(pairs.get("contrastive_y"));
    INDArray distances = GoldenData.vector(pairs.get("contrastive_d"));
    Tensor d = new Tape().leaf(distances);

    INDArray perPair = TapeLosses.contrastive(labels, d, 1.0, Reduction.NONE).value();
    INDArray golden = GoldenData.vector(pairs.get("contrastive_none_margin_1"));
    assertEquals(golden.length(), perPair.length());
    for (int i = 0; i < golden.length(); i++) {
      assertEquals(golden.getDouble(i), perPair.getDouble(i),
          GOLDEN_TOLERANCE * Math.max(1.0, Math.abs(golden.getDouble(i))), "pair " + i);
    }
    assertRelative(GoldenData.number(pairs, "contrastive_mean_margin_1"),
        TapeLosses.contrastive(labels, d).item(), GOLDEN_TOLERANCE, "contrastive_mean_margin_1");
    assertRelative(GoldenData.number(pairs, "contrastive_sum_margin_2"),
        TapeLosses.contrastive(labels, d, 2.0, Reduction.SUM).item(), GOLDEN_TOLERANCE,
        "contrastive_sum_margin_2");
  }

  // ------------------------------------------------------------------ values: by hand

  @Test
  void barlowTwinsOfATwoByTwoCaseComputedByHand() {
    // a^T b / 2 = [[0.5, 1.5], [1, 2]]: on-diagonal (1 - 0.5)^2 + (1 - 2)^2 = 1.25,
    // off-diagonal 1.5^2 + 1^2 = 3.25, so 1.25 + 0.1 * 3.25.
    double[][] a = {{1, 2}, {3, 4}};
    double[][] b = {{1, 0}, {0, 1}};
    Tape tape = Tape.inference();
    Tensor loss = TapeLosses.barlowTwins(tape.constant(Nd4j.createFromArray(a)),
        tape.constant(Nd4j.createFromArray(b)), 0.1, false);
    assertEquals(1.575, loss.item(), 1e-15);
    assertEquals(1.575, TextbookLosses.barlowTwins(a, b, 0.1, false), 1e-15);
  }

  @Test
  void vicRegOfATwoByTwoCaseComputedByHand() {
    // a - b = [[0, 1], [0, -1]]: invariance 0.5. Column variances: a (1, 1), b (1, 0), so only
    // b's second column pays 1 - sqrt(1e-4) = 0.99, over 2 dimensions: 0.495. Covariances: a's
    // columns are equal, off-diagonal 1 twice, over 2 dimensions: 1; b's are 0.
    // 25 * 0.5 + 25 * 0.495 + 1 * 1 = 25.875.
    double[][] a = {{1, 1}, {-1, -1}};
    double[][] b = {{1, 0}, {-1, 0}};
    Tape tape = Tape.inference();
    Tensor loss = TapeLosses.vicReg(tape.constant(Nd4j.createFromArray(a)),
        tape.constant(Nd4j.createFromArray(b)));
    assertEquals(25.875, loss.item(), 1e-12);
    assertEquals(25.875, TextbookLosses.vicReg(a, b, 25, 25, 1), 1e-12);
  }

  // ------------------------------------------------------------------ values: random inputs

  @TestFactory
  Stream<DynamicTest> randomViewsMatchTheTextbookFormulas() {
    List<DynamicTest> tests = new ArrayList<>();
    int[][] shapes = {{7, 5}, {16, 8}, {3, 12}, {40, 6}};
    for (int s = 0; s < shapes.length; s++) {
      int rows = shapes[s][0];
      int columns = shapes[s][1];
      INDArray a = TapeLossInputs.gaussian(100 + s, rows, columns, 1.0);
      INDArray b = a.add(TapeLossInputs.gaussian(200 + s, rows, columns, 0.7));
      List<ViewLoss> all = new ArrayList<>(GOLDEN_LOSSES);
      all.addAll(MORE_LOSSES);
      for (ViewLoss loss : all) {
        tests.add(DynamicTest.dynamicTest(loss.key + " " + rows + "x" + columns,
            () -> assertSameAsTextbook(loss, a, b)));
      }
    }
    return tests.stream();
  }

  @Test
  void randomTripletMatchesTheTextbookFormula() {
    INDArray positive = TapeLossInputs.gaussian(3, 1, 30, 1.0).reshape(30);
    INDArray negative = TapeLossInputs.gaussian(4, 1, 30, 1.0).reshape(30);
    Tape tape = new Tape();
    for (double margin : new double[] {0.0, 0.5, 1.0, -0.3}) {
      double value = TapeLosses.triplet(tape.leaf(positive), tape.leaf(negative), margin).item();
      double expected = TextbookLosses.triplet(positive.toDoubleVector(),
          negative.toDoubleVector(), margin);
      assertTrue(expected > 0, "the case must not be trivially zero");
      assertRelative(expected, value, SAME_VALUE, "triplet margin " + margin);
    }
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void randomContrastiveMatchesTheTextbookFormula(Reduction reduction) {
    INDArray labels = TapeLossInputs.labels(5, 25);
    INDArray distances = TapeLossInputs.uniform(6, 25, 0.0, 2.5);
    double[] y = labels.toDoubleVector();
    double[] d = distances.toDoubleVector();
    for (double margin : new double[] {0.0, 1.0, 2.0}) {
      double[] perPair = new double[d.length];
      double sum = 0;
      for (int i = 0; i < d.length; i++) {
        perPair[i] = TextbookLosses.contrastivePair(y[i], d[i], margin);
        sum += perPair[i];
      }
      INDArray expected = switch (reduction) {
        case NONE -> Nd4j.createFromArray(perPair);
        case SUM -> Nd4j.scalar(sum);
        case SUM_OVER_BATCH_SIZE -> Nd4j.scalar(sum / d.length);
      };
      INDArray value = TapeLosses.contrastive(labels, new Tape().leaf(distances), margin,
          reduction).value();
      assertArrayEquals(expected.shape(), value.shape(), reduction + " shape");
      assertElementsSame(expected, value);
    }
  }

  @Test
  void squaredDistanceIsTheMeanSquaredDifferenceOfEachRow() {
    INDArray a = TapeLossInputs.gaussian(7, 6, 4, 1.0);
    INDArray b = TapeLossInputs.gaussian(8, 6, 4, 1.0);
    Tape tape = new Tape();
    INDArray distance = TapeLosses.squaredDistance(tape.leaf(a), tape.leaf(b)).value();
    assertArrayEquals(new long[] {6}, distance.shape());
    for (int i = 0; i < 6; i++) {
      double sum = 0;
      for (int j = 0; j < 4; j++) {
        double diff = b.getDouble(i, j) - a.getDouble(i, j);
        sum += diff * diff;
      }
      assertRelative(sum / 4, distance.getDouble(i), SAME_VALUE, "row " + i);
    }
    // A hand-made case: rows differ by (3, 4) and by nothing.
    INDArray x = Nd4j.createFromArray(new double[][] {{0, 0}, {1, 1}});
    INDArray y = Nd4j.createFromArray(new double[][] {{3, 4}, {1, 1}});
    Tape t = Tape.inference();
    assertArrayEquals(new double[] {12.5, 0.0},
        TapeLosses.squaredDistance(t.constant(x), t.constant(y)).value().toDoubleVector());
  }

  @Test
  void float32InputsGiveFloat32LossesCloseToTheTextbookFormulas() {
    INDArray a = TapeLossInputs.gaussian(11, 9, 4, 1.0);
    INDArray b = TapeLossInputs.gaussian(12, 9, 4, 1.0);
    for (ViewLoss loss : GOLDEN_LOSSES) {
      Tape tape = new Tape();
      Tensor value = loss.tensors.apply(tape.leaf(a.castTo(DataType.FLOAT)),
          tape.leaf(b.castTo(DataType.FLOAT)));
      assertEquals(DataType.FLOAT, value.dataType(), loss.key);
      // The float64 textbook value of the same (float32-representable) inputs.
      double expected = loss.textbook.apply(
          a.castTo(DataType.FLOAT).castTo(DataType.DOUBLE).toDoubleMatrix(),
          b.castTo(DataType.FLOAT).castTo(DataType.DOUBLE).toDoubleMatrix());
      assertRelative(expected, value.item(), 1e-5, loss.key);
      tape.backward(value);
    }
  }

  @Test
  void lossesOfLeavesRecordAndLossesOfConstantsDoNot() {
    INDArray a = TapeLossInputs.gaussian(13, 5, 3, 1.0);
    INDArray b = TapeLossInputs.gaussian(14, 5, 3, 1.0);
    Tape tape = new Tape();
    Tensor leaf = tape.leaf(a);
    Tensor loss = TapeLosses.vicReg(leaf, tape.constant(b));
    assertTrue(loss.requiresGrad());
    assertEquals(0, loss.rank(), "a loss is a scalar");
    tape.backward(loss);
    assertArrayEquals(a.shape(), leaf.grad().shape());
    Tape inference = Tape.inference();
    assertFalse(TapeLosses.barlowTwins(inference.leaf(a), inference.leaf(b)).requiresGrad());
  }

  // ------------------------------------------------------------------ validation

  @Test
  void mismatchedViewsNameTheFunctionAndShapes() {
    Tape tape = new Tape();
    Tensor a = tape.leaf(Nd4j.zeros(DataType.DOUBLE, 4, 3));
    Tensor b = tape.leaf(Nd4j.zeros(DataType.DOUBLE, 4, 2));
    assertMessage("TapeLosses.barlowTwins: clean and corrupted must have the same shape, got"
        + " [4, 3] and [4, 2]", () -> TapeLosses.barlowTwins(a, b));
    assertMessage("TapeLosses.vicReg: clean and corrupted must have the same shape, got"
        + " [4, 3] and [4, 2]", () -> TapeLosses.vicReg(a, b));
    assertMessage("TapeLosses.squaredDistance: a and b must have the same shape, got [4, 3] and"
        + " [4, 2]", () -> TapeLosses.squaredDistance(a, b));
    Tensor f = tape.leaf(Nd4j.zeros(DataType.FLOAT, 4, 3));
    assertMessage("TapeLosses.vicReg: clean and corrupted must have the same data type, got"
        + " DOUBLE and FLOAT", () -> TapeLosses.vicReg(a, f));
    Tensor p = tape.leaf(Nd4j.zeros(DataType.DOUBLE, 5));
    Tensor n = tape.leaf(Nd4j.zeros(DataType.DOUBLE, 6));
    assertMessage("TapeLosses.triplet: positiveDistance and negativeDistance must have the same"
        + " shape, got [5] and [6]", () -> TapeLosses.triplet(p, n));
    assertMessage("TapeLosses.contrastive: labels and distances must have the same shape, got"
        + " [6] and [5]", () -> TapeLosses.contrastive(Nd4j.zeros(DataType.INT32, 6), p));
  }

  @Test
  void invalidValuesAndArgumentsAreNamed() {
    Tape tape = new Tape();
    INDArray bad = Nd4j.zeros(DataType.DOUBLE, 3, 4);
    bad.putScalar(1, 2, Double.NaN);
    Tensor good = tape.leaf(Nd4j.ones(DataType.DOUBLE, 3, 4));
    Tensor nan = tape.leaf(bad);
    assertMessage("TapeLosses.barlowTwins: corrupted contains NaN at [1, 2]",
        () -> TapeLosses.barlowTwins(good, nan));
    assertMessage("TapeLosses.barlowTwins: clean must not be null",
        () -> TapeLosses.barlowTwins(null, good));
    assertMessage("TapeLosses.barlowTwins: lambda must be finite, got Infinity",
        () -> TapeLosses.barlowTwins(good, good, Double.POSITIVE_INFINITY, true));
    assertMessage("TapeLosses.vicReg: at least one of simWeight, varWeight, covWeight must be"
        + " non-zero", () -> TapeLosses.vicReg(good, good, 0, 0, 0));
    assertMessage("TapeLosses.vicReg: varWeight must be finite, got NaN",
        () -> TapeLosses.vicReg(good, good, 1, Double.NaN, 1));
    Tensor vector = tape.leaf(Nd4j.ones(DataType.DOUBLE, 4));
    assertMessage("TapeLosses.vicReg: clean must be a [batch, dim] matrix, got shape [4]",
        () -> TapeLosses.vicReg(vector, vector));
    assertMessage("TapeLosses.triplet: margin must be finite, got NaN",
        () -> TapeLosses.triplet(vector, vector, Double.NaN));
    assertMessage("TapeLosses.triplet: negativeDistance must not be null",
        () -> TapeLosses.triplet(vector, null));
    assertMessage("TapeLosses.contrastive: labels must be 0 or 1, got 2.0 at [1]",
        () -> TapeLosses.contrastive(Nd4j.createFromArray(0, 2, 1, 1), vector));
    assertMessage("TapeLosses.contrastive: margin must be a finite number >= 0, got -1.0",
        () -> TapeLosses.contrastive(Nd4j.ones(DataType.INT32, 4), vector, -1.0,
            Reduction.SUM));
    assertMessage("TapeLosses.contrastive: reduction must not be null",
        () -> TapeLosses.contrastive(Nd4j.ones(DataType.INT32, 4), vector, 1.0, null));
    assertMessage("TapeLosses.contrastive: distances must not be null",
        () -> TapeLosses.contrastive(Nd4j.ones(DataType.INT32, 4), null));
  }

  @Test
  void tensorsOfDifferentTapesAreRejected() {
    Tensor a = new Tape().leaf(Nd4j.ones(DataType.DOUBLE, 3, 2));
    Tensor b = new Tape().leaf(Nd4j.ones(DataType.DOUBLE, 3, 2));
    assertMessage("TapeLosses.barlowTwins: clean and corrupted were made on different tapes",
        () -> TapeLosses.barlowTwins(a, b));
    assertMessage("TapeLosses.squaredDistance: a and b were made on different tapes",
        () -> TapeLosses.squaredDistance(a, b));
    Tensor p = new Tape().leaf(Nd4j.ones(DataType.DOUBLE, 3));
    Tensor n = new Tape().leaf(Nd4j.ones(DataType.DOUBLE, 3));
    assertMessage("TapeLosses.triplet: positiveDistance and negativeDistance were made on"
        + " different tapes", () -> TapeLosses.triplet(p, n));
  }

  @Test
  void inputsAreLeftUnchanged() {
    INDArray a = TapeLossInputs.gaussian(21, 6, 3, 1.0);
    INDArray b = TapeLossInputs.gaussian(22, 6, 3, 1.0);
    INDArray aCopy = a.dup();
    INDArray bCopy = b.dup();
    Tape tape = new Tape();
    Tensor loss = Ops.add(TapeLosses.barlowTwins(tape.leaf(a), tape.leaf(b)),
        TapeLosses.vicReg(tape.leaf(a), tape.leaf(b)));
    tape.backward(loss);
    assertEquals(aCopy, a);
    assertEquals(bCopy, b);
  }

  // ------------------------------------------------------------------ helpers

  /** Asserts the tape form equals the textbook formula to 1e-12 and returns the tape's value. */
  private static double assertSameAsTextbook(ViewLoss loss, INDArray a, INDArray b) {
    double expected = loss.textbook.apply(a.toDoubleMatrix(), b.toDoubleMatrix());
    Tape tape = new Tape();
    Tensor value = loss.tensors.apply(tape.leaf(a), tape.leaf(b));
    assertEquals(0, value.rank(), loss.key + ": a loss is a scalar");
    assertEquals(DataType.DOUBLE, value.dataType(), loss.key);
    assertRelative(expected, value.item(), SAME_VALUE, loss.key);
    return value.item();
  }

  private static void assertElementsSame(INDArray expected, INDArray actual) {
    assertEquals(expected.length(), actual.length());
    double[] e = Nd4j.toFlattened(expected).toDoubleVector();
    double[] v = Nd4j.toFlattened(actual).toDoubleVector();
    for (int i = 0; i < e.length; i++) {
      if (e[i] == 0.0) {
        assertEquals(0.0, v[i], 0.0, "element " + i);
      } else {
        assertRelative(e[i], v[i], SAME_VALUE, "element " + i);
      }
    }
  }

  static void assertRelative(double expected, double actual, double tolerance, String what) {
    double error = Math.abs(actual - expected) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
    assertTrue(error <= tolerance, what + ": expected " + expected + ", got " + actual
        + " (relative error " + error + ")");
  }

  private static void assertMessage(String message, Executable call) {
    LossException e = assertThrows(LossException.class, call);
    assertEquals(message, e.getMessage());
  }

  /**
   * The checks not reached by the cases above: each view of squaredDistance must itself be a
   * matrix, and VICReg's invariance and covariance weights must be finite like its variance one.
   */
  @Test
  void everyViewAndWeightIsCheckedOnItsOwn() {
    Tape tape = new Tape();
    Tensor vector = tape.leaf(Nd4j.ones(DataType.DOUBLE, 4));
    Tensor matrix = tape.leaf(Nd4j.ones(DataType.DOUBLE, 3, 4));
    assertMessage("TapeLosses.squaredDistance: a must be a [batch, dim] matrix, got shape [4]",
        () -> TapeLosses.squaredDistance(vector, matrix));
    assertMessage("TapeLosses.squaredDistance: b must be a [batch, dim] matrix, got shape [4]",
        () -> TapeLosses.squaredDistance(matrix, vector));
    assertMessage("TapeLosses.vicReg: simWeight must be finite, got NaN",
        () -> TapeLosses.vicReg(matrix, matrix, Double.NaN, 1, 1));
    assertMessage("TapeLosses.vicReg: covWeight must be finite, got -Infinity",
        () -> TapeLosses.vicReg(matrix, matrix, 1, 1, Double.NEGATIVE_INFINITY));
  }
}
