package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** Two CSR matrices are equal when their shape and all three arrays are. */
class CsrMatrixEqualityTest {
  private static CsrMatrix m(int rows, int cols, int[] indptr, int[] indices, float[] values) {
    return new CsrMatrix(rows, cols, indptr, indices, values);
  }

  private static final CsrMatrix BASE =
      m(2, 3, new int[] {0, 1, 2}, new int[] {1, 2}, new float[] {5, 6});

  @Test
  void equalArraysMakeEqualMatricesWithEqualHashes() {
    CsrMatrix same = m(2, 3, new int[] {0, 1, 2}, new int[] {1, 2}, new float[] {5, 6});
    assertEquals(BASE, same);
    assertEquals(BASE.hashCode(), same.hashCode());
    assertEquals("CsrMatrix[2x3, nnz=2]", BASE.toString());
  }

  @Test
  void eachPartOnItsOwnMakesThemDiffer() {
    assertNotEquals(BASE, m(3, 3, new int[] {0, 1, 2, 2}, new int[] {1, 2}, new float[] {5, 6}));
    assertNotEquals(BASE, m(2, 4, new int[] {0, 1, 2}, new int[] {1, 2}, new float[] {5, 6}));
    assertNotEquals(BASE, m(2, 3, new int[] {0, 2, 2}, new int[] {1, 2}, new float[] {5, 6}));
    assertNotEquals(BASE, m(2, 3, new int[] {0, 1, 2}, new int[] {0, 2}, new float[] {5, 6}));
    assertNotEquals(BASE, m(2, 3, new int[] {0, 1, 2}, new int[] {1, 2}, new float[] {5, 7}));
    assertNotEquals(BASE, (Object) "CsrMatrix[2x3, nnz=2]");
  }

  @Test
  void hashDependsOnShapeAndIndices() {
    // Same indices, other shape: a constant or shape-blind hash would collide here.
    CsrMatrix wider = m(2, 4, new int[] {0, 1, 2}, new int[] {1, 2}, new float[] {5, 6});
    CsrMatrix taller = m(3, 3, new int[] {0, 1, 2, 2}, new int[] {1, 2}, new float[] {5, 6});
    assertNotEquals(BASE.hashCode(), wider.hashCode());
    assertNotEquals(BASE.hashCode(), taller.hashCode());
  }

  @Test
  void valuesIsACopy() {
    float[] values = BASE.values();
    assertArrayEquals(new float[] {5, 6}, values);
    values[0] = 9;
    assertArrayEquals(new float[] {5, 6}, BASE.values());
  }

  @Test
  void selectedRowsKeepOnlyTheirOwnEntries() {
    // Rows of an all-zero width would hide padding in a dense comparison: check the arrays.
    CsrMatrix m = CsrMatrix.fromDense(Nd4j.createFromArray(
        new float[][] {{0, 1, 0}, {0, 0, 0}, {3, 0, 4}})).selectRows(new int[] {2, 1, 0});
    assertArrayEquals(new int[] {0, 2, 2, 3}, m.indptr());
    assertArrayEquals(new int[] {0, 2, 1}, m.indices());
    assertArrayEquals(new float[] {3, 4, 1}, m.values());
  }
}
