package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Data sets of many small graphs held as the components of one graph, as mini-batch training
 * reads it: node set {@code node} with a float32 feature {@code feat} of width {@link #WIDTH},
 * edge set {@code edge} joining each node to the next of its component in a ring (both
 * directions). {@link #rings} labels every node with its component's parity; train, val and
 * test are the nodes of every second, fourth and other fourth component. {@link #twoKinds}
 * labels whole graphs.
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
    // Two classes, or one for a single node: a data set has no more classes than nodes.
    return new GraphDataset("rings", graph, "node", "feat", labels, Math.min(2, nodes), split);
  }

  /**
   * {@code count} graphs of two kinds, alternating, labeled by kind
   * ({@link GraphDataset#ofGraphs}): rings of 3 to 6 nodes whose features lie around -1 (kind 0)
   * or +1 (kind 1) in every column, with uniform noise in [-1, 1), so that a graph's mean feature
   * tells its kind. Train, val and test are the graphs whose index modulo 5 is below 3, 3 and 4.
   */
  public static GraphDataset twoKinds(int count, long seed) {
    Random random = new Random(seed);
    List<GraphTensor> graphs = new ArrayList<>();
    int[] kinds = new int[count];
    for (int g = 0; g < count; g++) {
      kinds[g] = g % 2;
      int n = 3 + random.nextInt(4);
      INDArray feat = GraphFixtures.uniform(random.nextLong(), n, WIDTH)
          .addi(kinds[g] == 0 ? -1 : 1);
      int[] source = new int[2 * n];
      int[] target = new int[2 * n];
      for (int i = 0; i < n; i++) {
        source[2 * i] = i;
        target[2 * i] = (i + 1) % n;
        source[2 * i + 1] = (i + 1) % n;
        target[2 * i + 1] = i;
      }
      graphs.add(GraphFixtures.homogeneous(n, source, target,
          Feature.dense(feat.castTo(DataType.FLOAT))));
    }
    Split split = new Split(
        IntStream.range(0, count).filter(g -> g % 5 < 3).toArray(),
        IntStream.range(0, count).filter(g -> g % 5 == 3).toArray(),
        IntStream.range(0, count).filter(g -> g % 5 == 4).toArray());
    return GraphDataset.ofGraphs("two-kinds", GraphTensor.merge(graphs), "node", "feat", kinds,
        2, split);
  }
}
