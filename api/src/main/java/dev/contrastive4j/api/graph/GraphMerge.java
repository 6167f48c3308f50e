package dev.contrastive4j.api.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Puts graphs of one schema side by side as the components of one graph, as TF-GNN's
 * {@code merge_batch_to_components} does: sizes and feature rows are concatenated in order, and
 * each graph's edge indices are shifted past the nodes of the graphs before it.
 */
final class GraphMerge {
  private GraphMerge() {}

  /** See {@link GraphTensor#merge(List)}. */
  static GraphTensor merge(List<GraphTensor> graphs) {
    if (graphs == null || graphs.isEmpty()) {
      throw new InvalidGraphException("merge: needs at least one graph");
    }
    for (int i = 0; i < graphs.size(); i++) {
      if (graphs.get(i) == null) {
        throw new InvalidGraphException("merge: graph " + i + " is null");
      }
    }
    GraphTensor first = graphs.get(0);
    for (int i = 1; i < graphs.size(); i++) {
      checkSameSchema(first, graphs.get(i), i);
    }
    GraphTensor.Builder out = GraphTensor.builder();
    Map<String, long[]> nodeOffsets = new LinkedHashMap<>();
    first.nodeSets().forEach((name, set) -> {
      List<NodeSet> parts = graphs.stream().map(g -> g.nodeSet(name)).toList();
      nodeOffsets.put(name, offsets(parts.stream().mapToLong(NodeSet::totalSize).toArray()));
      out.nodeSet(name, NodeSet.of(sizes(parts.stream().map(NodeSet::sizes).toList()),
          features(parts, NodeSet::features)));
    });
    first.edgeSets().forEach((name, set) -> {
      List<EdgeSet> parts = graphs.stream().map(g -> g.edgeSet(name)).toList();
      long[] sourceShift = nodeOffsets.get(set.adjacency().sourceSet());
      long[] targetShift = nodeOffsets.get(set.adjacency().targetSet());
      int edges = Math.toIntExact(parts.stream().mapToLong(EdgeSet::totalSize).sum());
      int[] source = new int[edges];
      int[] target = new int[edges];
      int at = 0;
      for (int i = 0; i < parts.size(); i++) {
        Adjacency a = parts.get(i).adjacency();
        for (int e = 0; e < a.size(); e++, at++) {
          source[at] = Math.toIntExact(a.sourceView()[e] + sourceShift[i]);
          target[at] = Math.toIntExact(a.targetView()[e] + targetShift[i]);
        }
      }
      out.edgeSet(name, EdgeSet.of(sizes(parts.stream().map(EdgeSet::sizes).toList()),
          new Adjacency(set.adjacency().sourceSet(), set.adjacency().targetSet(), source,
              target), features(parts, EdgeSet::features)));
    });
    out.context(Context.of(features(graphs.stream().map(GraphTensor::context).toList(),
        Context::features)));
    return out.build();
  }

  /** Every set, endpoint and feature of {@code graph} as in {@code first}, naming the fault. */
  private static void checkSameSchema(GraphTensor first, GraphTensor graph, int index) {
    String owner = "merge: graph " + index;
    if (!first.nodeSets().keySet().equals(graph.nodeSets().keySet())) {
      throw new InvalidGraphException(owner + " has node sets " + graph.nodeSets().keySet()
          + " but graph 0 has " + first.nodeSets().keySet());
    }
    if (!first.edgeSets().keySet().equals(graph.edgeSets().keySet())) {
      throw new InvalidGraphException(owner + " has edge sets " + graph.edgeSets().keySet()
          + " but graph 0 has " + first.edgeSets().keySet());
    }
    first.nodeSets().forEach((name, set) -> checkSameFeatures(owner + ", node set '" + name
        + "'", set.features(), graph.nodeSet(name).features()));
    first.edgeSets().forEach((name, set) -> {
      Adjacency a = set.adjacency();
      Adjacency b = graph.edgeSet(name).adjacency();
      if (!a.sourceSet().equals(b.sourceSet()) || !a.targetSet().equals(b.targetSet())) {
        throw new InvalidGraphException(owner + ", edge set '" + name + "': joins '"
            + b.sourceSet() + "' -> '" + b.targetSet() + "' but in graph 0 '" + a.sourceSet()
            + "' -> '" + a.targetSet() + "'");
      }
      checkSameFeatures(owner + ", edge set '" + name + "'", set.features(),
          graph.edgeSet(name).features());
    });
    checkSameFeatures(owner + ", context", first.context().features(),
        graph.context().features());
  }

  private static void checkSameFeatures(String owner, Map<String, Feature> expected,
      Map<String, Feature> actual) {
    if (!expected.keySet().equals(actual.keySet())) {
      throw new InvalidGraphException(owner + ": has features " + actual.keySet()
          + " but graph 0 has " + expected.keySet());
    }
    expected.forEach((name, e) -> {
      Feature a = actual.get(name);
      String at = owner + ", feature '" + name + "': ";
      if (e.isSparse() != a.isSparse()) {
        throw new InvalidGraphException(at + "is " + (a.isSparse() ? "sparse" : "dense")
            + " but " + (e.isSparse() ? "sparse" : "dense") + " in graph 0");
      }
      if (e.dataType() != a.dataType()) {
        throw new InvalidGraphException(at + "has data type " + a.dataType() + " but "
            + e.dataType() + " in graph 0");
      }
      long[] itemShape = itemShape(a);
      if (!Arrays.equals(itemShape(e), itemShape)) {
        throw new InvalidGraphException(at + "has items of shape " + Arrays.toString(itemShape)
            + " (shape " + Arrays.toString(a.shape()) + ") but graph 0 has items of shape "
            + Arrays.toString(itemShape(e)));
      }
    });
  }

  /** The shape of one item's value: the feature's shape without its rows. */
  private static long[] itemShape(Feature f) {
    long[] shape = f.shape();
    return Arrays.copyOfRange(shape, 1, shape.length);
  }

  private static long[] sizes(List<long[]> parts) {
    return parts.stream().flatMapToLong(Arrays::stream).toArray();
  }

  /** {@code [0, n0, n0 + n1, ...]}: where each part starts. */
  private static long[] offsets(long[] counts) {
    long[] offsets = new long[counts.length];
    for (int i = 1; i < counts.length; i++) {
      offsets[i] = offsets[i - 1] + counts[i - 1];
    }
    return offsets;
  }

  /** The features of {@code parts} (checked to match), their rows concatenated in order. */
  private static <T> Map<String, Feature> features(List<T> parts,
      Function<T, Map<String, Feature>> featuresOf) {
    Map<String, Feature> out = new LinkedHashMap<>();
    featuresOf.apply(parts.get(0)).forEach((name, f) -> {
      List<Feature> values = parts.stream().map(p -> featuresOf.apply(p).get(name)).toList();
      out.put(name, f.isSparse() ? Feature.sparse(stackSparse(values)) : stackDense(values));
    });
    return out;
  }

  private static Feature stackDense(List<Feature> values) {
    List<INDArray> rows = new ArrayList<>();
    for (Feature f : values) {
      // Parts without rows add nothing; skipping them often leaves one part to copy.
      if (f.rows() > 0) {
        rows.add(((Feature.Dense) f).values());
      }
    }
    if (rows.isEmpty()) {
      return Feature.dense(((Feature.Dense) values.get(0)).values().dup());
    }
    return Feature.dense(rows.size() == 1 ? rows.get(0).dup()
        : Nd4j.concat(0, rows.toArray(INDArray[]::new)));
  }

  private static CsrMatrix stackSparse(List<Feature> values) {
    List<CsrMatrix> parts = values.stream().map(f -> ((Feature.Sparse) f).values()).toList();
    int rows = parts.stream().mapToInt(CsrMatrix::rows).sum();
    int nnz = parts.stream().mapToInt(CsrMatrix::nnz).sum();
    int[] indptr = new int[rows + 1];
    int[] indices = new int[nnz];
    float[] data = new float[nnz];
    int row = 0;
    int at = 0;
    for (CsrMatrix m : parts) {
      int[] ptr = m.indptrView();
      for (int r = 0; r < m.rows(); r++) {
        indptr[row + r + 1] = at + ptr[r + 1];
      }
      System.arraycopy(m.indicesView(), 0, indices, at, m.nnz());
      System.arraycopy(m.valuesView(), 0, data, at, m.nnz());
      row += m.rows();
      at += m.nnz();
    }
    return new CsrMatrix(rows, parts.get(0).cols(), indptr, indices, data);
  }
}
