package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class PropagationTest {
  private final Random rnd = new Random(42);

  /** A random normalized graph with duplicates, plus nodes 0 and n-1 without any edges. */
  private CsrAdjacency randomGraph(int n, int edges) {
    int[] src = new int[edges];
    int[] tgt = new int[edges];
    for (int i = 0; i < edges; i++) {
      src[i] = 1 + rnd.nextInt(n - 2);
      tgt[i] = 1 + rnd.nextInt(n - 2);
    }
    src[1] = src[0]; // a duplicate edge
    tgt[1] = tgt[0];
    return GcnNormalization.normalize(n, src, tgt, false);
  }

  @Test
  void forwardAndBackwardMatchDenseProducts() {
    // About 10 entries per row, so rows take the 8-, 4- and 1-entry paths of the kernel.
    CsrAdjacency a = randomGraph(40, 400);
    INDArray dense = a.toDense(DataType.DOUBLE);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 40, 9);
    INDArray out = Propagation.forward(a, h);
    KernelTestSupport.assertClose(dense.mmul(h), out, 1e-12, "A·H");
    assertEquals(0, out.getRow(0).norm2Number().doubleValue(), "a node without in-edges");

    INDArray g = KernelTestSupport.randomMatrix(rnd, 40, 9);
    KernelTestSupport.assertClose(dense.transpose().mmul(g), Propagation.backward(a, g), 1e-12,
        "A^T·G");
  }

  @Test
  void rectangularAdjacency() {
    int[] t = KernelTestSupport.randomIndices(rnd, 30, 6);
    int[] s = KernelTestSupport.randomIndices(rnd, 30, 11);
    double[] w = new double[30];
    for (int i = 0; i < w.length; i++) {
      w[i] = rnd.nextGaussian();
    }
    CsrAdjacency a = CsrAdjacency.fromEdges(6, 11, t, s, w);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 11, 4);
    INDArray g = KernelTestSupport.randomMatrix(rnd, 6, 4);
    INDArray dense = a.toDense(DataType.DOUBLE);
    KernelTestSupport.assertClose(dense.mmul(h), Propagation.forward(a, h), 1e-12, "A·H");
    KernelTestSupport.assertClose(dense.transpose().mmul(g), Propagation.backward(a, g), 1e-12,
        "A^T·G");
  }

  @Test
  void backwardPassesGradientCheck() {
    CsrAdjacency a = randomGraph(15, 150);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 15, 4);
    INDArray r = KernelTestSupport.randomMatrix(rnd, 15, 4);
    KernelTestSupport.assertGradient(x -> Propagation.forward(a, x), h, r,
        Propagation.backward(a, r), "dH");
  }

  @Test
  void float32AgreesWithFloat64() {
    CsrAdjacency a = randomGraph(60, 400);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 60, 33);
    INDArray out32 = Propagation.forward(a, h.castTo(DataType.FLOAT));
    assertEquals(DataType.FLOAT, out32.dataType());
    KernelTestSupport.assertClose(Propagation.forward(a, h), out32, 1e-6, "float32 forward");
    INDArray back32 = Propagation.backward(a, h.castTo(DataType.FLOAT));
    assertEquals(DataType.FLOAT, back32.dataType());
    KernelTestSupport.assertClose(Propagation.backward(a, h), back32, 1e-6, "float32 backward");
  }

  @Test
  void primitiveArraysGiveTheSameResults() {
    CsrAdjacency a = randomGraph(20, 70);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 20, 5);
    double[] hv = KernelTestSupport.values(h);
    assertArrayEquals(KernelTestSupport.values(Propagation.forward(a, h)),
        Propagation.forward(a, hv, 5));
    assertArrayEquals(KernelTestSupport.values(Propagation.backward(a, h)),
        Propagation.backward(a, hv, 5));
    INDArray hf = h.castTo(DataType.FLOAT);
    float[] hfv = hf.data().asFloat();
    assertArrayEquals(Propagation.forward(a, hf).data().asFloat(), Propagation.forward(a, hfv, 5));
    assertArrayEquals(Propagation.backward(a, hf).data().asFloat(),
        Propagation.backward(a, hfv, 5));
  }

  @Test
  void resultsDoNotDependOnTheNumberOfThreads() throws Exception {
    // Large enough to be split into many tasks.
    CsrAdjacency a = randomGraph(700, 5000);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 700, 64).castTo(DataType.FLOAT);
    float[] one = KernelTestSupport.inPool(1, () -> Propagation.forward(a, h)).data().asFloat();
    float[] three = KernelTestSupport.inPool(3, () -> Propagation.forward(a, h)).data().asFloat();
    float[] common = Propagation.forward(a, h).data().asFloat();
    assertArrayEquals(one, three);
    assertArrayEquals(one, common);
    float[] backOne = KernelTestSupport.inPool(1, () -> Propagation.backward(a, h)).data()
        .asFloat();
    float[] backFour = KernelTestSupport.inPool(4, () -> Propagation.backward(a, h)).data()
        .asFloat();
    assertArrayEquals(backOne, backFour);
    KernelTestSupport.assertClose(a.toDense(DataType.DOUBLE).mmul(h.castTo(DataType.DOUBLE)),
        Nd4j.create(one, new long[] {700, 64}, 'c'), 1e-5, "parallel float32 forward");
  }

  @Test
  void viewsAndFortranOrderInputsAreRead() {
    CsrAdjacency a = randomGraph(12, 40);
    INDArray big = KernelTestSupport.randomMatrix(rnd, 20, 7);
    INDArray view = big.get(NDArrayIndex.interval(3, 15), NDArrayIndex.interval(1, 6));
    INDArray expected = a.toDense(DataType.DOUBLE).mmul(view.dup());
    KernelTestSupport.assertClose(expected, Propagation.forward(a, view), 1e-12, "view");
    INDArray fortran = view.dup('f');
    KernelTestSupport.assertClose(expected, Propagation.forward(a, fortran), 1e-12, "f order");
    INDArray transposed = KernelTestSupport.randomMatrix(rnd, 5, 12).transpose();
    KernelTestSupport.assertClose(a.toDense(DataType.DOUBLE).mmul(transposed.dup()),
        Propagation.forward(a, transposed), 1e-12, "transposed view");
  }

  @Test
  void edgeCases() {
    CsrAdjacency none = GcnNormalization.normalize(5, new int[0], new int[0], false);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 5, 3);
    INDArray out = Propagation.forward(none, h);
    assertArrayEquals(new long[] {5, 3}, out.shape());
    assertEquals(0, out.norm2Number().doubleValue());
    assertEquals(0, Propagation.backward(none, h).norm2Number().doubleValue());

    CsrAdjacency single = GcnNormalization.normalize(1, new int[0], new int[0], true);
    INDArray one = Nd4j.create(new double[][] {{2, -3}});
    KernelTestSupport.assertClose(one, Propagation.forward(single, one), 0, "single node");
  }

  @Test
  void mismatchedShapesAndTypesAreRejected() {
    CsrAdjacency a = randomGraph(10, 30);
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> Propagation.forward(a, Nd4j.zeros(DataType.DOUBLE, 9, 4)));
    assertTrue(e.getMessage().contains("Propagation.forward"), e.getMessage());
    assertTrue(e.getMessage().contains("10x10") && e.getMessage().contains("[9, 4]"),
        e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> Propagation.backward(a, Nd4j.zeros(DataType.INT32, 10, 4)));
    assertTrue(e.getMessage().contains("Propagation.backward")
        && e.getMessage().contains("has data type INT"), e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> Propagation.forward(a, Nd4j.zeros(DataType.FLOAT, 10)));
    assertTrue(e.getMessage().contains("rank 2"), e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> Propagation.forward(a, new float[41], 4));
    assertTrue(e.getMessage().contains("41 values for width 4"), e.getMessage());
  }

  /**
   * Float64 over more rows than one output block (16384 values), in one thread and in several:
   * each block must land at its own rows.
   */
  @Test
  void float64OverManyBlocksMatchesTheDenseProduct() throws Exception {
    CsrAdjacency a = randomGraph(700, 5000);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 700, 64);
    INDArray expected = a.toDense(DataType.DOUBLE).mmul(h);
    KernelTestSupport.assertClose(expected,
        KernelTestSupport.inPool(1, () -> Propagation.forward(a, h)), 1e-12, "one thread");
    KernelTestSupport.assertClose(expected,
        KernelTestSupport.inPool(3, () -> Propagation.forward(a, h)), 1e-12, "three threads");
  }

  /** A float32 result with fewer rows than columns is computed, not left at zero. */
  @Test
  void float32ResultWiderThanItIsTall() {
    CsrAdjacency a = CsrAdjacency.fromEdges(2, 3, new int[] {0, 1, 1}, new int[] {2, 0, 1},
        new double[] {0.5, 2, -1});
    INDArray h = KernelTestSupport.randomMatrix(rnd, 3, 8);
    KernelTestSupport.assertClose(a.toDense(DataType.DOUBLE).mmul(h),
        Propagation.forward(a, h.castTo(DataType.FLOAT)), 1e-6, "float32 [2, 8]");
  }

  /**
   * The array forms check the length of their input in both directions, allow a width of 0, and
   * refuse a result too large for a Java array before allocating it.
   */
  @Test
  void arrayFormsCheckTheirLengths() {
    CsrAdjacency a = CsrAdjacency.fromEdges(3, 4, new int[] {0, 2}, new int[] {3, 1});
    String forward = "Propagation.forward: the adjacency is 3x4 (rows x columns) but H has 9"
        + " values for width 2; it needs 4 x 2";
    assertRefused(forward, () -> Propagation.forward(a, new float[9], 2));
    assertRefused(forward, () -> Propagation.forward(a, new double[9], 2));
    // The adjacency as the caller gave it, not the transpose the backward pass applies.
    String backward = "Propagation.backward: the adjacency is 3x4 (rows x columns) but gradOut "
        + "has 7 values for width 2; it needs 3 x 2";
    assertRefused(backward, () -> Propagation.backward(a, new float[7], 2));
    assertRefused(backward, () -> Propagation.backward(a, new double[7], 2));
    assertRefused("Propagation.backward: the adjacency is 3x4 (rows x columns) but gradOut is "
        + "[4, 2]; gradOut needs 3 rows", () -> Propagation.backward(a, Nd4j.zeros(4, 2)));
    assertEquals(0, Propagation.forward(a, new float[0], 0).length);
    assertEquals(0, Propagation.backward(a, new double[0], 0).length);
    CsrAdjacency noSources = CsrAdjacency.fromEdges(7, 0, new int[0], new int[0]);
    assertRefused("Propagation.forward: the result [7, 400000000] has more elements than a Java"
        + " array can hold", () -> Propagation.forward(noSources, new float[0], 400_000_000));
  }
}
