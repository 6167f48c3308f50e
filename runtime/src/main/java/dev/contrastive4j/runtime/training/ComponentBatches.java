package dev.contrastive4j.runtime.training;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.Context;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Splits a graph of many components (a data set of small graphs) into mini-batches of
 * consecutive components, each a {@link GraphTensor} of its own with node indices renumbered
 * from 0: the unit of one mini-batch training step.
 */
public final class ComponentBatches {
  private ComponentBatches() {}

  /**
   * The batches of {@code componentsPerBatch} consecutive components (the last may have fewer).
   *
   * @throws IllegalArgumentException if {@code componentsPerBatch} is not positive
   */
  public static List<GraphTensor> split(GraphTensor graph, int componentsPerBatch) {
    requirePositive(componentsPerBatch);
    List<GraphTensor> batches = new ArrayList<>();
    for (int from = 0; from < graph.numComponents(); from += componentsPerBatch) {
      batches.add(slice(graph, from, Math.min(graph.numComponents(), from + componentsPerBatch)));
    }
    return batches;
  }

  /**
   * The first component of the first batch {@link #split} makes in which {@code nodes} has no
   * nodes, or -1 when every batch has some.
   *
   * @throws IllegalArgumentException if {@code componentsPerBatch} is not positive
   */
  public static int startOfFirstBatchWithoutNodes(NodeSet nodes, int componentsPerBatch) {
    requirePositive(componentsPerBatch);
    long[] sizes = nodes.sizes();
    for (int from = 0; from < sizes.length; from += componentsPerBatch) {
      long total = 0;
      for (int c = from; c < Math.min(sizes.length, from + componentsPerBatch); c++) {
        total += sizes[c];
      }
      if (total == 0) {
        return from;
      }
    }
    return -1;
  }

  private static void requirePositive(int componentsPerBatch) {
    if (componentsPerBatch < 1) {
      throw new IllegalArgumentException("components per batch must be at least 1, was "
          + componentsPerBatch);
    }
  }

  /** Components {@code [from, to)} of {@code graph} as a graph of their own. */
  static GraphTensor slice(GraphTensor graph, int from, int to) {
    Map<String, long[]> nodeOffsets = new LinkedHashMap<>();
    GraphTensor.Builder out = GraphTensor.builder();
    graph.nodeSets().forEach((name, set) -> {
      long[] offsets = offsets(set.sizes());
      nodeOffsets.put(name, offsets);
      out.nodeSet(name, NodeSet.of(Arrays.copyOfRange(set.sizes(), from, to),
          rows(set.features(), offsets[from], offsets[to])));
    });
    graph.edgeSets().forEach((name, set) -> {
      long[] offsets = offsets(set.sizes());
      int first = Math.toIntExact(offsets[from]);
      int last = Math.toIntExact(offsets[to]);
      Adjacency a = set.adjacency();
      int sourceShift = Math.toIntExact(nodeOffsets.get(a.sourceSet())[from]);
      int targetShift = Math.toIntExact(nodeOffsets.get(a.targetSet())[from]);
      int[] source = new int[last - first];
      int[] target = new int[last - first];
      for (int e = first; e < last; e++) {
        source[e - first] = a.sourceView()[e] - sourceShift;
        target[e - first] = a.targetView()[e] - targetShift;
      }
      out.edgeSet(name, EdgeSet.of(Arrays.copyOfRange(set.sizes(), from, to),
          new Adjacency(a.sourceSet(), a.targetSet(), source, target),
          rows(set.features(), first, last)));
    });
    out.context(Context.of(rows(graph.context().features(), from, to)));
    return out.build();
  }

  private static long[] offsets(long[] sizes) {
    long[] offsets = new long[sizes.length + 1];
    for (int i = 0; i < sizes.length; i++) {
      offsets[i + 1] = offsets[i] + sizes[i];
    }
    return offsets;
  }

  private static Map<String, Feature> rows(Map<String, Feature> features, long from, long to) {
    Map<String, Feature> out = new LinkedHashMap<>();
    features.forEach((name, f) -> {
      if (f instanceof Feature.Sparse sparse) {
        int[] ids = new int[Math.toIntExact(to - from)];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = Math.toIntExact(from + i);
        }
        out.put(name, Feature.sparse(sparse.values().selectRows(ids)));
      } else {
        var values = ((Feature.Dense) f).values();
        out.put(name, Feature.dense(values.get(NDArrayIndex.interval(from, to)).dup()));
      }
    });
    return out;
  }
}
