package dev.contrastive4j.api.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link ColumnSums}: the gemv gives ND4J's sums and means over axis 0, with ND4J's shapes, for
 * both float types and for views; NaN and infinities reach the result; every other case is
 * ND4J's own reduction.
 */
class ColumnSumsTest {

  private static void assertValues(INDArray expected, INDArray actual, double tolerance) {
    assertEquals(expected.dataType(), actual.dataType(), "data type");
    Arrays64.assertValues(expected, actual, tolerance);
  }

  @Test
  void sumsAndMeansOfMatricesAsNd4jGivesThem() {
    for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
      double tolerance = type == DataType.DOUBLE ? 1e-12 : 1e-5;
      INDArray x = Arrays64.uniform(7, 301, 9).castTo(type);
      assertTrue(ColumnSums.applies(x, 0));
      for (boolean keepDims : new boolean[] {true, false}) {
        assertValues(x.sum(keepDims, 0), ColumnSums.sum(x, 0, keepDims), tolerance);
        assertValues(x.mean(keepDims, 0), ColumnSums.mean(x, 0, keepDims), tolerance);
      }
    }
  }

  @Test
  void viewsAreSummedAsTheirValues() {
    INDArray transposed = Arrays64.uniform(8, 6, 11).transpose(); // [11, 6], column-major strides
    assertValues(transposed.dup('c').mean(true, 0), ColumnSums.mean(transposed, 0, true), 1e-12);
    INDArray rows = Arrays64.uniform(9, 10, 4).get(
        org.nd4j.linalg.indexing.NDArrayIndex.interval(3, 8),
        org.nd4j.linalg.indexing.NDArrayIndex.all());
    assertValues(rows.dup('c').sum(false, 0), ColumnSums.sum(rows, 0, false), 1e-12);
  }

  @Test
  void nanAndInfinitiesReachTheirColumn() {
    INDArray x = Nd4j.createFromArray(new float[][] {
        {1f, Float.NaN, Float.POSITIVE_INFINITY, 2f},
        {3f, 4f, 5f, Float.NEGATIVE_INFINITY}});
    INDArray sums = ColumnSums.sum(x, 0, false);
    assertEquals(4f, sums.getFloat(0));
    assertTrue(Float.isNaN(sums.getFloat(1)));
    assertEquals(Float.POSITIVE_INFINITY, sums.getFloat(2));
    assertEquals(Float.NEGATIVE_INFINITY, sums.getFloat(3));
    assertEquals(2f, ColumnSums.mean(x, 0, false).getFloat(0));
  }

  @Test
  void otherCasesAreNd4jsOwnReduction() {
    INDArray matrix = Arrays64.uniform(10, 5, 3);
    assertFalse(ColumnSums.applies(matrix, 1));
    assertValues(matrix.sum(true, 1), ColumnSums.sum(matrix, 1, true), 0);
    INDArray cube = Arrays64.uniform(11, 2, 3, 4);
    assertFalse(ColumnSums.applies(cube, 0));
    assertValues(cube.mean(false, 0), ColumnSums.mean(cube, 0, false), 0);
    INDArray ints = Nd4j.createFromArray(new int[][] {{1, 2}, {3, 4}});
    assertFalse(ColumnSums.applies(ints, 0));
    assertValues(ints.sum(false, 0), ColumnSums.sum(ints, 0, false), 0);
    INDArray noRows = Nd4j.create(DataType.FLOAT, 0, 3);
    assertFalse(ColumnSums.applies(noRows, 0));
    assertArrayEquals(noRows.sum(false, 0).shape(), ColumnSums.sum(noRows, 0, false).shape());
  }

  @Test
  void opsReduceThroughIt() {
    Tape tape = Tape.inference();
    INDArray x = Arrays64.uniform(12, 40, 6).castTo(DataType.FLOAT);
    Tensor t = tape.constant(x);
    assertValues(x.mean(true, 0), Ops.mean(t, 0, true).value(), 1e-6);
    assertValues(x.sum(false, 0), Ops.sum(t, 0, false).value(), 1e-6);
  }
}
