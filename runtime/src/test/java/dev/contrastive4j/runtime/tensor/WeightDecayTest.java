package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How weight decay describes itself (in logs and run records). */
class WeightDecayTest {
  @Test
  void weightDecayNamesItsModeAndCoefficient() {
    assertEquals("WeightDecay[none]", WeightDecay.none().toString());
    assertEquals("WeightDecay[none]", WeightDecay.l2(0).toString());
    assertEquals("WeightDecay[L2, 0.5]", WeightDecay.l2(0.5).toString());
    assertEquals("WeightDecay[DECOUPLED, 0.01]", WeightDecay.decoupled(0.01).toString());
  }
}
