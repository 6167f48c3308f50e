package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class GcnNormalizationTest {

  /**
   * The dense reference, computed with matrix operations: A[t, s] sums the edge weights s -> t;
   * with self loops the diagonal is replaced by the given loop weights; then
   * D^-1/2 A D^-1/2 with D the row sums (in-degree at the target) and 0 for degree 0.
   */
  private static INDArray denseReference(int n, int[] src, int[] tgt, double[] w,
      double[] loopWeights) {
    INDArray a = Nd4j.zeros(DataType.DOUBLE, n, n);
    for (int i = 0; i < src.length; i++) {
      a.putScalar(tgt[i], src[i], a.getDouble(tgt[i], src[i]) + w[i]);
    }
    if (loopWeights != null) {
      INDArray eye = Nd4j.eye(n).castTo(DataType.DOUBLE);
      a.muli(eye.rsub(1)).addi(Nd4j.diag(Nd4j.create(loopWeights)));
    }
    INDArray deg = a.sum(1);
    INDArray inv = Transforms.pow(deg, -0.5, true);
    for (int v = 0; v < n; v++) {
      if (deg.getDouble(v) == 0) {
        inv.putScalar(v, 0);
      }
    }
    return a.mulColumnVector(inv.reshape(n, 1)).mulRowVector(inv.reshape(1, n));
  }

  @Test
  void smallGraphHasTheTextbookWeights() {
    // Undirected edge 0-1 plus self loops: every degree is 2, so every weight is 1/2.
    CsrAdjacency a = GcnNormalization.normalize(2, new int[] {0, 1}, new int[] {1, 0}, true);
    for (int t = 0; t < 2; t++) {
      for (int s = 0; s < 2; s++) {
        assertEquals(0.5, a.weight(t, s), 1e-15);
      }
    }
    // A star 0 -> {1, 2}, 1 -> 0, 2 -> 0 with self loops: deg(0) = 3, deg(1) = deg(2) = 2.
    CsrAdjacency star = GcnNormalization.normalize(3, new int[] {0, 0, 1, 2},
        new int[] {1, 2, 0, 0}, true);
    assertEquals(1 / Math.sqrt(6), star.weight(1, 0), 1e-15);
    assertEquals(1 / Math.sqrt(6), star.weight(0, 2), 1e-15);
    assertEquals(1 / 3d, star.weight(0, 0), 1e-15);
    assertEquals(0.5, star.weight(2, 2), 1e-15);
  }

  @Test
  void matchesDenseFormulaOnRandomGraphWithSelfLoops() {
    Random rnd = new Random(3);
    int n = 30;
    int[] src = KernelTestSupport.randomIndices(rnd, 120, n);
    int[] tgt = KernelTestSupport.randomIndices(rnd, 120, n);
    src[0] = 4; // an explicit self loop, and it is duplicated
    tgt[0] = 4;
    src[1] = 4;
    tgt[1] = 4;
    double[] ones = new double[src.length];
    java.util.Arrays.fill(ones, 1);
    double[] loops = new double[n];
    java.util.Arrays.fill(loops, 1);
    INDArray expected = denseReference(n, src, tgt, ones, loops);
    CsrAdjacency a = GcnNormalization.normalize(n, src, tgt, true);
    KernelTestSupport.assertClose(expected, a.toDense(DataType.DOUBLE), 1e-14, "A-hat");
  }

  @Test
  void matchesDenseFormulaWithoutSelfLoopsAndWithWeights() {
    Random rnd = new Random(4);
    int n = 25;
    int[] src = KernelTestSupport.randomIndices(rnd, 80, n);
    int[] tgt = KernelTestSupport.randomIndices(rnd, 80, n);
    double[] w = new double[src.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = rnd.nextDouble() * 3;
    }
    KernelTestSupport.assertClose(denseReference(n, src, tgt, w, null),
        GcnNormalization.normalize(n, src, tgt, w, false).toDense(DataType.DOUBLE), 1e-14,
        "without self loops");
    // A weighted self loop keeps its weight; the other nodes get 1.
    src[5] = 7;
    tgt[5] = 7;
    w[5] = 2.5;
    // add_remaining_self_loops: a node keeps the weight of its last self loop, others get 1.
    double[] loops = new double[n];
    java.util.Arrays.fill(loops, 1);
    for (int i = 0; i < src.length; i++) {
      if (src[i] == tgt[i]) {
        loops[src[i]] = w[i];
      }
    }
    assertEquals(2.5, loops[7]);
    KernelTestSupport.assertClose(denseReference(n, src, tgt, w, loops),
        GcnNormalization.normalize(n, src, tgt, w, true).toDense(DataType.DOUBLE), 1e-14,
        "with weighted self loops");
  }

  @Test
  void nodesWithoutIncomingEdgesGiveZeroNotNaN() {
    // Node 0 only sends; node 2 is isolated.
    CsrAdjacency a = GcnNormalization.normalize(3, new int[] {0}, new int[] {1}, false);
    INDArray dense = a.toDense(DataType.DOUBLE);
    assertFalse(dense.isNaN().any(), dense.toString());
    assertEquals(0, dense.sumNumber().doubleValue());
    // With self loops the isolated node keeps only its own loop, of weight 1.
    CsrAdjacency b = GcnNormalization.normalize(3, new int[] {0}, new int[] {1}, true);
    assertEquals(1, b.weight(2, 2), 0);
    assertEquals(1 / Math.sqrt(2), b.weight(1, 0), 1e-15);
    assertEquals(1, b.weight(0, 0), 0);
  }

  @Test
  void zeroEdgesAndSingleNode() {
    CsrAdjacency none = GcnNormalization.normalize(4, new int[0], new int[0], false);
    assertEquals(0, none.nnz());
    CsrAdjacency loops = GcnNormalization.normalize(4, new int[0], new int[0], true);
    KernelTestSupport.assertClose(Nd4j.eye(4).castTo(DataType.DOUBLE),
        loops.toDense(DataType.DOUBLE), 0, "identity");
    CsrAdjacency single = GcnNormalization.normalize(1, new int[] {0, 0}, new int[] {0, 0}, true);
    assertEquals(1, single.nnz());
    assertEquals(1, single.weight(0, 0), 0);
  }

  @Test
  void badInputIsRejected() {
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> GcnNormalization.normalize(3, new int[] {0, 5}, new int[] {1, 1}, true));
    assertTrue(e.getMessage().contains("GcnNormalization.normalize: edge 1 (5 -> 1)"),
        e.getMessage());
    e = assertThrows(KernelArgumentException.class, () -> GcnNormalization.normalize(3,
        new int[] {0}, new int[] {1}, new double[] {-1}, true));
    assertTrue(e.getMessage().contains("edgeWeights[0] is -1.0"), e.getMessage());
  }

  /**
   * The limits of the input checks: no nodes at all and a zero weight are allowed, a node equal
   * to numNodes is not, on either end of an edge.
   */
  @Test
  void inputLimitsAreExact() {
    assertEquals(0, GcnNormalization.normalize(0, new int[0], new int[0], true).numTargets());
    assertRefused("GcnNormalization.normalize: edge 0 (3 -> 0) has a node outside [0, 3)",
        () -> GcnNormalization.normalize(3, new int[] {3}, new int[] {0}, false));
    assertRefused("GcnNormalization.normalize: edge 0 (0 -> 3) has a node outside [0, 3)",
        () -> GcnNormalization.normalize(3, new int[] {0}, new int[] {3}, false));
    assertRefused("GcnNormalization.normalize: numNodes must be non-negative, was -1",
        () -> GcnNormalization.normalize(-1, new int[0], new int[0], false));
    // Node 1 has in-degree 0 + 2 = 2; node 0 has none, so its edge weighs 0.
    CsrAdjacency a = GcnNormalization.normalize(2, new int[] {0, 1}, new int[] {1, 1},
        new double[] {0, 2}, false);
    assertEquals(0, a.weight(1, 0));
    assertEquals(1, a.weight(1, 1), 1e-15);
  }
}
