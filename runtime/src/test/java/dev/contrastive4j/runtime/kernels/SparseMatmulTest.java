package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.CsrMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SparseMatmulTest {
  private final Random rnd = new Random(7);

  /** A random sparse matrix with about {@code density} non-zeros and an all-zero first row. */
  private SparseFeatures randomFeatures(int rows, int cols, double density) {
    return SparseFeatures.of(randomMatrix(rows, cols, density));
  }

  /** A random sparse matrix whose first row is empty. */
  private CsrMatrix randomMatrix(int rows, int cols, double density) {
    INDArray dense = Nd4j.zeros(DataType.FLOAT, rows, cols);
    for (int r = 1; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (rnd.nextDouble() < density) {
          dense.putScalar(r, c, (float) rnd.nextGaussian());
        }
      }
    }
    return CsrMatrix.fromDense(dense);
  }

  @Test
  void forwardAndWeightGradientMatchDenseProducts() {
    CsrMatrix matrix = randomMatrix(30, 40, 0.4); // rows of about 16 entries
    SparseFeatures x = SparseFeatures.of(matrix);
    INDArray dense = matrix.toDense(DataType.DOUBLE);
    INDArray w = KernelTestSupport.randomMatrix(rnd, 40, 6);
    INDArray out = SparseMatmul.forward(x, w);
    KernelTestSupport.assertClose(dense.mmul(w), out, 1e-12, "X·W");
    assertEquals(0, out.getRow(0).norm2Number().doubleValue(), "an empty row of X");
    INDArray g = KernelTestSupport.randomMatrix(rnd, 30, 6);
    INDArray dw = SparseMatmul.weightGradient(x, g);
    assertArrayEquals(new long[] {40, 6}, dw.shape());
    KernelTestSupport.assertClose(dense.transpose().mmul(g), dw, 1e-12, "X^T·G");
  }

  @Test
  void weightGradientPassesGradientCheck() {
    SparseFeatures x = randomFeatures(12, 30, 0.5);
    INDArray w = KernelTestSupport.randomMatrix(rnd, 30, 4);
    INDArray r = KernelTestSupport.randomMatrix(rnd, 12, 4);
    KernelTestSupport.assertGradient(v -> SparseMatmul.forward(x, v), w, r,
        SparseMatmul.weightGradient(x, r), "dW");
  }

  @Test
  void float32AgreesWithFloat64AndPrimitiveArraysAgree() {
    SparseFeatures x = randomFeatures(50, 40, 0.1);
    INDArray w = KernelTestSupport.randomMatrix(rnd, 40, 24);
    INDArray out32 = SparseMatmul.forward(x, w.castTo(DataType.FLOAT));
    assertEquals(DataType.FLOAT, out32.dataType());
    KernelTestSupport.assertClose(SparseMatmul.forward(x, w), out32, 1e-6, "float32 X·W");
    INDArray g = KernelTestSupport.randomMatrix(rnd, 50, 24);
    KernelTestSupport.assertClose(SparseMatmul.weightGradient(x, g),
        SparseMatmul.weightGradient(x, g.castTo(DataType.FLOAT)), 1e-6, "float32 X^T·G");

    assertArrayEquals(KernelTestSupport.values(SparseMatmul.forward(x, w)),
        SparseMatmul.forward(x, KernelTestSupport.values(w), 24));
    assertArrayEquals(KernelTestSupport.values(SparseMatmul.weightGradient(x, g)),
        SparseMatmul.weightGradient(x, KernelTestSupport.values(g), 24));
    float[] gf = g.castTo(DataType.FLOAT).data().asFloat();
    assertArrayEquals(SparseMatmul.weightGradient(x, g.castTo(DataType.FLOAT)).data().asFloat(),
        SparseMatmul.weightGradient(x, gf, 24));
    float[] wf = w.castTo(DataType.FLOAT).data().asFloat();
    assertArrayEquals(out32.data().asFloat(), SparseMatmul.forward(x, wf, 24));
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
    SparseFeatures x = randomFeatures(400, 300, 0.05);
    INDArray w = KernelTestSupport.randomMatrix(rnd, 300, 64).castTo(DataType.FLOAT);
    INDArray g = KernelTestSupport.randomMatrix(rnd, 400, 64).castTo(DataType.FLOAT);
    assertArrayEquals(
        KernelTestSupport.inPool(1, () -> SparseMatmul.forward(x, w)).data().asFloat(),
        KernelTestSupport.inPool(3, () -> SparseMatmul.forward(x, w)).data().asFloat());
    assertArrayEquals(
        KernelTestSupport.inPool(1, () -> SparseMatmul.weightGradient(x, g)).data().asFloat(),
        KernelTestSupport.inPool(3, () -> SparseMatmul.weightGradient(x, g)).data().asFloat());
  }

  @Test
  void allZeroFeaturesGiveZeros() {
    SparseFeatures x = SparseFeatures.of(new CsrMatrix(3, 4, new int[4], new int[0],
        new float[0]));
    INDArray w = KernelTestSupport.randomMatrix(rnd, 4, 2);
    assertEquals(0, SparseMatmul.forward(x, w).norm2Number().doubleValue());
    INDArray dw = SparseMatmul.weightGradient(x, KernelTestSupport.randomMatrix(rnd, 3, 2));
    assertArrayEquals(new long[] {4, 2}, dw.shape());
    assertEquals(0, dw.norm2Number().doubleValue());
  }

  @Test
  void mismatchedShapesAreRejected() {
    SparseFeatures x = randomFeatures(5, 8, 0.5);
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> SparseMatmul.forward(x, Nd4j.zeros(DataType.FLOAT, 7, 3)));
    assertTrue(e.getMessage().contains("SparseMatmul.forward: X is 5x8 but W is [7, 3]"),
        e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> SparseMatmul.weightGradient(x, Nd4j.zeros(DataType.FLOAT, 8, 3)));
    assertTrue(e.getMessage().contains(
        "SparseMatmul.weightGradient: X is 5x8 but gradOut is [8, 3]"), e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> SparseMatmul.forward(x, Nd4j.zeros(DataType.FLOAT16, 8, 3)));
    assertTrue(e.getMessage().contains("has data type HALF"), e.getMessage());
  }

  /** The array forms check the length of their dense input and allow a width of 0. */
  @Test
  void arrayFormsCheckTheirLengths() {
    SparseFeatures x = randomFeatures(5, 8, 0.5);
    String forward = "SparseMatmul.forward: X is 5x8 but W has 25 values for width 3; it needs"
        + " 8 x 3";
    assertRefused(forward, () -> SparseMatmul.forward(x, new float[25], 3));
    assertRefused(forward, () -> SparseMatmul.forward(x, new double[25], 3));
    String gradient = "SparseMatmul.weightGradient: X is 5x8 but gradOut has 16 values for width"
        + " 3; it needs 5 x 3";
    assertRefused(gradient, () -> SparseMatmul.weightGradient(x, new float[16], 3));
    assertRefused(gradient, () -> SparseMatmul.weightGradient(x, new double[16], 3));
    assertEquals(0, SparseMatmul.forward(x, new float[0], 0).length);
    assertEquals(0, SparseMatmul.weightGradient(x, new double[0], 0).length);
  }
}
