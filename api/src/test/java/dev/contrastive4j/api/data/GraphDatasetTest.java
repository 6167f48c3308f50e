package dev.contrastive4j.api.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.List;
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
    assertEquals("data set 'toy': node set 'node' has no feature 'x'; it has [feat]",
        assertThrows(InvalidGraphException.class, () -> new GraphDataset("toy", GRAPH, "node",
            "x", new int[] {0, 1, 1, 0}, 2, split)).getMessage());
  }

  /**
   * Three graphs as components: nodes 0-1 (an edge), none, nodes 2-4 (an edge); node set
   * {@code other} has a node in component 1 only.
   */
  private static final GraphTensor GRAPHS = GraphTensor.builder()
      .nodeSet("node", NodeSet.of(new long[] {2, 0, 3},
          Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 5, 2)))))
      .nodeSet("other", NodeSet.of(new long[] {0, 1, 0},
          Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 1, 2)))))
      .edgeSet("edge", EdgeSet.of(new long[] {1, 0, 1},
          new Adjacency("node", "node", new int[] {0, 2}, new int[] {1, 3}), Map.of()))
      .build();

  private static String refusal(int[] graphLabels, Split split) {
    return assertThrows(InvalidGraphException.class, () -> GraphDataset.ofGraphs("toy", GRAPHS,
        "node", "feat", graphLabels, 2, split)).getMessage();
  }

  private static Split split(int[] train, int[] val, int[] test) {
    return new Split(train, val, test);
  }

  @Test
  void labelsGraphsByComponent() {
    GraphDataset d = GraphDataset.ofGraphs("toy", GRAPHS, "node", "feat",
        new int[] {0, -1, 1}, 2, split(new int[] {0}, new int[0], new int[] {2}));
    assertEquals(LabelLevel.GRAPH, d.labelLevel());
    assertArrayEquals(new int[] {0, -1, 1}, d.labels());
    assertArrayEquals(new int[] {1, 1}, d.classSizes());
    assertEquals("GraphDataset[toy, node.feat, labels of 3 graphs, classes=2, sizes=[1, 1], "
        + "Split[train=1, val=0, test=1]]", d.toString());
    // A copy with another graph of the same components keeps labeling graphs.
    assertEquals(LabelLevel.GRAPH, d.withGraph(GRAPHS).labelLevel());
    assertEquals(LabelLevel.NODE, new GraphDataset("toy", GRAPH, "node", "feat",
        new int[] {0, 1, 1, -1}, 2, split(new int[] {0}, new int[] {1}, new int[] {2}))
        .labelLevel());
  }

  @Test
  void refusesGraphLabelsThatDoNotFitTheComponents() {
    Split ok = split(new int[] {0}, new int[0], new int[] {2});
    assertEquals("data set 'toy': 2 graph labels for a graph of 3 components (one label per "
        + "component)", refusal(new int[] {0, 1}, ok));
    assertEquals("data set 'toy': label 2 of component 2 is outside [0, 2)",
        refusal(new int[] {0, -1, 2}, ok));
    assertEquals("data set 'toy': component 1 is labeled but has no node of node set 'node' (a "
        + "graph without nodes has no pooled embedding to classify)",
        refusal(new int[] {0, 1, 1}, ok));
    assertEquals("data set 'toy': test component 3 is outside [0, 3)",
        refusal(new int[] {0, -1, 1}, split(new int[] {0}, new int[0], new int[] {3})));
    assertEquals("data set 'toy': val component 1 has no node of node set 'node' (a graph "
        + "without nodes has no pooled embedding to classify)",
        refusal(new int[] {0, -1, 1}, split(new int[] {0}, new int[] {1}, new int[] {2})));
    assertEquals("data set 'toy': train component 2 has no label",
        refusal(new int[] {0, -1, -1}, split(new int[] {2}, new int[0], new int[] {0})));
    assertEquals("data set 'toy': component 0 is in more than one split part (again in test)",
        refusal(new int[] {0, -1, 1}, split(new int[] {0}, new int[0], new int[] {0})));
    // The nodes that count are the target node set's: 'other' has none in component 0.
    assertEquals("data set 'toy': component 0 is labeled but has no node of node set 'other' "
        + "(a graph without nodes has no pooled embedding to classify)",
        assertThrows(InvalidGraphException.class, () -> GraphDataset.ofGraphs("toy", GRAPHS,
            "other", "feat", new int[] {0, -1, 1}, 2, ok)).getMessage());
    // Another graph must have as many components as there are graph labels.
    GraphDataset d = GraphDataset.ofGraphs("toy", GRAPHS, "node", "feat", new int[] {0, -1, 1},
        2, ok);
    assertEquals("data set 'toy': 3 graph labels for a graph of 1 component (one label per "
        + "component)", assertThrows(InvalidGraphException.class, () -> d.withGraph(GRAPH))
        .getMessage());
  }

  @Test
  void keepsWhatItWasGiven() {
    GraphDataset d = new GraphDataset("toy", GRAPH, "node", "feat", new int[] {0, 1, 1, -1}, 2,
        split(new int[] {0}, new int[] {1}, new int[] {2}));
    assertEquals(List.of("toy", "node", "feat", 2, LabelLevel.NODE),
        List.of(d.name(), d.targetNodeSet(), d.featureName(), d.numClasses(), d.labelLevel()));
    assertSame(GRAPH, d.graph());
    assertEquals("graph", LabelLevel.GRAPH.id());
    assertEquals("node", LabelLevel.NODE.toString());
  }

  @Test
  void tooManyClassesNamesTheItemsInTheRightNumber() {
    // One item is "the 1 node"; several are "the 4 nodes", and graphs have no node set.
    GraphTensor one = GraphTensor.homogeneous("node", NodeSet.of(1, Map.of("feat",
        Feature.dense(Nd4j.zeros(DataType.FLOAT, 1, 2)))), "edge",
        EdgeSet.of(new Adjacency("node", "node", new int[0], new int[0]), Map.of()));
    assertEquals("data set 'toy': numClasses is 2; it must be from 1 to the 1 node it "
        + "classifies (of node set 'node')", assertThrows(InvalidGraphException.class,
            () -> new GraphDataset("toy", one, "node", "feat", new int[] {0}, 2,
                split(new int[] {0}, new int[0], new int[0]))).getMessage());
    assertEquals("data set 'toy': numClasses is 5; it must be from 1 to the 4 nodes it "
        + "classifies (of node set 'node')", assertThrows(InvalidGraphException.class,
            () -> new GraphDataset("toy", GRAPH, "node", "feat", new int[] {0, 1, 1, -1}, 5,
                split(new int[] {0}, new int[0], new int[0]))).getMessage());
    assertEquals("data set 'toy': numClasses is 4; it must be from 1 to the 3 components it "
        + "classifies", assertThrows(InvalidGraphException.class, () -> GraphDataset.ofGraphs(
            "toy", GRAPHS, "node", "feat", new int[] {0, -1, 1}, 4,
            split(new int[] {0}, new int[0], new int[] {2}))).getMessage());
  }
}
