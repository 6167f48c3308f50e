package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.planetoid.Planetoid;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import dev.contrastive4j.runtime.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The probe on raw Cora bag-of-words features with the standard split, against scikit-learn's
 * {@code LogisticRegression(C=1.0)} optimum: the same objective minimized to convergence with
 * SciPy's L-BFGS-B in float64 (sum of log-losses plus {@code 0.5 ||W||^2}, bias not penalized,
 * zero start) gives objective/140 = 0.4091282502, val 0.522, test 0.575 on the raw features and
 * objective/140 = 0.0335758426, val 0.518, test 0.502 on train-standardized features.
 */
class LinearProbeCoraTest {
  private static GraphDataset cora;
  private static INDArray features;

  @BeforeAll
  static void load() {
    cora = Planetoid.load("cora", PlanetoidSource.builder().dataDir(SharedData.planetoidDir())
        .download(false).build());
    features = cora.graph().nodeSet(Planetoid.NODE_SET).feature(Planetoid.FEATURE).toDense();
  }

  @Test
  void rawFeaturesMatchScikitLearnsProbe() {
    ProbeResult result = new LinearProbe().evaluate(features, cora);
    assertEquals(0.4091282502, result.objective(), 1e-6);
    assertEquals(0.522, result.valAccuracy(), 0.0021);
    assertEquals(0.575, result.testAccuracy(), 0.0021);
  }

  @Test
  void standardizedFeaturesMatchScikitLearnsProbeOnScaledInputs() {
    LinearProbe probe = new LinearProbe(LinearProbeConfig.builder().standardize(true).build());
    ProbeResult result = probe.evaluate(features, cora);
    assertEquals(0.0335758426, result.objective(), 1e-6);
    assertEquals(0.518, result.valAccuracy(), 0.0021);
    assertEquals(0.502, result.testAccuracy(), 0.0021);
  }
}
