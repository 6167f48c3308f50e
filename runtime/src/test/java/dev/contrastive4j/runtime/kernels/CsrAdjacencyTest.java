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

class CsrAdjacencyTest {

  @Test
  void rowsAreTargetsAndDuplicateEdgesAreSummed() {
    // Edges 2->0 (twice), 1->0, 0->1, 2->2; rows are targets.
    CsrAdjacency a = CsrAdjacency.fromEdges(3, 3, new int[] {0, 0, 0, 1, 2},
        new int[] {2, 1, 2, 0, 2}, new double[] {0.5, 2, 0.25, 3, 4});
    assertEquals(4, a.nnz());
    assertArrayEquals(new int[] {0, 2, 3, 4}, a.rowPointers());
    assertArrayEquals(new int[] {1, 2, 0, 2}, a.sourceIndices());
    assertArrayEquals(new double[] {2, 0.75, 3, 4}, a.weights());
    assertEquals(0.75, a.weight(0, 2));
    assertEquals(0, a.weight(1, 1));
  }

  @Test
  void denseFormAndTransposeMatchTheEdgeList() {
    Random rnd = new Random(11);
    int targets = 7;
    int sources = 5;
    int[] t = KernelTestSupport.randomIndices(rnd, 40, targets);
    int[] s = KernelTestSupport.randomIndices(rnd, 40, sources);
    double[] w = new double[40];
    INDArray expected = Nd4j.zeros(DataType.DOUBLE, targets, sources);
    for (int i = 0; i < w.length; i++) {
      w[i] = rnd.nextDouble();
      expected.putScalar(t[i], s[i], expected.getDouble(t[i], s[i]) + w[i]);
    }
    CsrAdjacency a = CsrAdjacency.fromEdges(targets, sources, t, s, w);
    KernelTestSupport.assertClose(expected, a.toDense(DataType.DOUBLE), 1e-15, "A");
    CsrAdjacency at = a.transpose();
    assertEquals(sources, at.numTargets());
    assertEquals(targets, at.numSources());
    KernelTestSupport.assertClose(expected.transpose(), at.toDense(DataType.DOUBLE), 1e-15, "A^T");
    KernelTestSupport.assertClose(expected, at.transpose().toDense(DataType.DOUBLE), 1e-15,
        "A^T^T");
  }

  @Test
  void zeroEdgesGiveAnEmptyMatrix() {
    CsrAdjacency a = CsrAdjacency.fromEdges(4, 2, new int[0], new int[0]);
    assertEquals(0, a.nnz());
    assertArrayEquals(new int[5], a.rowPointers());
    assertEquals(0, a.toDense(DataType.DOUBLE).sumNumber().doubleValue());
    assertArrayEquals(new int[3], a.transpose().rowPointers());
  }

  @Test
  void badEdgesAreRejectedWithTheirPosition() {
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> CsrAdjacency.fromEdges(3, 3, new int[] {0, 3}, new int[] {1, 1}));
    assertTrue(e.getMessage().contains("CsrAdjacency.fromEdges"), e.getMessage());
    assertTrue(e.getMessage().contains("target[1] = 3"), e.getMessage());

    e = assertThrows(KernelArgumentException.class,
        () -> CsrAdjacency.fromEdges(3, 2, new int[] {0}, new int[] {-1}));
    assertTrue(e.getMessage().contains("source[0] = -1"), e.getMessage());

    e = assertThrows(KernelArgumentException.class,
        () -> CsrAdjacency.fromEdges(3, 3, new int[] {0, 1}, new int[] {1}));
    assertTrue(e.getMessage().contains("target has 2 entries, source 1"), e.getMessage());

    e = assertThrows(KernelArgumentException.class, () -> CsrAdjacency.fromEdges(3, 3,
        new int[] {0}, new int[] {1}, new double[] {Double.NaN}));
    assertTrue(e.getMessage().contains("weights[0] is NaN"), e.getMessage());
  }

  /** Without weights every edge weighs 1, so a duplicate edge weighs 2. */
  @Test
  void unweightedEdgesWeighOne() {
    CsrAdjacency a = CsrAdjacency.fromEdges(2, 3, new int[] {0, 1, 1}, new int[] {2, 0, 0});
    assertArrayEquals(new double[] {1, 2}, a.weights());
    assertEquals("CsrAdjacency[2 targets x 3 sources, nnz=2]", a.toString());
  }

  /** Zero nodes on either side is a valid (empty) adjacency; a negative count is not. */
  @Test
  void nodeCountsMayBeZero() {
    assertEquals(0, CsrAdjacency.fromEdges(0, 0, new int[0], new int[0]).nnz());
    CsrAdjacency noSources = CsrAdjacency.fromEdges(3, 0, new int[0], new int[0]);
    assertArrayEquals(new long[] {3, 0}, noSources.toDense(DataType.DOUBLE).shape());
    assertRefused("CsrAdjacency.fromEdges: node counts must be non-negative, were -1 targets"
        + " and 0 sources", () -> CsrAdjacency.fromEdges(-1, 0, new int[0], new int[0]));
    assertRefused("CsrAdjacency.fromEdges: node counts must be non-negative, were 0 targets"
        + " and -1 sources", () -> CsrAdjacency.fromEdges(0, -1, new int[0], new int[0]));
  }

  /** weight takes a target and a source inside the adjacency, and nothing at its size. */
  @Test
  void weightIsBounded() {
    CsrAdjacency a = CsrAdjacency.fromEdges(2, 3, new int[] {1}, new int[] {2});
    assertEquals(1, a.weight(1, 2));
    assertRefused("CsrAdjacency.weight: (2, 0) is outside the 2x3 adjacency",
        () -> a.weight(2, 0));
    assertRefused("CsrAdjacency.weight: (0, 3) is outside the 2x3 adjacency",
        () -> a.weight(0, 3));
    assertRefused("CsrAdjacency.weight: (-1, 0) is outside the 2x3 adjacency",
        () -> a.weight(-1, 0));
    assertRefused("CsrAdjacency.weight: (0, -1) is outside the 2x3 adjacency",
        () -> a.weight(0, -1));
  }
}
