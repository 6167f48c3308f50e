package dev.contrastive4j.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class GraphDatasetTest {
  private static final GraphTensor GRAPH = GraphTensor.homogeneous("node",
      NodeSet.of(4, Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 4, 2)))), "edge",
      EdgeSet.of(new Adjacency("node", "node", new int[] {0}, new int[] {1}), Map.of()));

  @Test
  void countsClassesAndKeepsSplit() {
    GraphDataset d = new GraphDataset("toy", GRAPH, "node", "feat", new int[] {0, 1, 1, -1}, 2,
        new Split(new int[] {0}, new int[] {1}, new int[] {2}));
    assertArrayEquals(new int[] {1, 2}, d.classSizes());
    assertEquals(1, d.split().test().length);
  }

  @Test
  void rejectsInconsistentPieces() {
    Split split = new Split(new int[] {0}, new int[] {1}, new int[] {2});
    assertEquals("data set 'toy': 3 labels for node set 'node' of 4 nodes",
        assertThrows(InvalidGraphException.class, () -> new GraphDataset("toy", GRAPH, "node",
            "feat", new int[] {0, 1, 1}, 2, split)).getMessage());
    assertEquals("data set 'toy': label 2 of node 2 is outside [0, 2)",
        assertThrows(InvalidGraphException.class, () -> new GraphDataset("toy", GRAPH, "node",
            "feat", new int[] {0, 1, 2, 0}, 2, split)).getMessage());
    assertEquals("data set 'toy': test node 3 has no label",
        assertThrows(InvalidGraphException.class, () -> new GraphDataset("toy", GRAPH, "node",
            "feat", new int[] {0, 1, 1, -1}, 2,
            new Split(new int[] {0}, new int[] {1}, new int[] {3}))).getMessage());
    assertEquals("data set 'toy': node 0 is in more than one split part (again in val)",
        assertThrows(InvalidGraphException.class, () -> new GraphDataset("toy", GRAPH, "node",
            "feat", new int[] {0, 1, 1, 0}, 2,
            new Split(new int[] {0}, new int[] {0}, new int[] {3}))).getMessage());
    assertEquals("node set has no feature 'x'; it has [feat]",
        assertThrows(InvalidGraphException.class, () -> new GraphDataset("toy", GRAPH, "node",
            "x", new int[] {0, 1, 1, 0}, 2, split)).getMessage());
  }
}
