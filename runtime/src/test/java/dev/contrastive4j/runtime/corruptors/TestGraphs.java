package dev.contrastive4j.runtime.corruptors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.Context;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Graphs for the corruptor tests, with rows that can be told apart, and graph comparisons. */
final class TestGraphs {
  /** Nodes per component of {@link #small()}. */
  static final long[] NODE_SIZES = {4, 3, 5};

  private TestGraphs() {}

  /**
   * Three components (4, 3 and 5 nodes), each a ring stored with both directions. Node set
   * "paper": dense "x" [12, 3] whose row i is (i, 100 + i, 200 + i), sparse "bow" [12, 6] with
   * entry (i, i mod 6) = i + 1, int "id" [12] = i. Edge set "cites": dense "w" [24, 1] = edge
   * index, sparse "ew" [24, 4]. Context: "c" [3, 2].
   */
  static GraphTensor small() {
    int n = (int) Arrays.stream(NODE_SIZES).sum();
    double[][] x = new double[n][];
    int[] ptr = new int[n + 1];
    int[] idx = new int[n];
    float[] val = new float[n];
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = new double[] {i, 100 + i, 200 + i};
      ptr[i + 1] = i + 1;
      idx[i] = i % 6;
      val[i] = i + 1;
      ids[i] = i;
    }
    Map<String, Feature> nodeFeatures = new LinkedHashMap<>();
    nodeFeatures.put("x", Feature.dense(Nd4j.createFromArray(x).castTo(DataType.FLOAT)));
    nodeFeatures.put("bow", Feature.sparse(new CsrMatrix(n, 6, ptr, idx, val)));
    nodeFeatures.put("id", Feature.dense(Nd4j.createFromArray(ids)));
    NodeSet papers = NodeSet.of(NODE_SIZES, nodeFeatures);

    List<int[]> edges = new ArrayList<>();
    long[] edgeSizes = new long[NODE_SIZES.length];
    int start = 0;
    for (int c = 0; c < NODE_SIZES.length; c++) {
      int size = (int) NODE_SIZES[c];
      for (int k = 0; k < size; k++) {
        int u = start + k;
        int v = start + (k + 1) % size;
        edges.add(new int[] {u, v});
        edges.add(new int[] {v, u});
      }
      edgeSizes[c] = 2L * size;
      start += size;
    }
    int e = edges.size();
    int[] src = new int[e];
    int[] tgt = new int[e];
    double[][] w = new double[e][1];
    int[] eptr = new int[e + 1];
    int[] eidx = new int[e];
    float[] evals = new float[e];
    for (int i = 0; i < e; i++) {
      src[i] = edges.get(i)[0];
      tgt[i] = edges.get(i)[1];
      w[i][0] = i;
      eptr[i + 1] = i + 1;
      eidx[i] = i % 4;
      evals[i] = 1000 + i;
    }
    Map<String, Feature> edgeFeatures = new LinkedHashMap<>();
    edgeFeatures.put("w", Feature.dense(Nd4j.createFromArray(w)));
    edgeFeatures.put("ew", Feature.sparse(new CsrMatrix(e, 4, eptr, eidx, evals)));
    EdgeSet cites = EdgeSet.of(edgeSizes, new Adjacency("paper", "paper", src, tgt),
        edgeFeatures);
    Context context = Context.of(Map.of("c", Feature.dense(Nd4j.createFromArray(
        new double[][] {{1, 2}, {3, 4}, {5, 6}}))));
    return GraphTensor.builder().context(context).nodeSet("paper", papers)
        .edgeSet("cites", cites).build();
  }

  /**
   * One node set "n" of {@code components} components of {@code nodesPer} nodes each with a dense
   * float feature "x" [n, dim] of values in [1, 2), and edge set "e" with {@code edgesPer} random
   * edges per component (within it), carrying "w" = edge index.
   */
  static GraphTensor random(int components, int nodesPer, int edgesPer, int dim, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = components * nodesPer;
    float[] x = new float[n * dim];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1f + (float) random.nextDouble();
    }
    long[] nodeSizes = new long[components];
    long[] edgeSizes = new long[components];
    Arrays.fill(nodeSizes, nodesPer);
    Arrays.fill(edgeSizes, edgesPer);
    int e = components * edgesPer;
    int[] src = new int[e];
    int[] tgt = new int[e];
    double[] w = new double[e];
    for (int i = 0; i < e; i++) {
      int base = (i / edgesPer) * nodesPer;
      src[i] = base + random.nextInt(nodesPer);
      tgt[i] = base + random.nextInt(nodesPer);
      w[i] = i;
    }
    NodeSet nodes = NodeSet.of(nodeSizes,
        Map.of("x", Feature.dense(Nd4j.create(x, new long[] {n, dim}, 'c'))));
    EdgeSet edges = EdgeSet.of(edgeSizes, new Adjacency("n", "n", src, tgt),
        Map.of("w", Feature.dense(Nd4j.createFromArray(w).reshape(e, 1))));
    return GraphTensor.homogeneous("n", nodes, "e", edges);
  }

  /** A deep copy of every array and index of {@code g}, to check later that it was not modified. */
  static GraphTensor snapshot(GraphTensor g) {
    GraphTensor.Builder b = GraphTensor.builder().context(Context.of(copy(g.context().features())));
    g.nodeSets().forEach((name, n) -> b.nodeSet(name, NodeSet.of(n.sizes(), copy(n.features()))));
    g.edgeSets().forEach((name, e) -> b.edgeSet(name, EdgeSet.of(e.sizes(),
        new Adjacency(e.adjacency().sourceSet(), e.adjacency().targetSet(),
            e.adjacency().sourceIndices(), e.adjacency().targetIndices()),
        copy(e.features()))));
    return b.build();
  }

  private static Map<String, Feature> copy(Map<String, Feature> features) {
    Map<String, Feature> out = new LinkedHashMap<>();
    features.forEach((k, f) -> out.put(k, f instanceof Feature.Dense d
        ? Feature.dense(d.values().dup()) : f));
    return out;
  }

  /** Asserts that two graphs hold the same sets, sizes, indices and feature values. */
  static void assertSameGraph(GraphTensor expected, GraphTensor actual) {
    assertEquals(expected.nodeSets().keySet(), actual.nodeSets().keySet());
    assertEquals(expected.edgeSets().keySet(), actual.edgeSets().keySet());
    assertSameFeatures(expected.context().features(), actual.context().features());
    expected.nodeSets().forEach((name, n) -> {
      NodeSet m = actual.nodeSet(name);
      assertEquals(Arrays.toString(n.sizes()), Arrays.toString(m.sizes()), name);
      assertSameFeatures(n.features(), m.features());
    });
    expected.edgeSets().forEach((name, e) -> {
      EdgeSet f = actual.edgeSet(name);
      assertEquals(Arrays.toString(e.sizes()), Arrays.toString(f.sizes()), name);
      assertEquals(Arrays.toString(e.adjacency().sourceView()),
          Arrays.toString(f.adjacency().sourceView()), name);
      assertEquals(Arrays.toString(e.adjacency().targetView()),
          Arrays.toString(f.adjacency().targetView()), name);
      assertSameFeatures(e.features(), f.features());
    });
  }

  static void assertSameFeatures(Map<String, Feature> expected, Map<String, Feature> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((name, f) -> assertEquals(f.isSparse(), actual.get(name).isSparse(), name));
    expected.forEach((name, f) -> assertEquals(f instanceof Feature.Sparse s
        ? s.values() : ((Feature.Dense) f).values(),
        actual.get(name) instanceof Feature.Sparse s2
            ? s2.values() : ((Feature.Dense) actual.get(name)).values(), name));
  }

  /** The rows of a 2-D (or 1-D) dense array as lists of doubles, for multiset comparisons. */
  static List<List<Double>> rows(INDArray a) {
    INDArray m = a.rank() == 1 ? a.reshape(a.length(), 1) : a;
    List<List<Double>> out = new ArrayList<>();
    for (int r = 0; r < m.rows(); r++) {
      List<Double> row = new ArrayList<>();
      for (int c = 0; c < m.columns(); c++) {
        row.add(m.getDouble(r, c));
      }
      out.add(row);
    }
    return out;
  }
}
