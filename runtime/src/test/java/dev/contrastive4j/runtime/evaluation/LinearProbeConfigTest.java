package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Defaults, the mapping from scikit-learn's C to DL4J's l2, and rejected settings. */
class LinearProbeConfigTest {

  @Test
  void defaultsAreTheDocumentedOnes() {
    LinearProbeConfig config = LinearProbeConfig.defaults();
    assertEquals(1.0, config.c());
    assertEquals(0.05, config.learningRate());
    assertEquals(0.995, config.learningRateDecay());
    assertEquals(1000, config.maxEpochs());
    assertEquals(1e-8, config.tolerance());
    assertFalse(config.standardize());
    assertEquals(0L, config.seed());
    assertEquals(config, config.toBuilder().build());
  }

  @Test
  void l2IsOneOverCTimesTrainRows() {
    // scikit-learn: 0.5 ||W||^2 + C sum(loss) = C n (mean(loss) + 0.5 ||W||^2 / (C n)).
    assertEquals(1.0 / 140, LinearProbeConfig.defaults().l2For(140), 1e-18);
    assertEquals(1.0 / (0.5 * 120), LinearProbeConfig.builder().c(0.5).build().l2For(120),
        1e-18);
    assertEquals(0.0, LinearProbeConfig.builder().c(Double.POSITIVE_INFINITY).build()
        .l2For(140));
  }

  @Test
  void invalidSettingsAreNamed() {
    assertMessage("LinearProbeConfig.c must be > 0 (or +Infinity for no regularization), got 0.0",
        LinearProbeConfig.builder().c(0));
    assertMessage("LinearProbeConfig.c must be > 0 (or +Infinity for no regularization), got NaN",
        LinearProbeConfig.builder().c(Double.NaN));
    assertMessage("LinearProbeConfig.learningRate must be positive and finite, got -0.1",
        LinearProbeConfig.builder().learningRate(-0.1));
    assertMessage("LinearProbeConfig.learningRateDecay must be in (0, 1], got 1.5",
        LinearProbeConfig.builder().learningRateDecay(1.5));
    assertMessage("LinearProbeConfig.maxEpochs must be >= 1, got 0",
        LinearProbeConfig.builder().maxEpochs(0));
    assertMessage("LinearProbeConfig.tolerance must be finite and >= 0, got -1.0E-6",
        LinearProbeConfig.builder().tolerance(-1e-6));
    // The ends of each range: 0 is no learning rate and no decay factor, beta2 1 never forgets.
    assertMessage("LinearProbeConfig.learningRate must be positive and finite, got 0.0",
        LinearProbeConfig.builder().learningRate(0));
    assertMessage("LinearProbeConfig.learningRateDecay must be in (0, 1], got 0.0",
        LinearProbeConfig.builder().learningRateDecay(0));
    assertMessage("LinearProbeConfig.beta2 must be in [0, 1), got 1.0",
        LinearProbeConfig.builder().beta2(1));
    LinearProbeConfig edges = LinearProbeConfig.builder().maxEpochs(1).beta2(0).build();
    assertEquals(1, edges.maxEpochs());
    assertEquals(0.0, edges.beta2());
    ProbeException e = assertThrows(ProbeException.class, () -> new LinearProbe(null));
    assertEquals("LinearProbe: config must not be null", e.getMessage());
  }

  private static void assertMessage(String expected, LinearProbeConfig.Builder builder) {
    ProbeException e = assertThrows(ProbeException.class, builder::build);
    assertEquals(expected, e.getMessage());
  }
}
