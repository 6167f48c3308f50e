package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CsrMatrixTest {
  private static final INDArray DENSE =
      Nd4j.createFromArray(new float[][] {{0, 1, 0}, {0, 0, 0}, {3, 0, 4}});

  @Test
  void roundTripsThroughDense() {
    CsrMatrix m = CsrMatrix.fromDense(DENSE);
    assertEquals(3, m.nnz());
    assertArrayEquals(new int[] {0, 1, 1, 3}, m.indptr());
    assertArrayEquals(new int[] {1, 0, 2}, m.indices());
    assertEquals(DENSE, m.toDense(DataType.FLOAT));
    assertEquals(3.0 / 9, m.density(), 1e-12);
  }

  @Test
  void selectsRowsInTheGivenOrder() {
    CsrMatrix m = CsrMatrix.fromDense(DENSE).selectRows(new int[] {2, 0, 2});
    assertEquals(Nd4j.createFromArray(new float[][] {{3, 0, 4}, {0, 1, 0}, {3, 0, 4}}),
        m.toDense(DataType.FLOAT));
  }

  @Test
  void rejectsInconsistentArrays() {
    assertEquals("CSR column index 5 at entry 0 is outside [0, 3)",
        assertThrows(InvalidGraphException.class, () -> new CsrMatrix(1, 3, new int[] {0, 1},
            new int[] {5}, new float[] {1})).getMessage());
    assertEquals("CSR indptr must have rows + 1 = 3 entries, had 2",
        assertThrows(InvalidGraphException.class, () -> new CsrMatrix(2, 3, new int[] {0, 1},
            new int[] {0}, new float[] {1})).getMessage());
    assertEquals("CSR indptr decreases at row 1",
        assertThrows(InvalidGraphException.class, () -> new CsrMatrix(2, 3, new int[] {0, 2, 1},
            new int[] {0}, new float[] {1})).getMessage());
    assertEquals("CSR value at entry 0 is NaN",
        assertThrows(InvalidGraphException.class, () -> new CsrMatrix(1, 3, new int[] {0, 1},
            new int[] {0}, new float[] {Float.NaN})).getMessage());
  }
}
