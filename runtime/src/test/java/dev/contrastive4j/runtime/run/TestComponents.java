package dev.contrastive4j.runtime.run;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a one-component data set into equal components, dropping edges between them. */
final class TestComponents {
  private TestComponents() {}

  static GraphDataset split(GraphDataset data, int components) {
    GraphTensor g = data.graph();
    NodeSet nodes = g.nodeSet(data.targetNodeSet());
    long n = nodes.totalSize();
    long per = n / components;
    long[] sizes = new long[components];
    Arrays.fill(sizes, per);
    sizes[components - 1] = n - per * (components - 1);
    String edgeName = g.edgeSets().keySet().iterator().next();
    Adjacency a = g.edgeSet(edgeName).adjacency();
    long[] edgeSizes = new long[components];
    List<int[]> kept = new ArrayList<>();
    for (int c = 0; c < components; c++) {
      for (int e = 0; e < a.size(); e++) {
        int s = a.sourceView()[e];
        int t = a.targetView()[e];
        if (Math.min(s / per, components - 1) == c && Math.min(t / per, components - 1) == c) {
          kept.add(new int[] {s, t});
          edgeSizes[c]++;
        }
      }
    }
    int[] source = kept.stream().mapToInt(x -> x[0]).toArray();
    int[] target = kept.stream().mapToInt(x -> x[1]).toArray();
    GraphTensor graph = GraphTensor.builder()
        .nodeSet(data.targetNodeSet(), NodeSet.of(sizes, nodes.features()))
        .edgeSet(edgeName, EdgeSet.of(edgeSizes, new Adjacency(a.sourceSet(), a.targetSet(),
            source, target), java.util.Map.of()))
        .build();
    return new GraphDataset(data.name(), graph, data.targetNodeSet(), data.featureName(),
        data.labels(), data.numClasses(), data.split());
  }
}
