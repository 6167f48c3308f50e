package dev.contrastive4j.api.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded inverted dropout. */
class DropoutTest {
  private final Tape tape = new Tape();
  private final Tensor ones = tape.leaf(Nd4j.ones(DataType.DOUBLE, 100, 100));

  @Test
  void sameSeedGivesTheSameMask() {
    INDArray first = Ops.dropout(ones, 0.3, true, 7L).value();
    INDArray second = Ops.dropout(ones, 0.3, true, 7L).value();
    INDArray other = Ops.dropout(ones, 0.3, true, 8L).value();
    assertEquals(first, second);
    assertNotEquals(first, other);
  }

  @Test
  void dropsAboutTheRateAndScalesTheRest() {
    INDArray y = Ops.dropout(ones, 0.3, true, 11L).value();
    double dropped = y.eq(0.0).castTo(DataType.DOUBLE).meanNumber().doubleValue();
    // 10000 Bernoulli(0.3) draws: standard deviation 0.0046
    assertEquals(0.3, dropped, 0.02);
    INDArray kept = y.neq(0.0).castTo(DataType.DOUBLE);
    // every kept element equals 1 / (1 - 0.3)
    assertEquals(0.0, y.sub(kept.mul(1.0 / 0.7)).norm1Number().doubleValue(), 1e-9);
  }

  @Test
  void backwardUsesTheSameMask() {
    Tensor y = Ops.dropout(ones, 0.5, true, 3L);
    tape.backward(Ops.sum(y));
    assertEquals(y.value(), ones.grad());
  }

  @Test
  void identityWhenNotTrainingOrRateZero() {
    assertSame(ones, Ops.dropout(ones, 0.5, false, 1L));
    assertSame(ones, Ops.dropout(ones, 0.0, true, 1L));
  }

  @Test
  void rejectsRatesOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Ops.dropout(ones, 1.0, true, 1L));
    assertEquals("dropout: rate must be in [0, 1), got 1.0", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Ops.dropout(ones, -0.1, true, 1L));
    assertThrows(IllegalArgumentException.class, () -> Ops.dropout(ones, Double.NaN, true, 1L));
  }

  @Test
  void maskIsIndependentOfTheGlobalGenerator() {
    INDArray before = Ops.dropout(ones, 0.3, true, 5L).value();
    Nd4j.getRandom().setSeed(12345);
    Nd4j.rand(DataType.DOUBLE, 10, 10);
    assertEquals(before, Ops.dropout(ones, 0.3, true, 5L).value());
    assertTrue(before.sumNumber().doubleValue() > 0);
  }
}
