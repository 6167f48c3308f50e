package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.assertValues;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Broadcast#reduceTo}: the column sums of a rank-2 gradient (computed as {@code 1ᵀ·G}) and
 * the general reduction agree with ND4J's plain sums, for both float types and for views.
 */
class BroadcastTest {

  @Test
  void columnSumsOfAMatrixToAVectorOrARow() {
    for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
      INDArray g = Arrays64.uniform(1, 37, 5).castTo(type);
      double tolerance = type == DataType.DOUBLE ? 1e-12 : 1e-5;
      INDArray toVector = Broadcast.reduceTo(g, new long[] {5});
      assertEquals(type, toVector.dataType());
      assertValues(g.sum(0), toVector, tolerance);
      assertValues(g.sum(true, 0), Broadcast.reduceTo(g, new long[] {1, 5}), tolerance);
    }
  }

  @Test
  void columnSumsOfViews() {
    INDArray transposed = Arrays64.uniform(2, 6, 9).transpose(); // [9, 6], 'f'-like strides
    assertValues(transposed.dup('c').sum(0), Broadcast.reduceTo(transposed, new long[] {6}),
        1e-12);
    INDArray broadcast = Arrays64.uniform(3, 1, 4).broadcast(7, 4); // stride 0 along axis 0
    assertValues(broadcast.dup('c').sum(true, 0),
        Broadcast.reduceTo(broadcast, new long[] {1, 4}), 1e-12);
  }

  @Test
  void otherReductionsAndTheIdentity() {
    INDArray g = Arrays64.uniform(4, 3, 4);
    assertSame(g, Broadcast.reduceTo(g, new long[] {3, 4}));
    assertValues(g.sum(true, 1), Broadcast.reduceTo(g, new long[] {3, 1}), 1e-12);
    assertValues(g.sum().reshape(), Broadcast.reduceTo(g, new long[] {}), 1e-12);
    INDArray g3 = Arrays64.uniform(5, 2, 3, 4);
    assertValues(g3.sum(0), Broadcast.reduceTo(g3, new long[] {3, 4}), 1e-12);
    INDArray single = Arrays64.uniform(6, 1, 4);
    assertValues(single.reshape(4), Broadcast.reduceTo(single, new long[] {4}), 1e-12);
  }

  @Test
  void emptyRowsGiveZeros() {
    INDArray g = Nd4j.create(DataType.DOUBLE, 0, 3);
    assertValues(Nd4j.zeros(DataType.DOUBLE, 3), Broadcast.reduceTo(g, new long[] {3}), 0);
  }

  @Test
  void rejectsShapesThatDoNotBroadcast() {
    INDArray g = Arrays64.uniform(7, 3, 4);
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
        () -> Broadcast.reduceTo(g, new long[] {5}));
    assertEquals("reduceTo: shape [5] does not broadcast to gradient shape [3, 4]",
        e.getMessage());
  }
}
