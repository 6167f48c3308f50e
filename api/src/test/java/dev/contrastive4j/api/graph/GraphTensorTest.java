package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class GraphTensorTest {

  /** Two node sets (author, paper), two edge sets, two components. */
  private static GraphTensor bipartite() {
    NodeSet papers = NodeSet.of(new long[] {2, 1},
        Map.of("feat", Feature.dense(Nd4j.rand(DataType.FLOAT, 3, 4))));
    NodeSet authors = NodeSet.of(new long[] {1, 2}, Map.of());
    EdgeSet writes = EdgeSet.of(new long[] {2, 2},
        new Adjacency("author", "paper", new int[] {0, 0, 1, 2}, new int[] {0, 1, 2, 2}),
        Map.of());
    EdgeSet cites = EdgeSet.of(new long[] {1, 0},
        new Adjacency("paper", "paper", new int[] {0}, new int[] {1}),
        Map.of("weight", Feature.dense(Nd4j.ones(DataType.FLOAT, 1))));
    return GraphTensor.builder()
        .nodeSet("paper", papers)
        .nodeSet("author", authors)
        .edgeSet("writes", writes)
        .edgeSet("cites", cites)
        .context(Context.of(Map.of("label", Feature.dense(Nd4j.createFromArray(1, 0)))))
        .build();
  }

  @Test
  void consistentGraphBuildsAndReportsItsParts() {
    GraphTensor g = bipartite();
    assertEquals(2, g.numComponents());
    assertEquals(3, g.nodeSet("paper").totalSize());
    assertArrayEquals(new long[] {2, 2}, g.edgeSet("writes").sizes());
    assertEquals("author", g.edgeSet("writes").adjacency().sourceSet());
    assertEquals(java.util.List.of("paper", "author"), java.util.List.copyOf(g.nodeSets().keySet()));
  }

  @Test
  void replacingAFeatureLeavesTheOriginalUntouched() {
    GraphTensor g = bipartite();
    Feature hidden = Feature.dense(Nd4j.zeros(DataType.FLOAT, 3, 8));
    GraphTensor h = g.withNodeFeature("paper", "hidden_state", hidden);
    assertSame(hidden, h.nodeSet("paper").feature("hidden_state"));
    assertTrue(!g.nodeSet("paper").hasFeature("hidden_state"));
    assertSame(g.edgeSet("writes"), h.edgeSet("writes"));
  }

  @Test
  void featureWithWrongRowCountNamesSetAndFeature() {
    GraphTensor g = bipartite();
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> g.withNodeFeature("author", "age", Feature.dense(Nd4j.zeros(DataType.FLOAT, 5))));
    assertEquals("node set 'author', feature 'age': has 5 rows but the set has 3 items "
        + "(shape [5])", e.getMessage());
  }

  @Test
  void nanInFloatFeatureIsRejected() {
    var values = Nd4j.zeros(DataType.DOUBLE, 3, 2);
    values.putScalar(1, 1, Double.NaN);
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> bipartite().withNodeFeature("paper", "x", Feature.dense(values)));
    assertEquals("node set 'paper', feature 'x': contains NaN or infinite values", e.getMessage());
  }

  @Test
  void infinityInEdgeFeatureIsRejected() {
    var values = Nd4j.createFromArray(Float.POSITIVE_INFINITY);
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> bipartite().withEdgeFeature("cites", "weight", Feature.dense(values)));
    assertTrue(e.getMessage().startsWith("edge set 'cites', feature 'weight'"), e.getMessage());
  }

  @Test
  void indexOutOfRangeNamesEdgeSetAndEnd() {
    NodeSet n = NodeSet.of(3, Map.of());
    EdgeSet e = EdgeSet.of(new Adjacency("n", "n", new int[] {0, 1}, new int[] {2, 3}), Map.of());
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> GraphTensor.homogeneous("n", n, "e", e));
    assertEquals("edge set 'e': target index 3 of edge 1 is outside node set 'n' [0, 3)",
        ex.getMessage());
  }

  @Test
  void edgeCrossingComponentsIsRejected() {
    NodeSet n = NodeSet.of(new long[] {2, 2}, Map.of());
    EdgeSet e = EdgeSet.of(new long[] {1, 1},
        new Adjacency("n", "n", new int[] {0, 1}, new int[] {1, 2}), Map.of());
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> GraphTensor.homogeneous("n", n, "e", e));
    assertEquals("edge set 'e': source index 1 of edge 1 is outside node set 'n' [2, 4) of "
        + "component 1", ex.getMessage());
  }

  @Test
  void unknownNodeSetInAdjacencyIsNamed() {
    NodeSet n = NodeSet.of(3, Map.of());
    EdgeSet e = EdgeSet.of(new Adjacency("n", "user", new int[] {0}, new int[] {0}), Map.of());
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> GraphTensor.homogeneous("n", n, "e", e));
    assertEquals("edge set 'e': target node set 'user' is not in the graph; it has [n]",
        ex.getMessage());
  }

  @Test
  void componentCountsMustAgree() {
    NodeSet a = NodeSet.of(new long[] {1, 1}, Map.of());
    NodeSet b = NodeSet.of(new long[] {2}, Map.of());
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> GraphTensor.builder().nodeSet("a", a).nodeSet("b", b).build());
    assertEquals("node set 'b' has 1 components but node set 'a' has 2", ex.getMessage());
  }

  @Test
  void contextNeedsOneRowPerComponent() {
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> bipartite().withContextFeatures(
            Map.of("label", Feature.dense(Nd4j.createFromArray(1, 0, 1)))));
    assertTrue(ex.getMessage().startsWith("context, feature 'label': has 3 rows but the set "
        + "has 2 items"), ex.getMessage());
  }

  @Test
  void missingFeatureListsTheExistingOnes() {
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> bipartite().nodeSet("paper").feature("hidden_state"));
    assertEquals("node set has no feature 'hidden_state'; it has [feat]", ex.getMessage());
    InvalidGraphException unknownSet = assertThrows(InvalidGraphException.class,
        () -> bipartite().nodeSet("venue"));
    assertEquals("unknown node set 'venue'; the graph has [paper, author]",
        unknownSet.getMessage());
  }

  @Test
  void emptyGraphsAreAllowed() {
    GraphTensor g = GraphTensor.homogeneous("n", NodeSet.of(1, Map.of()), "e",
        EdgeSet.of(new Adjacency("n", "n", new int[0], new int[0]), Map.of()));
    assertEquals(0, g.edgeSet("e").totalSize());
  }

  @Test
  void sparseFeaturesKeepTheirRowsChecked() {
    CsrMatrix csr = CsrMatrix.fromDense(Nd4j.createFromArray(new float[][] {{0, 1}, {2, 0}}));
    InvalidGraphException ex = assertThrows(InvalidGraphException.class,
        () -> bipartite().withNodeFeature("paper", "bow", Feature.sparse(csr)));
    assertTrue(ex.getMessage().contains("feature 'bow': has 2 rows but the set has 3 items"),
        ex.getMessage());
  }

  @Test
  void toBuilderReplacesSetsAndKeepsOrder() {
    GraphTensor g = bipartite();
    GraphTensor h = g.toBuilder().nodeSet("author", NodeSet.of(new long[] {1, 2},
        Map.of("age", Feature.dense(Nd4j.ones(DataType.FLOAT, 3))))).build();
    assertEquals(java.util.List.of("paper", "author"), java.util.List.copyOf(h.nodeSets().keySet()));
    assertSame(g.nodeSet("paper"), h.nodeSet("paper"));
    var bad = Nd4j.ones(DataType.FLOAT, 3);
    bad.putScalar(0, Float.NaN);
    InvalidGraphException e = assertThrows(InvalidGraphException.class, () -> g.toBuilder()
        .nodeSet("author", NodeSet.of(new long[] {1, 2}, Map.of("age", Feature.dense(bad))))
        .build());
    assertEquals("node set 'author', feature 'age': contains NaN or infinite values",
        e.getMessage());
  }

  @Test
  void copiesReplaceExactlyThePieceTheyName() {
    GraphTensor g = bipartite();
    Feature age = Feature.dense(Nd4j.ones(DataType.FLOAT, 3));
    assertEquals(Map.of("age", age),
        g.withNodeFeatures("author", Map.of("age", age)).nodeSet("author").features());
    Feature weight = Feature.dense(Nd4j.zeros(DataType.FLOAT, 4));
    GraphTensor weighted = g.withEdgeFeature("writes", "w", weight);
    assertSame(weight, weighted.edgeSet("writes").feature("w"));
    assertTrue(weighted.edgeSet("writes").hasFeature("w"));
    assertEquals(Map.of("w", weight),
        g.withEdgeFeatures("writes", Map.of("w", weight)).edgeSet("writes").features());
    Feature label = Feature.dense(Nd4j.createFromArray(0, 1));
    GraphTensor relabeled = g.withContextFeatures(Map.of("y", label));
    assertEquals(Map.of("y", label), relabeled.context().features());
    assertTrue(relabeled.context().hasFeature("y"));
    assertTrue(!relabeled.context().hasFeature("label"));
    GraphTensor noCites = g.withEdgeSet("cites", e -> e.withFeatures(Map.of()));
    assertEquals(Map.of(), noCites.edgeSet("cites").features());
    assertTrue(!noCites.edgeSet("cites").hasFeature("weight"));
  }

  @Test
  void toBuilderKeepsTheSetsItDoesNotReplace() {
    GraphTensor g = bipartite();
    GraphTensor h = g.toBuilder().context(Context.empty()).build();
    assertEquals(java.util.List.of("writes", "cites"),
        java.util.List.copyOf(h.edgeSets().keySet()));
    assertSame(g.edgeSet("cites"), h.edgeSet("cites"));
    assertEquals(Map.of(), h.context().features());
  }

  @Test
  void toStringShowsEveryPart() {
    GraphTensor g = GraphTensor.homogeneous("n", NodeSet.of(2,
        Map.of("x", Feature.dense(Nd4j.zeros(DataType.FLOAT, 2, 3)))), "e",
        EdgeSet.of(new Adjacency("n", "n", new int[] {0}, new int[] {1}), Map.of()));
    assertEquals("GraphTensor[components=1, context=Context{}, nodeSets={n=NodeSet[sizes=[2], "
        + "features={x=Dense[2, 3] FLOAT}]}, edgeSets={e=EdgeSet[n -> n, sizes=[1], "
        + "features={}]}]", g.toString());
  }
}
