package dev.contrastive4j.runtime.evaluation;

import static dev.contrastive4j.runtime.testing.SampleStatistics.mean;
import static dev.contrastive4j.runtime.testing.SampleStatistics.sampleStd;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.Split;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Behaviour of the linear probe on synthetic data: accuracy, convergence, repeats, seeds. */
class LinearProbeTest {
  private static final Blobs SEPARABLE = Blobs.gaussian(300, 16, 3, 4.0, 30, 90, 7);
  // Overlapping blobs: accuracies depend on the fit, so short fits differ between seeds.
  private static final Blobs OVERLAPPING = Blobs.gaussian(400, 16, 4, 2.0, 40, 160, 11);

  @Test
  void separableBlobsAreClassifiedAlmostPerfectly() {
    // Accuracy needs no full convergence (tested below); 300 epochs keep the test fast.
    ProbeResult result = new LinearProbe(LinearProbeConfig.builder().maxEpochs(300).build())
        .evaluate(SEPARABLE.embeddings(), SEPARABLE.labels(), SEPARABLE.numClasses(),
            SEPARABLE.split());
    assertTrue(result.valAccuracy() > 0.95, "val accuracy " + result.valAccuracy());
    assertTrue(result.testAccuracy() > 0.95, "test accuracy " + result.testAccuracy());
    assertEquals(0L, result.seed());
  }

  @Test
  void zeroToleranceTrainsForMaxEpochs() {
    FittedProbe full = new LinearProbe(LinearProbeConfig.builder().tolerance(0).maxEpochs(60)
        .build()).fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4, OVERLAPPING.split());
    assertEquals(60, full.epochs());
  }

  @Test
  void fitReachesTheMinimumOfTheRegularizedObjective() {
    FittedProbe fitted = new LinearProbe().fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(),
        OVERLAPPING.numClasses(), OVERLAPPING.split());
    double l2 = LinearProbeConfig.defaults().l2For(OVERLAPPING.split().train().length);
    Objective atFit = Objective.of(OVERLAPPING, fitted.weights(), fitted.bias(), l2);
    // At the optimum of mean(logloss) + 0.5 * l2 * ||W||^2 the gradient vanishes; this also
    // pins DL4J's convention for l2 (0.5 * l2 * ||W||^2), on which the mapping from C rests.
    assertTrue(atFit.gradientMaxAbs() < 1e-4, "max |gradient| " + atFit.gradientMaxAbs());
    assertEquals(atFit.value(), fitted.objective(), 1e-6, "reported objective");
    // ... and the tolerance, not maxEpochs, ended training.
    assertTrue(fitted.epochs() > LinearProbeConfig.CONVERGENCE_WINDOW
        && fitted.epochs() < LinearProbeConfig.DEFAULT_MAX_EPOCHS,
        "stopped by the tolerance after " + fitted.epochs() + " epochs");

    FittedProbe early = new LinearProbe(LinearProbeConfig.builder().maxEpochs(5).build())
        .fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), OVERLAPPING.numClasses(),
            OVERLAPPING.split());
    Objective atEarly = Objective.of(OVERLAPPING, early.weights(), early.bias(), l2);
    assertEquals(5, early.epochs());
    assertTrue(atEarly.gradientMaxAbs() > 1e-2, "after 5 epochs " + atEarly.gradientMaxAbs());
    assertTrue(atEarly.value() > atFit.value() + 1e-3);
  }

  @Test
  void weakerRegularizationGivesLargerWeights() {
    LinearProbeConfig config = LinearProbeConfig.builder().maxEpochs(300).build();
    double strong = new LinearProbe(config.toBuilder().c(0.01).build())
        .fit(SEPARABLE.embeddings(), SEPARABLE.labels(), 3, SEPARABLE.split())
        .weights().norm2Number().doubleValue();
    double standard = new LinearProbe(config)
        .fit(SEPARABLE.embeddings(), SEPARABLE.labels(), 3, SEPARABLE.split())
        .weights().norm2Number().doubleValue();
    assertTrue(strong < 0.5 * standard, "||W|| with C=0.01: " + strong + ", C=1: " + standard);
  }

  @Test
  void sameSeedGivesTheSameProbeAndOtherSeedsDiffer() {
    // Determinism needs no convergence: short fits keep the test fast.
    LinearProbe probe = new LinearProbe(LinearProbeConfig.builder().maxEpochs(100).seed(5)
        .build());
    FittedProbe first = probe.fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4,
        OVERLAPPING.split());
    FittedProbe second = probe.fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4,
        OVERLAPPING.split());
    assertArrayEquals(values(first.weights()), values(second.weights()), 0.0);
    assertArrayEquals(values(first.bias()), values(second.bias()), 0.0);
    assertEquals(first.epochs(), second.epochs());
    assertEquals(first.objective(), second.objective());

    FittedProbe other = new LinearProbe(probe.config().toBuilder().seed(6).build())
        .fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4, OVERLAPPING.split());
    assertFalse(java.util.Arrays.equals(values(first.weights()), values(other.weights())));
  }

  @Test
  void defaultSeedZeroIsReproducibleToo() {
    // ND4J's generator treats seed 0 as "unseeded"; the probe must not inherit that.
    LinearProbe probe = new LinearProbe(LinearProbeConfig.builder().maxEpochs(50).build());
    FittedProbe first = probe.fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4,
        OVERLAPPING.split());
    FittedProbe second = probe.fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4,
        OVERLAPPING.split());
    assertEquals(0L, first.seed());
    assertArrayEquals(values(first.weights()), values(second.weights()), 0.0);
  }

  @Test
  void repeatedProbesSummarizeTheIndividualRuns() {
    // Short fits, so that the initialization still shows in the accuracies.
    LinearProbe probe = new LinearProbe(LinearProbeConfig.builder().maxEpochs(15).seed(100)
        .build());
    ProbeReport report = probe.evaluateRepeated(OVERLAPPING.embeddings(), OVERLAPPING.labels(),
        4, OVERLAPPING.split(), 6);
    assertEquals(6, report.runs().size());
    double[] test = new double[6];
    double[] val = new double[6];
    for (int r = 0; r < 6; r++) {
      ProbeResult run = report.runs().get(r);
      assertEquals(100L + r, run.seed());
      ProbeResult alone = new LinearProbe(probe.config().toBuilder().seed(100 + r).build())
          .evaluate(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4, OVERLAPPING.split());
      assertEquals(alone, run, "run " + r + " equals a single probe with its seed");
      test[r] = run.testAccuracy();
      val[r] = run.valAccuracy();
    }
    assertEquals(mean(test), report.testMean(), 1e-12);
    assertEquals(mean(val), report.valMean(), 1e-12);
    assertEquals(sampleStd(test), report.testStd(), 1e-12);
    assertEquals(sampleStd(val), report.valStd(), 1e-12);
    assertTrue(report.testStd() > 0, "seeds change short fits: " + report);
    for (double t : test) {
      assertTrue(Math.abs(t - report.testMean()) <= 3 * report.testStd(), report.toString());
    }
  }

  @Test
  void convergedRepeatsAgreeClosely() {
    ProbeReport report = new LinearProbe().evaluateRepeated(OVERLAPPING.embeddings(),
        OVERLAPPING.labels(), 4, OVERLAPPING.split(), 2);
    // The regularized objective is strictly convex: every seed ends at the same optimum.
    assertTrue(report.testStd() < 0.005, report.toString());
    assertTrue(report.testMean() > 0.5, report.toString()); // chance is 0.25
  }

  @Test
  void standardizationRescuesAnInformativeColumnOnATinyScale() {
    // Column 0 carries the class on a 1e-3 scale, the other columns are noise of scale 1. With
    // C = 1 the raw probe cannot afford the huge weight column 0 needs; standardized it can.
    int n = 400;
    double[][] x = new double[n][8];
    int[] labels = new int[n];
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      x[i][0] = 1e-3 * ((labels[i] == 1 ? 2.0 : -2.0) + 0.5 * random.nextGaussian());
      for (int j = 1; j < 8; j++) {
        x[i][j] = random.nextGaussian();
      }
    }
    Split split = Blobs.firstRows(n, 100, 100);
    INDArray embeddings = Nd4j.create(x);
    LinearProbeConfig config = LinearProbeConfig.builder().maxEpochs(300).build();
    ProbeResult raw = new LinearProbe(config).evaluate(embeddings, labels, 2, split);
    ProbeResult standardized = new LinearProbe(config.toBuilder().standardize(true).build())
        .evaluate(embeddings, labels, 2, split);
    assertTrue(raw.testAccuracy() < 0.7, "raw " + raw);
    assertTrue(standardized.testAccuracy() > 0.97, "standardized " + standardized);
  }

  @Test
  void fittedProbePredictsRawRowsLikeTheEvaluation() {
    LinearProbe probe = new LinearProbe(LinearProbeConfig.builder().standardize(true)
        .maxEpochs(100).build());
    FittedProbe fitted = probe.fit(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4,
        OVERLAPPING.split());
    ProbeResult result = probe.evaluate(OVERLAPPING.embeddings(), OVERLAPPING.labels(), 4,
        OVERLAPPING.split());
    int[] predicted = fitted.predict(OVERLAPPING.embeddings());
    assertEquals(400, predicted.length);
    int[] test = OVERLAPPING.split().test();
    long correct = IntStream.range(0, test.length)
        .filter(i -> predicted[test[i]] == OVERLAPPING.labels()[test[i]]).count();
    assertEquals(result.testAccuracy(), correct / (double) test.length, 1e-12);
    assertEquals(16, fitted.dimension());
    assertEquals(4, fitted.numClasses());
    assertArrayEquals(new long[] {16, 4}, fitted.weights().shape());
    // The description says what was fitted, and that the inputs were standardized.
    assertEquals("FittedProbe[d=16, classes=4, seed=0, epochs=" + fitted.epochs()
        + ", objective=" + fitted.objective() + ", standardized=true]", fitted.toString());
  }

  @Test
  void trainingStopsOnceTheObjectiveMovedWithinTheRelativeToleranceOverTenEpochs() {
    // Noise labels of 5 classes keep the objective near ln 5 > 1, where the tolerance is
    // relative to it. The objective after epoch e is that of a probe trained for exactly e
    // epochs (same seed, same trajectory); with the tolerance, training stops at the first
    // epoch e > 10 with |objective(e - 10) - objective(e)| <= tolerance · objective(e).
    Blobs noise = Blobs.noise(60, 4, 5, 40, 10, 5);
    double tolerance = 1e-3;
    LinearProbeConfig fixed = LinearProbeConfig.builder().tolerance(0).build();
    double[] objective = new double[301];
    int expected = -1;
    for (int e = 1; e < objective.length && expected < 0; e++) {
      objective[e] = new LinearProbe(fixed.toBuilder().maxEpochs(e).build())
          .fit(noise.embeddings(), noise.labels(), 5, noise.split()).objective();
      if (e > LinearProbeConfig.CONVERGENCE_WINDOW && Math.abs(
          objective[e - LinearProbeConfig.CONVERGENCE_WINDOW] - objective[e])
          <= tolerance * Math.max(1, Math.abs(objective[e]))) {
        expected = e;
      }
    }
    assertTrue(expected > 0 && objective[expected] > 1, "stops at " + expected);
    FittedProbe stopped = new LinearProbe(fixed.toBuilder().tolerance(tolerance).build())
        .fit(noise.embeddings(), noise.labels(), 5, noise.split());
    assertEquals(expected, stopped.epochs());
    assertEquals(objective[expected], stopped.objective());
  }

  @Test
  void emptyValOrTestGiveNaN() {
    Split noVal = new Split(IntStream.range(0, 30).toArray(), new int[0],
        IntStream.range(30, 300).toArray());
    ProbeResult result = new LinearProbe(LinearProbeConfig.builder().maxEpochs(100).build())
        .evaluate(SEPARABLE.embeddings(), SEPARABLE.labels(), 3, noVal);
    assertTrue(Double.isNaN(result.valAccuracy()));
    assertTrue(result.testAccuracy() > 0.95);
  }

  private static double[] values(INDArray array) {
    return array.dup('c').data().asDouble();
  }

  /** The probe's objective and its gradient, computed independently of DL4J in float64. */
  record Objective(double value, double gradientMaxAbs) {
    static Objective of(Blobs data, INDArray weights, INDArray bias, double l2) {
      int[] train = data.split().train();
      INDArray x = data.embeddings().castTo(DataType.DOUBLE).getRows(train);
      INDArray oneHot = Nd4j.zeros(DataType.DOUBLE, train.length, data.numClasses());
      for (int i = 0; i < train.length; i++) {
        oneHot.putScalar(i, data.labels()[train[i]], 1.0);
      }
      INDArray logits = x.mmul(weights).addiRowVector(bias);
      INDArray shifted = logits.subColumnVector(logits.max(1).reshape(-1, 1));
      INDArray logSum = Transforms.log(Transforms.exp(shifted).sum(1)).reshape(-1, 1);
      INDArray logProbabilities = shifted.subColumnVector(logSum);
      double loss = -logProbabilities.mul(oneHot).sumNumber().doubleValue() / train.length;
      double penalty = 0.5 * l2 * weights.mul(weights).sumNumber().doubleValue();
      INDArray residual = Transforms.exp(logProbabilities).subi(oneHot);
      INDArray gradW = x.transpose().mmul(residual).divi(train.length).addi(weights.mul(l2));
      INDArray gradB = residual.mean(0);
      double maxAbs = Math.max(Transforms.abs(gradW).maxNumber().doubleValue(),
          Transforms.abs(gradB).maxNumber().doubleValue());
      return new Objective(loss + penalty, maxAbs);
    }
  }
}
