package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.of;
import static dev.contrastive4j.api.tensor.Arrays64.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A parameter's description of its array, and assignment into that same array. */
class ParameterTest {

  @Test
  void describesItsArray() {
    INDArray value = uniform(1, 2, 3);
    Parameter p = new Parameter("encoder.w", value);
    assertEquals("encoder.w", p.name());
    assertSame(value, p.value());
    assertArrayEquals(new long[] {2, 3}, p.shape());
    assertEquals(6, p.length());
    assertEquals(DataType.DOUBLE, p.dataType());
    assertEquals("Parameter[encoder.w, shape [2, 3], DOUBLE]", p.toString());
  }

  /** ND4J hands out its own shape array; editing the returned one must not change the value. */
  @Test
  void theShapeIsACopy() {
    Parameter p = new Parameter("w", uniform(1, 4, 3));
    p.shape()[0] = 1;
    assertArrayEquals(new long[] {4, 3}, p.shape());
    assertArrayEquals(new long[] {4, 3}, p.value().shape());
    assertEquals(4, p.value().rows());
  }

  @Test
  void aMissingNameOrValueIsRefusedAtOnce() {
    assertEquals("name", assertThrows(NullPointerException.class,
        () -> new Parameter(null, uniform(1, 2))).getMessage());
    assertEquals("value", assertThrows(NullPointerException.class,
        () -> new Parameter("w", null)).getMessage());
  }

  /** Assignment copies into the parameter's own array and refuses another shape. */
  @Test
  void assignKeepsTheArrayAndTheShape() {
    INDArray value = uniform(2, 2, 2);
    Parameter p = new Parameter("b", value);
    p.assign(of(new double[] {1, 2, 3, 4}, 2, 2));
    assertSame(value, p.value());
    assertEquals(of(new double[] {1, 2, 3, 4}, 2, 2), value);
    ShapeMismatchException e =
        assertThrows(ShapeMismatchException.class, () -> p.assign(of(new double[] {1, 2}, 2)));
    assertEquals("parameter 'b': cannot assign shape [2] to shape [2, 2]", e.getMessage());
    assertEquals(of(new double[] {1, 2, 3, 4}, 2, 2), value);
  }
}
