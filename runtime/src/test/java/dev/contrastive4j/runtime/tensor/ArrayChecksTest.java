package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The shared array checks: their messages, their order, and the caller's exception type. */
class ArrayChecksTest {
  /** A caller-specific exception, as the losses and metrics packages have. */
  static final class CallerException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    CallerException(String message) {
      super(message);
    }
  }

  private final ArrayChecks checks = new ArrayChecks(CallerException::new);

  @Test
  void floatsChecksNullTypeEmptinessAndFinitenessInThatOrder() {
    assertMessage("f: x must not be null", () -> checks.floats("f", "x", null));
    assertMessage("f: x must be FLOAT or DOUBLE, got INT",
        () -> checks.floats("f", "x", Nd4j.createFromArray(new int[0])));
    assertMessage("f: x must not be empty (shape [2, 0])",
        () -> checks.floats("f", "x", Nd4j.create(DataType.DOUBLE, 2, 0)));
    INDArray bad = Nd4j.zeros(DataType.FLOAT, 2, 3, 2);
    bad.putScalar(new long[] {1, 0, 1}, Float.NEGATIVE_INFINITY);
    bad.putScalar(new long[] {1, 2, 0}, Float.NaN);
    assertMessage("f: x contains -Infinity at [1, 0, 1]", () -> checks.floats("f", "x", bad));
    checks.floats("f", "x", Nd4j.scalar(2.5));
  }

  @Test
  void rankIsCheckedBeforeEmptinessWithTheMetricsWording() {
    INDArray vector = Nd4j.createFromArray(1.0, 2.0);
    assertMessage("g: u must have rank 2 ([batch, dim]), got shape [2]",
        () -> checks.floats("g", "u", vector, 2));
    assertMessage("g: u must have rank 1, got shape [0, 3]",
        () -> checks.floats("g", "u", Nd4j.zeros(DataType.DOUBLE, 0, 3), 1));
    checks.floats("g", "u", vector, ArrayChecks.ANY_RANK);
  }

  @Test
  void matrixChecksFinitenessBeforeRankWithTheLossesWording() {
    INDArray nanVector = Nd4j.createFromArray(1.0, Double.NaN);
    assertMessage("h: v contains NaN at [1]", () -> checks.matrix("h", "v", nanVector));
    assertMessage("h: v must be a [batch, dim] matrix, got shape [2]",
        () -> checks.matrix("h", "v", Nd4j.createFromArray(1.0, 2.0)));
    checks.matrix("h", "v", Nd4j.ones(DataType.FLOAT, 3, 1));
  }

  @Test
  void pairsAndScalarsAreNamed() {
    INDArray a = Nd4j.zeros(DataType.DOUBLE, 2, 3);
    assertMessage("k: a and b must have the same shape, got [2, 3] and [3, 2]",
        () -> checks.sameShapeAndType("k", "a", a, "b", Nd4j.zeros(DataType.DOUBLE, 3, 2)));
    assertMessage("k: a and b must have the same data type, got DOUBLE and FLOAT",
        () -> checks.sameShapeAndType("k", "a", a, "b", a.castTo(DataType.FLOAT)));
    assertMessage("k: w must be finite, got NaN", () -> checks.finite("k", "w", Double.NaN));
    assertMessage("k: m must be a finite number >= 0, got -0.5",
        () -> checks.nonNegative("k", "m", -0.5));
    assertMessage("k: m must be a finite number >= 0, got Infinity",
        () -> checks.nonNegative("k", "m", Double.POSITIVE_INFINITY));
    checks.nonNegative("k", "m", 0.0);
    checks.finite("k", "ints", Nd4j.createFromArray(1, 2, 3));
  }

  @Test
  void positionIsRowMajor() {
    long[] shape = {2, 3, 4};
    assertArrayEquals(new long[] {0, 0, 0}, ArrayChecks.position(shape, 0));
    assertArrayEquals(new long[] {0, 0, 3}, ArrayChecks.position(shape, 3));
    assertArrayEquals(new long[] {0, 1, 0}, ArrayChecks.position(shape, 4));
    assertArrayEquals(new long[] {1, 2, 3}, ArrayChecks.position(shape, 23));
    assertArrayEquals(new long[0], ArrayChecks.position(new long[0], 0));
  }

  @Test
  void firstNonFiniteElementIsFoundInRowMajorOrderOfAnyLayout() {
    INDArray x = Nd4j.zeros(DataType.DOUBLE, 3, 4);
    x.putScalar(2, 0, Double.NaN);
    x.putScalar(1, 3, Double.POSITIVE_INFINITY);
    NonFiniteElement first = NonFiniteElement.first(x).orElseThrow();
    assertArrayEquals(new long[] {1, 3}, first.position());
    assertEquals(1, first.row());
    assertEquals(Double.POSITIVE_INFINITY, first.value());
    assertEquals("Infinity at [1, 3]", first.toString());
    // A transposed view: row-major order of the view, not of its buffer.
    NonFiniteElement ofView = NonFiniteElement.first(x.transpose()).orElseThrow();
    assertEquals("NaN at [0, 2]", ofView.toString());
    assertEquals("NaN at []", NonFiniteElement.first(Nd4j.scalar(Double.NaN)).orElseThrow()
        .toString());
    assertEquals(0, NonFiniteElement.first(Nd4j.scalar(Double.NaN)).orElseThrow().row());
  }

  @Test
  void infinitiesOfBothSignsAreFoundAndAnOverflowingSumOfFiniteElementsIsNot() {
    INDArray opposite = Nd4j.createFromArray(1f, Float.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY);
    assertEquals("-Infinity at [1]", NonFiniteElement.first(opposite).orElseThrow().toString());
    // Their float32 sum is infinite, yet every element is finite.
    INDArray large = Nd4j.valueArrayOf(new long[] {4, 3}, Float.MAX_VALUE / 2, DataType.FLOAT);
    assertEquals(Optional.empty(), NonFiniteElement.first(large));
    large.putScalar(3, 2, Float.NaN);
    assertEquals("NaN at [3, 2]", NonFiniteElement.first(large).orElseThrow().toString());
  }

  @Test
  void finiteIntegerAndEmptyArraysHaveNoNonFiniteElement() {
    assertFalse(NonFiniteElement.first(Nd4j.ones(DataType.FLOAT, 2, 2)).isPresent());
    assertFalse(NonFiniteElement.first(Nd4j.createFromArray(1, 2)).isPresent());
    assertEquals(Optional.empty(),
        NonFiniteElement.first(Nd4j.createFromArray(new double[0])));
  }

  private static void assertMessage(String message, Executable call) {
    assertEquals(message, assertThrows(CallerException.class, call).getMessage());
  }
}
