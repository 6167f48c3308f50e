package dev.contrastive4j.runtime.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Float64 central-difference checks of every tape loss with respect to every differentiable input
 * (relative error below 1e-6). Inputs are kept away from the kinks of the hinges (relu), where a
 * difference quotient is meaningless: each case asserts that its inputs are, and that both sides
 * of each kink occur.
 */
class TapeLossesGradientTest {
  private static final double TOLERANCE = 1e-6;
  /** The closest an input may come to a kink: far more than the check's largest step, 2e-4. */
  private static final double KINK_DISTANCE = 1e-2;

  /** Elements checked per input: all of a small input, a sample of a larger one. */
  private static final int ELEMENTS_PER_INPUT = 64;

  private static int savedMaxThreads;
  private static int savedMaxMasterThreads;

  /**
   * The checks run thousands of forward passes on arrays of a hundred elements, where ND4J's
   * OpenMP threads only cost (reductions along an axis were 10 to 60 times slower with two
   * threads on a busy 2-core machine); one thread for this class, restored afterwards.
   */
  @BeforeAll
  static void oneNativeThread() {
    Environment environment = Nd4j.getEnvironment();
    savedMaxThreads = environment.maxThreads();
    savedMaxMasterThreads = environment.maxMasterThreads();
    environment.setMaxThreads(1);
    environment.setMaxMasterThreads(1);
  }

  @AfterAll
  static void restoreNativeThreads() {
    Environment environment = Nd4j.getEnvironment();
    environment.setMaxThreads(savedMaxThreads);
    environment.setMaxMasterThreads(savedMaxMasterThreads);
  }

  static Stream<Arguments> barlowTwinsCases() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (int[] shape : new int[][] {{7, 5}, {16, 8}}) {
      for (boolean normalize : new boolean[] {true, false}) {
        for (Double lambda : new Double[] {null, 0.3}) {
          cases.add(Arguments.of(shape[0], shape[1], normalize, lambda));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}x{1} normalizeBatch={2} lambda={3}")
  @MethodSource("barlowTwinsCases")
  void barlowTwins(int rows, int columns, boolean normalizeBatch, Double lambda) {
    INDArray clean = TapeLossInputs.gaussian(31, rows, columns, 1.0);
    INDArray corrupted = clean.add(TapeLossInputs.gaussian(32, rows, columns, 0.5));
    assertGradients("barlowTwins",
        in -> TapeLosses.barlowTwins(in.get(0), in.get(1), lambda, normalizeBatch),
        clean, corrupted);
  }

  @Test
  void barlowTwinsDefaults() {
    INDArray clean = TapeLossInputs.gaussian(33, 7, 5, 1.0);
    INDArray corrupted = TapeLossInputs.gaussian(34, 7, 5, 1.0);
    assertGradients("barlowTwins defaults",
        in -> TapeLosses.barlowTwins(in.get(0), in.get(1)), clean, corrupted);
  }

  static Stream<Arguments> vicRegCases() {
    Stream.Builder<Arguments> cases = Stream.builder();
    double[][] weights = {{25, 25, 1}, {0, 25, 1}, {25, 0, 1}, {25, 25, 0}, {1, 0, 0.5}};
    for (int[] shape : new int[][] {{7, 5}, {16, 8}}) {
      for (double[] w : weights) {
        cases.add(Arguments.of(shape[0], shape[1], w[0], w[1], w[2]));
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}x{1} sim={2} var={3} cov={4}")
  @MethodSource("vicRegCases")
  void vicReg(int rows, int columns, double sim, double var, double cov) {
    // Columns with a small and a large spread: the variance hinge relu(1 - std) is active on
    // some columns and inactive on others.
    double[] scales = {0.3, 3.0};
    INDArray clean = TapeLossInputs.columnScaled(41, rows, columns, scales);
    INDArray corrupted = clean.add(TapeLossInputs.columnScaled(42, rows, columns, scales)
        .muli(0.5));
    assertVarianceHingeAwayFromKink(clean);
    assertVarianceHingeAwayFromKink(corrupted);
    assertGradients("vicReg",
        in -> TapeLosses.vicReg(in.get(0), in.get(1), sim, var, cov), clean, corrupted);
  }

  @Test
  void vicRegDefaults() {
    INDArray clean = TapeLossInputs.columnScaled(43, 7, 5, new double[] {0.3, 3.0});
    INDArray corrupted = TapeLossInputs.columnScaled(44, 7, 5, new double[] {3.0, 0.3});
    assertVarianceHingeAwayFromKink(clean);
    assertVarianceHingeAwayFromKink(corrupted);
    assertGradients("vicReg defaults", in -> TapeLosses.vicReg(in.get(0), in.get(1)),
        clean, corrupted);
  }

  @ParameterizedTest(name = "margin {0}")
  @ValueSource(doubles = {1.0, 0.5, -0.2})
  void tripletOnDistances(double margin) {
    // Shortfalls pos - neg + margin of +-[0.05, 0.5): about half the hinges active.
    int n = 16;
    INDArray positive = TapeLossInputs.uniform(51, n, 0.0, 2.0);
    INDArray signs = TapeLossInputs.labels(53, n).muli(2.0).subi(1.0);
    INDArray shortfall = TapeLossInputs.uniform(52, n, 0.05, 0.5).muli(signs);
    INDArray negative = positive.add(margin).subi(shortfall);
    assertHingeAwayFromKink(positive.sub(negative).addi(margin));
    assertGradients("triplet margin " + margin,
        in -> TapeLosses.triplet(in.get(0), in.get(1), margin), positive, negative);
    if (margin == Losses.DEFAULT_MARGIN) {
      assertGradients("triplet default margin",
          in -> TapeLosses.triplet(in.get(0), in.get(1)), positive, negative);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @MethodSource("embeddingShapes")
  void tripletOnSquaredDistancesOfEmbeddings(int rows, int columns) {
    INDArray anchor = TapeLossInputs.gaussian(61, rows, columns, 1.0);
    INDArray positive = anchor.add(TapeLossInputs.gaussian(62, rows, columns, 0.6));
    INDArray negative = TapeLossInputs.gaussian(63, rows, columns, 1.0);
    double[] gaps = meanSquared(negative.sub(anchor)).subi(meanSquared(positive.sub(anchor)))
        .toDoubleVector();
    // The margin halfway across the widest space between neighbouring gaps in the middle half
    // of their order: between a quarter and three quarters of the hinges are active.
    double[] sorted = gaps.clone();
    Arrays.sort(sorted);
    int widest = rows / 4;
    for (int k = rows / 4; k < rows - rows / 4 - 1; k++) {
      if (sorted[k + 1] - sorted[k] > sorted[widest + 1] - sorted[widest]) {
        widest = k;
      }
    }
    double margin = (sorted[widest] + sorted[widest + 1]) / 2;
    INDArray shortfall = Nd4j.createFromArray(gaps).rsubi(margin);
    assertHingeAwayFromKink(shortfall);
    assertGradients("triplet of squaredDistance",
        in -> TapeLosses.triplet(TapeLosses.squaredDistance(in.get(0), in.get(1)),
            TapeLosses.squaredDistance(in.get(0), in.get(2)), margin),
        anchor, positive, negative);
  }

  static Stream<Arguments> embeddingShapes() {
    return Stream.of(Arguments.of(7, 5), Arguments.of(16, 8));
  }

  @Test
  void squaredDistanceAlone() {
    INDArray a = TapeLossInputs.gaussian(64, 7, 5, 1.0);
    INDArray b = TapeLossInputs.gaussian(65, 7, 5, 1.0);
    INDArray weights = TapeLossInputs.uniform(66, 7, -1.0, 1.0);
    assertGradients("squaredDistance",
        in -> Ops.sum(Ops.mul(TapeLosses.squaredDistance(in.get(0), in.get(1)),
            in.get(0).tape().constant(weights))), a, b);
  }

  @ParameterizedTest
  @EnumSource(Reduction.class)
  void contrastive(Reduction reduction) {
    int n = 20;
    INDArray labels = TapeLossInputs.labels(71, n);
    INDArray signs = TapeLossInputs.labels(72, n).muli(2.0).subi(1.0);
    INDArray weights = TapeLossInputs.uniform(74, n, -1.0, 1.0);
    for (double margin : new double[] {1.0, 2.0}) {
      // Distances margin * (1 +- [0.05, 0.95)): pairs on both sides of the hinge.
      INDArray distances = TapeLossInputs.uniform(73, n, 0.05, 0.95).muli(signs).addi(1.0)
          .muli(margin);
      assertHingeAwayFromKink(dissimilar(labels, distances.rsub(margin)));
      assertGradients("contrastive " + reduction + " margin " + margin, in -> {
        Tensor loss = TapeLosses.contrastive(labels, in.get(0), margin, reduction);
        // Per-pair losses are projected on fixed weights so each pair counts differently.
        return reduction == Reduction.NONE
            ? Ops.sum(Ops.mul(loss, in.get(0).tape().constant(weights)))
            : loss;
      }, distances);
    }
  }

  @Test
  void contrastiveDefaultsWithIntegerLabels() {
    INDArray labels = TapeLossInputs.labels(75, 12).castTo(DataType.INT32);
    INDArray distances = TapeLossInputs.uniform(76, 12, 0.1, 1.9);
    assertHingeAwayFromKink(dissimilar(labels, distances.rsub(1.0)));
    assertGradients("contrastive defaults",
        in -> TapeLosses.contrastive(labels, in.get(0)), distances);
  }

  /**
   * Batches of one row, which a task meets when its readout keeps one node of one graph (the
   * first-node readout): the losses' statistics over the batch still have gradients.
   */
  @Test
  void oneRowBatches() {
    INDArray clean = TapeLossInputs.gaussian(81, 1, 5, 1.0);
    INDArray corrupted = clean.add(TapeLossInputs.gaussian(82, 1, 5, 0.5));
    for (boolean normalize : new boolean[] {true, false}) {
      assertGradients("barlowTwins one row normalizeBatch=" + normalize,
          in -> TapeLosses.barlowTwins(in.get(0), in.get(1), null, normalize),
          clean, corrupted);
    }
    assertGradients("vicReg one row", in -> TapeLosses.vicReg(in.get(0), in.get(1)),
        clean, corrupted);
    assertGradients("vicReg one row, invariance only",
        in -> TapeLosses.vicReg(in.get(0), in.get(1), 25, 0, 0), clean, corrupted);
    // Positive and negative both near the anchor: the hinge (about the margin, 1) is active.
    INDArray anchor = TapeLossInputs.gaussian(83, 1, 5, 1.0);
    INDArray positive = anchor.add(TapeLossInputs.gaussian(84, 1, 5, 0.1));
    INDArray negative = anchor.add(TapeLossInputs.gaussian(85, 1, 5, 0.2));
    assertTrue(meanSquared(positive.sub(anchor)).sub(meanSquared(negative.sub(anchor)))
        .addi(Losses.DEFAULT_MARGIN).getDouble(0) > KINK_DISTANCE);
    assertGradients("triplet of squaredDistance, one row",
        in -> TapeLosses.triplet(TapeLosses.squaredDistance(in.get(0), in.get(1)),
            TapeLosses.squaredDistance(in.get(0), in.get(2))),
        anchor, positive, negative);
    INDArray distance = Nd4j.createFromArray(0.4);
    for (double label : new double[] {0, 1}) {
      INDArray labels = Nd4j.createFromArray(label);
      assertGradients("contrastive one pair, label " + label,
          in -> TapeLosses.contrastive(labels, in.get(0)), distance);
    }
  }

  // ------------------------------------------------------------------ helpers

  /**
   * Checks every element of inputs up to {@link #ELEMENTS_PER_INPUT} elements (all of a 7x5
   * input) and a seeded sample of that many of larger inputs, to keep the test fast.
   */
  private static void assertGradients(String what, Function<List<Tensor>, Tensor> loss,
      INDArray... inputs) {
    GradientCheck.Result result = GradientCheck.check(loss, List.of(inputs),
        GradientCheck.Options.defaults().withMaxElementsPerInput(ELEMENTS_PER_INPUT));
    long elements = Arrays.stream(inputs)
        .mapToLong(x -> Math.min(x.length(), ELEMENTS_PER_INPUT)).sum();
    assertEquals(elements, result.checkedElements(), what + ": elements checked");
    assertTrue(result.passes(TOLERANCE), what + ": " + result);
  }

  /** Every |1 - std| of VICReg's variance hinge is away from 0, and both signs occur. */
  private static void assertVarianceHingeAwayFromKink(INDArray x) {
    INDArray std = x.var(false, 0).addi(Losses.VARIANCE_EPSILON);
    Transforms.sqrt(std, false);
    assertHingeAwayFromKink(std.rsubi(1.0));
  }

  /** Every value is away from the kink at 0, and both signs occur. */
  private static void assertHingeAwayFromKink(INDArray shortfall) {
    assertTrue(minAbs(shortfall) > KINK_DISTANCE,
        "inputs too close to a kink: " + shortfall);
    assertTrue(shortfall.maxNumber().doubleValue() > 0, "no active hinge: " + shortfall);
    assertTrue(shortfall.minNumber().doubleValue() < 0, "no inactive hinge: " + shortfall);
  }

  private static double minAbs(INDArray x) {
    return Transforms.abs(x, true).minNumber().doubleValue();
  }

  /** The values at the pairs whose label is 0 (the only ones the hinge acts on). */
  private static INDArray dissimilar(INDArray labels, INDArray values) {
    double[] y = labels.castTo(DataType.DOUBLE).toDoubleVector();
    double[] v = values.toDoubleVector();
    return Nd4j.createFromArray(IntStream.range(0, y.length).filter(i -> y[i] == 0.0)
        .mapToDouble(i -> v[i]).toArray());
  }

  private static INDArray meanSquared(INDArray difference) {
    return difference.mul(difference).mean(1);
  }
}
