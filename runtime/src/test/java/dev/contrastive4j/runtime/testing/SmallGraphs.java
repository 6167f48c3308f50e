package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * A data set of many small graphs held as the components of one graph, as mini-batch training
 * reads it: node set {@code node} with a float32 feature {@code feat} of width {@link #WIDTH},
 * edge set {@code edge} joining each node to the next of its component in a ring (both
 * directions). Every node is labeled with its component's parity; train, val and test are the
 * nodes of every second, fourth and other fourth component.
 */
public final class SmallGraphs {
  /** The width of the input feature. */
  public static final int WIDTH = 4;

  private SmallGraphs() {}

  /** One ring per entry of {@code nodesPerGraph} (0 makes a component without nodes). */
  public static GraphDataset rings(long... nodesPerGraph) {
    int components = nodesPerGraph.length;
    int nodes = Math.toIntExact(java.util.Arrays.stream(nodesPerGraph).sum());
    long[] edgeSizes = new long[components];
    int[] component = new int[nodes];
    IntStream.Builder source = IntStream.builder();
    IntStream.Builder target = IntStream.builder();
    int offset = 0;
    for (int c = 0; c < components; c++) {
      int n = Math.toIntExact(nodesPerGraph[c]);
      for (int i = 0; i < n; i++) {
        component[offset + i] = c;
        if (n > 1 && (n > 2 || i == 0)) {
          int j = (i + 1) % n;
          source.add(offset + i).add(offset + j);
          target.add(offset + j).add(offset + i);
          edgeSizes[c] += 2;
        }
      }
      offset += n;
    }
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(nodesPerGraph, Map.of("feat",
            Feature.dense(GraphFixtures.uniform(components, nodes, WIDTH)
                .castTo(DataType.FLOAT)))))
        .edgeSet("edge", EdgeSet.of(edgeSizes, new Adjacency("node", "node",
            source.build().toArray(), target.build().toArray()), Map.of()))
        .build();
    int[] labels = IntStream.of(component).map(c -> c % 2).toArray();
    Split split = new Split(
        IntStream.range(0, nodes).filter(i -> component[i] % 4 < 2).toArray(),
        IntStream.range(0, nodes).filter(i -> component[i] % 4 == 2).toArray(),
        IntStream.range(0, nodes).filter(i -> component[i] % 4 == 3).toArray());
    return new GraphDataset("rings", graph, "node", "feat", labels, 2, split);
  }
}
