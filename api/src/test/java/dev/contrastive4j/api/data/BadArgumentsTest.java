package dev.contrastive4j.api.data;

import static dev.contrastive4j.api.testing.BadCall.accepted;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.testing.BadCall;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Split}, {@link GraphDataset}'s constructor, {@link GraphDataset#ofGraphs} and
 * {@link GraphDataset#withGraph} with each kind of bad argument: one exception at once, naming
 * the data set and the argument, label or index at fault (see {@link BadCall}); and the edge
 * cases the Javadoc allows are accepted.
 */
class BadArgumentsTest {
  /** Four nodes of node set {@code node} with feature {@code feat}; one edge. */
  private static final GraphTensor NODES = GraphTensor.homogeneous("node",
      NodeSet.of(4, Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 4, 2)))), "edge",
      EdgeSet.of(new Adjacency("node", "node", new int[] {0}, new int[] {1}), Map.of()));
  /** Three graphs as components, of 2, 0 and 3 nodes. */
  private static final GraphTensor GRAPHS = GraphTensor.builder()
      .nodeSet("node", NodeSet.of(new long[] {2, 0, 3},
          Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 5, 2)))))
      .build();
  private static final int[] LABELS = {0, 1, 1, -1};
  private static final int[] GRAPH_LABELS = {0, -1, 1};

  private static Split split(int[] train, int[] val, int[] test) {
    return new Split(train, val, test);
  }

  /** Train node 0, val node 1, test node 2. */
  private static final Split SPLIT = split(new int[] {0}, new int[] {1}, new int[] {2});
  /** Train graph 0, test graph 2. */
  private static final Split GRAPH_SPLIT = split(new int[] {0}, new int[0], new int[] {2});

  private static GraphDataset nodes(String name, GraphTensor graph, String set, String feature,
      int[] labels, int numClasses, Split split) {
    return new GraphDataset(name, graph, set, feature, labels, numClasses, split);
  }

  private static GraphDataset nodes(int[] labels, int numClasses, Split split) {
    return nodes("toy", NODES, "node", "feat", labels, numClasses, split);
  }

  private static GraphDataset graphs(int[] labels, int numClasses, Split split) {
    return GraphDataset.ofGraphs("toy", GRAPHS, "node", "feat", labels, numClasses, split);
  }

  private static BadCall refused(String description, Executable call, String... names) {
    return BadCall.of(description, InvalidGraphException.class, call, names);
  }

  private static Stream<DynamicTest> tests(List<BadCall> bad, DynamicTest... valid) {
    return Stream.concat(bad.stream().map(BadCall::test), Stream.of(valid));
  }

  @TestFactory
  Stream<DynamicTest> split() {
    int[] none = new int[0];
    return tests(List.of(
        BadCall.of("null train", NullPointerException.class, () -> split(null, none, none),
            "train"),
        BadCall.of("null val", NullPointerException.class, () -> split(none, null, none),
            "val"),
        BadCall.of("null test", NullPointerException.class, () -> split(none, none, null),
            "test")),
        accepted("empty parts", () -> split(none, none, none)),
        // A split alone does not know its data set: GraphDataset and the probe check indices.
        accepted("indices not yet checked", () -> split(new int[] {-1}, new int[] {0},
            new int[] {0})));
  }

  @TestFactory
  Stream<DynamicTest> nodeLabels() {
    GraphDataset valid = nodes(LABELS, 2, SPLIT);
    GraphTensor withoutFeat = NODES.withNodeFeatures("node", Map.of());
    return tests(List.of(
        refused("null name", () -> nodes(null, NODES, "node", "feat", LABELS, 2, SPLIT),
            "data set", "name"),
        refused("blank name", () -> nodes(" ", NODES, "node", "feat", LABELS, 2, SPLIT),
            "data set", "name"),
        refused("null graph", () -> nodes("toy", null, "node", "feat", LABELS, 2, SPLIT),
            "data set 'toy'", "graph"),
        refused("null target node set", () -> nodes("toy", NODES, null, "feat", LABELS, 2,
            SPLIT), "data set 'toy'", "node set 'null'", "[node]"),
        refused("unknown target node set", () -> nodes("toy", NODES, "paper", "feat", LABELS,
            2, SPLIT), "data set 'toy'", "node set 'paper'", "[node]"),
        refused("unknown feature", () -> nodes("toy", NODES, "node", "x", LABELS, 2, SPLIT),
            "data set 'toy'", "node set 'node'", "feature 'x'", "[feat]"),
        refused("null feature", () -> nodes("toy", NODES, "node", null, LABELS, 2, SPLIT),
            "data set 'toy'", "node set 'node'", "feature 'null'"),
        refused("null labels", () -> nodes(null, 2, SPLIT), "data set 'toy'", "labels"),
        refused("a label too few", () -> nodes(new int[] {0, 1, 1}, 2, SPLIT),
            "data set 'toy'", "3 labels", "4 nodes"),
        refused("a label too many", () -> nodes(new int[] {0, 1, 1, 0, 0}, 2, SPLIT),
            "data set 'toy'", "5 labels", "4 nodes"),
        refused("a label below the unlabeled marker", () -> nodes(new int[] {0, -2, 1, 0}, 2,
            SPLIT), "data set 'toy'", "label -2 of node 1"),
        refused("a label past the classes", () -> nodes(new int[] {0, 1, 2, 0}, 2, SPLIT),
            "data set 'toy'", "label 2 of node 2", "[0, 2)"),
        refused("no class", () -> nodes(new int[] {-1, -1, -1, -1}, 0,
            split(new int[0], new int[0], new int[0])), "data set 'toy'", "numClasses is 0"),
        refused("a negative number of classes", () -> nodes(LABELS, -3, SPLIT),
            "data set 'toy'", "numClasses is -3"),
        refused("more classes than nodes", () -> nodes(LABELS, Integer.MAX_VALUE, SPLIT),
            "data set 'toy'", "numClasses is 2147483647", "4 nodes"),
        refused("null split", () -> nodes(LABELS, 2, null), "data set 'toy'", "split"),
        refused("a train node past the nodes", () -> nodes(LABELS, 2,
            split(new int[] {4}, new int[0], new int[0])), "data set 'toy'", "train node 4",
            "[0, 4)"),
        refused("a negative val node", () -> nodes(LABELS, 2,
            split(new int[0], new int[] {-1}, new int[0])), "data set 'toy'", "val node -1"),
        refused("an unlabeled test node", () -> nodes(LABELS, 2,
            split(new int[0], new int[0], new int[] {3})), "data set 'toy'", "test node 3",
            "no label"),
        refused("a node in two parts", () -> nodes(LABELS, 2,
            split(new int[] {0}, new int[0], new int[] {0})), "data set 'toy'", "node 0",
            "test"),
        refused("a node twice in one part", () -> nodes(LABELS, 2,
            split(new int[] {1, 1}, new int[0], new int[0])), "data set 'toy'", "node 1",
            "train"),
        refused("withGraph of null", () -> valid.withGraph(null), "data set 'toy'", "graph"),
        refused("withGraph of a graph without the feature", () -> valid.withGraph(withoutFeat),
            "data set 'toy'", "feature 'feat'")),
        accepted("a valid data set", () -> nodes(LABELS, 2, SPLIT)),
        // The marker of unlabeled nodes is not a class: no node needs a label.
        accepted("no labeled node and an empty split", () -> nodes(new int[] {-1, -1, -1, -1},
            1, split(new int[0], new int[0], new int[0]))),
        accepted("one class", () -> nodes(new int[] {0, 0, 0, 0}, 1, SPLIT)),
        accepted("as many classes as nodes", () -> nodes(new int[] {0, 1, 2, 3}, 4, SPLIT)),
        accepted("a single node", () -> nodes("one", GraphTensor.builder().nodeSet("node",
            NodeSet.of(1, Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 1, 2)))))
            .build(), "node", "feat", new int[] {0}, 1, split(new int[] {0}, new int[0],
            new int[0]))));
  }

  @TestFactory
  Stream<DynamicTest> graphLabels() {
    return tests(List.of(
        refused("a label per node, not per graph", () -> graphs(new int[] {0, 1, 0, 1, 0}, 2,
            GRAPH_SPLIT), "data set 'toy'", "5 graph labels", "3 components"),
        refused("a label past the classes", () -> graphs(new int[] {0, -1, 2}, 2, GRAPH_SPLIT),
            "data set 'toy'", "label 2 of component 2"),
        refused("a graph without nodes labeled", () -> graphs(new int[] {0, 1, 1}, 2,
            GRAPH_SPLIT), "data set 'toy'", "component 1", "no node of node set 'node'"),
        refused("more classes than graphs", () -> graphs(GRAPH_LABELS, 4, GRAPH_SPLIT),
            "data set 'toy'", "numClasses is 4", "3 components"),
        refused("a test graph past the graphs", () -> graphs(GRAPH_LABELS, 2,
            split(new int[] {0}, new int[0], new int[] {3})), "data set 'toy'",
            "test component 3", "[0, 3)"),
        refused("a val graph without nodes", () -> graphs(GRAPH_LABELS, 2,
            split(new int[] {0}, new int[] {1}, new int[0])), "data set 'toy'",
            "val component 1"),
        refused("a graph in two parts", () -> graphs(GRAPH_LABELS, 2,
            split(new int[] {2}, new int[0], new int[] {2})), "data set 'toy'", "component 2",
            "test"),
        refused("null labels", () -> graphs(null, 2, GRAPH_SPLIT), "data set 'toy'",
            "labels")),
        accepted("a valid data set", () -> graphs(GRAPH_LABELS, 2, GRAPH_SPLIT)),
        // A graph without nodes is valid as long as it is neither labeled nor in the split.
        accepted("an unlabeled graph without nodes", () -> graphs(new int[] {-1, -1, -1}, 1,
            split(new int[0], new int[0], new int[0]))));
  }
}
