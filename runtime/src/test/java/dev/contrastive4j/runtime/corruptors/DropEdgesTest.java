package dev.contrastive4j.runtime.corruptors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class DropEdgesTest {

  @Test
  void keepsAboutOneMinusRateOfTheEdgesWithTheirFeaturesAndComponentSizes() {
    GraphTensor graph = TestGraphs.random(3, 400, 3000, 2, 6);
    GraphTensor before = TestGraphs.snapshot(graph);
    GraphTensor out = new DropEdges(0.3, 17).corrupt(graph);
    EdgeSet in = graph.edgeSet("e");
    EdgeSet kept = out.edgeSet("e");

    // 9000 edges, each kept with probability 0.7: 6300 expected, standard deviation about 43.
    assertEquals(6300, kept.totalSize(), 220);
    long[] sizes = kept.sizes();
    assertEquals(3, sizes.length);
    for (long s : sizes) {
      assertEquals(2100, s, 130);
    }
    // "w" holds each edge's original index: the survivors, in order, with their endpoints.
    INDArray w = kept.feature("w").toDense();
    int[] src = kept.adjacency().sourceView();
    int[] tgt = kept.adjacency().targetView();
    int previous = -1;
    int edge = 0;
    for (int c = 0; c < 3; c++) {
      for (long k = 0; k < sizes[c]; k++, edge++) {
        int original = (int) w.getDouble(edge, 0);
        assertTrue(original > previous, "order kept");
        previous = original;
        assertEquals(c, original / 3000, "edge stays in its component");
        assertEquals(in.adjacency().sourceView()[original], src[edge]);
        assertEquals(in.adjacency().targetView()[original], tgt[edge]);
      }
    }
    // Node sets are untouched, the graph validated itself on build, the input is unchanged.
    assertSame(graph.nodeSet("n"), out.nodeSet("n"));
    TestGraphs.assertSameGraph(before, graph);
  }

  @Test
  void smallThreeComponentGraphStaysConsistentWithSparseEdgeFeatures() {
    GraphTensor graph = TestGraphs.small();
    GraphTensor out = new DropEdges(0.5, 3).corrupt(graph);
    EdgeSet kept = out.edgeSet("cites");
    assertTrue(kept.totalSize() < 24 && kept.totalSize() > 0, "kept " + kept.totalSize());
    CsrMatrix ew = ((Feature.Sparse) kept.feature("ew")).values();
    INDArray w = kept.feature("w").toDense();
    assertEquals(kept.totalSize(), ew.rows());
    long[] sizes = kept.sizes();
    long[] inSizes = graph.edgeSet("cites").sizes();
    int edge = 0;
    long inStart = 0;
    for (int c = 0; c < 3; c++) {
      assertTrue(sizes[c] <= inSizes[c]);
      for (long k = 0; k < sizes[c]; k++, edge++) {
        int original = (int) w.getDouble(edge, 0);
        assertTrue(original >= inStart && original < inStart + inSizes[c]);
        // The sparse feature row follows the same edge: value 1000 + index at column index % 4.
        assertEquals(1000f + original, ew.valuesView()[ew.indptrView()[edge]], 0f);
        assertEquals(original % 4, ew.indicesView()[ew.indptrView()[edge]]);
      }
      inStart += inSizes[c];
    }
  }

  @Test
  void reversePairsCanBeDroppedTogether() {
    GraphTensor graph = TestGraphs.random(2, 100, 1500, 2, 8);
    // Make it undirected: every edge in both directions, component by component.
    EdgeSet e = graph.edgeSet("e");
    int[] s = e.adjacency().sourceView();
    int[] t = e.adjacency().targetView();
    int[] s2 = new int[2 * s.length];
    int[] t2 = new int[2 * s.length];
    int out = 0;
    for (int c = 0; c < 2; c++) {
      for (int i = c * 1500; i < (c + 1) * 1500; i++) {
        s2[out] = s[i];
        t2[out++] = t[i];
      }
      for (int i = c * 1500; i < (c + 1) * 1500; i++) {
        s2[out] = t[i];
        t2[out++] = s[i];
      }
    }
    GraphTensor undirected = GraphTensor.homogeneous("n", graph.nodeSet("n"), "e",
        EdgeSet.of(new long[] {3000, 3000},
            new Adjacency("n", "n", s2, t2), Map.of()));
    EdgeSet kept = DropEdges.undirected(0.4, 2).corrupt(undirected).edgeSet("e");
    Set<Long> pairs = new HashSet<>();
    int[] ks = kept.adjacency().sourceView();
    int[] kt = kept.adjacency().targetView();
    for (int i = 0; i < ks.length; i++) {
      pairs.add(((long) ks[i] << 32) | kt[i]);
    }
    for (int i = 0; i < ks.length; i++) {
      assertTrue(pairs.contains(((long) kt[i] << 32) | ks[i]), "reverse of a kept edge kept");
    }
    assertEquals(0.6, ks.length / 6000.0, 0.04);
    // Without pairing, some edge loses its reverse.
    EdgeSet independent = new DropEdges(0.4, 2).corrupt(undirected).edgeSet("e");
    Set<Long> indep = new HashSet<>();
    for (int i = 0; i < independent.totalSize(); i++) {
      indep.add(((long) independent.adjacency().sourceView()[i] << 32)
          | independent.adjacency().targetView()[i]);
    }
    boolean lost = false;
    for (long p : indep) {
      lost |= !indep.contains(((p & 0xffffffffL) << 32) | (p >>> 32));
    }
    assertTrue(lost);
  }

  @Test
  void ratesPerEdgeSetWithWildcardAndEdgeCases() {
    GraphTensor graph = TestGraphs.small();
    assertSame(graph, new DropEdges(0.0, 1).corrupt(graph), "rate 0 is the identity");
    GraphTensor none = new DropEdges(1.0, 1).corrupt(graph);
    assertEquals(0, none.edgeSet("cites").totalSize());
    assertArrayEquals(new long[] {0, 0, 0}, none.edgeSet("cites").sizes());
    assertEquals(0, none.edgeSet("cites").feature("w").rows());
    assertEquals(0, none.edgeSet("cites").feature("ew").rows());
    assertTrue(none.edgeSet("cites").feature("ew").isSparse());

    DropEdges named = new DropEdges(Map.of("cites", 0.2, "*", 0.7), false, 1);
    assertEquals(0.2, named.rateFor("cites"));
    assertEquals(0.7, named.rateFor("other"));
    assertEquals(0.0, new DropEdges(Map.of("cites", 0.2), false, 1).rateFor("other"));
    assertFalse(named.pairsReverseEdges());
    // The undirected factory pairs the directions; every constructor keeps its seed.
    DropEdges undirected = DropEdges.undirected(0.3, 8);
    assertTrue(undirected.pairsReverseEdges());
    assertEquals(8, undirected.seed());
    assertEquals(1, named.seed());
  }

  @Test
  void badRatesAndUnknownEdgeSetsNameTheSet() {
    assertEquals("DropEdges: rate for edge set 'cites' must be in [0, 1], got 1.5",
        assertThrows(CorruptionException.class,
            () -> new DropEdges(Map.of("cites", 1.5), false, 1)).getMessage());
    assertEquals("DropEdges: rate for edge set '*' must be in [0, 1], got NaN",
        assertThrows(CorruptionException.class, () -> new DropEdges(Double.NaN, 1))
            .getMessage());
    GraphTensor graph = TestGraphs.small();
    assertEquals("DropEdges names edge set 'cited_by', which the graph does not have; its edge "
        + "sets are [cites]",
        assertThrows(CorruptionException.class,
            () -> new DropEdges(Map.of("cited_by", 0.5), false, 1).corrupt(graph)).getMessage());
  }

  @Test
  void deterministicPerSeedAndFreshPerCall() {
    GraphTensor graph = TestGraphs.random(2, 50, 200, 2, 9);
    DropEdges a = new DropEdges(0.5, 4);
    DropEdges b = new DropEdges(0.5, 4);
    GraphTensor a1 = a.corrupt(graph);
    GraphTensor a2 = a.corrupt(graph);
    TestGraphs.assertSameGraph(a1, b.corrupt(graph));
    TestGraphs.assertSameGraph(a2, b.corrupt(graph));
    assertNotEquals(a1.edgeSet("e").feature("w").toDense(), a2.edgeSet("e").feature("w")
        .toDense());
  }
}
