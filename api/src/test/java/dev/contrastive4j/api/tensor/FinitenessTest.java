package dev.contrastive4j.api.tensor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FinitenessTest {
  @Test
  void nanAndInfinitiesOfEitherSignAreFound() {
    assertTrue(Finiteness.hasNonFinite(Nd4j.createFromArray(1f, Float.NaN)));
    assertTrue(Finiteness.hasNonFinite(Nd4j.createFromArray(1.0, Double.NEGATIVE_INFINITY)));
    // Opposite infinities sum to NaN: still found.
    assertTrue(Finiteness.hasNonFinite(
        Nd4j.createFromArray(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)));
  }

  @Test
  void finiteValuesWhoseSumOverflowsAreFinite() {
    INDArray large = Nd4j.valueArrayOf(new long[] {4, 3}, Float.MAX_VALUE / 2, DataType.FLOAT);
    assertFalse(Finiteness.hasNonFinite(large));
  }

  @Test
  void integerAndEmptyArraysHaveNoNonFiniteElement() {
    assertFalse(Finiteness.hasNonFinite(Nd4j.createFromArray(1, 2)));
    assertFalse(Finiteness.hasNonFinite(Nd4j.createFromArray(new double[0])));
    assertFalse(Finiteness.hasNonFinite(Nd4j.ones(DataType.FLOAT, 2, 2)));
  }
}
