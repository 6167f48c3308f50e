package dev.contrastive4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** What dataset-info reports: totals always, per-set counts and graphs only where they say more. */
class DatasetInfoTest {
  @Test
  void oneGraphOfOneNodeSetAndOneEdgeSet() {
    // Rings of 3 and 4 nodes (6 + 8 directed edges), as one graph: no per-set counts.
    GraphDataset rings = SmallGraphs.rings(3, 4);
    GraphDataset one = rings.withGraph(GraphTensor.homogeneous("node",
        NodeSet.of(7, rings.graph().nodeSet("node").features()), "edge",
        EdgeSet.of(rings.graph().edgeSet("edge").adjacency(), Map.of())));
    assertEquals(new DatasetInfo("rings", 7, 14, SmallGraphs.WIDTH, 2, 7, 0, 0, null, null, null,
        null), DatasetInfo.of(one));
    // The same rings as two graphs.
    assertEquals(new DatasetInfo("rings", 7, 14, SmallGraphs.WIDTH, 2, 7, 0, 0, null, null, 2,
        null), DatasetInfo.of(rings));
  }

  @Test
  void graphLabelsAndAFeatureOfHigherRank() {
    GraphDataset kinds = SmallGraphs.twoKinds(5, 3);
    DatasetInfo info = DatasetInfo.of(kinds);
    assertEquals(LabelLevel.GRAPH, info.labelLevel());
    assertEquals(5, info.components());
    assertEquals(3, info.train());
    // Each row of a 3 x 2 x 2 feature has 4 values.
    GraphTensor g = GraphTensor.homogeneous("node", NodeSet.of(3, Map.of("x",
            Feature.dense(Nd4j.zeros(DataType.FLOAT, 3, 2, 2)))), "edge",
        EdgeSet.of(new Adjacency("node", "node", new int[0], new int[0]), Map.of()));
    GraphDataset cube = new GraphDataset("cube", g, "node", "x", new int[] {0, 1, 1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[] {2}));
    assertEquals(4, DatasetInfo.of(cube).features());
  }

  @Test
  void perSetCountsWhenThereAreSeveralEdgeSetsOrNodeSets() {
    // One node set, two edge sets: heterogeneous all the same.
    GraphTensor twoEdgeSets = GraphTensor.builder()
        .nodeSet("node", NodeSet.of(3, Map.of("x", Feature.dense(Nd4j.ones(DataType.FLOAT, 3,
            2)))))
        .edgeSet("a", EdgeSet.of(new Adjacency("node", "node", new int[] {0}, new int[] {1}),
            Map.of()))
        .edgeSet("b", EdgeSet.of(new Adjacency("node", "node", new int[] {1, 2},
            new int[] {2, 0}), Map.of()))
        .build();
    GraphDataset d = new GraphDataset("two", twoEdgeSets, "node", "x", new int[] {0, 1, 0}, 2,
        new Split(new int[] {0, 1}, new int[] {2}, new int[0]));
    Map<String, Long> edges = new LinkedHashMap<>();
    edges.put("a", 1L);
    edges.put("b", 2L);
    assertEquals(new DatasetInfo("two", 3, 3, 2, 2, 2, 1, 0, Map.of("node", 3L), edges, null,
        null), DatasetInfo.of(d));
    // Two node sets, one edge set between them.
    GraphTensor twoNodeSets = GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(2, Map.of("x", Feature.dense(Nd4j.ones(DataType.FLOAT, 2,
            3)))))
        .nodeSet("author", NodeSet.of(1, Map.of()))
        .edgeSet("writes", EdgeSet.of(new Adjacency("author", "paper", new int[] {0, 0},
            new int[] {0, 1}), Map.of()))
        .build();
    GraphDataset p = new GraphDataset("papers", twoNodeSets, "paper", "x", new int[] {0, 1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[0]));
    Map<String, Long> nodes = new LinkedHashMap<>();
    nodes.put("paper", 2L);
    nodes.put("author", 1L);
    assertEquals(new DatasetInfo("papers", 3, 2, 3, 2, 1, 1, 0, nodes, Map.of("writes", 2L),
        null, null), DatasetInfo.of(p));
  }
}
