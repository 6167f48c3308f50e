package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.CsrMatrix;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** What a prepared sparse feature matrix reports about itself. */
class SparseFeaturesTest {

  @Test
  void describesTheMatrix() {
    SparseFeatures x = SparseFeatures.of(CsrMatrix.fromDense(
        Nd4j.createFromArray(new float[][] {{0, 1, 0}, {2, 0, 3}})));
    assertEquals(2, x.rows());
    assertEquals(3, x.cols());
    assertEquals(3, x.nnz());
    assertEquals("SparseFeatures[2x3, nnz=3]", x.toString());
    assertRefused("SparseFeatures.of: the matrix is null", () -> SparseFeatures.of(null));
  }
}
