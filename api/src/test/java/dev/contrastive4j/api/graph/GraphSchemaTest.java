package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class GraphSchemaTest {

  private static GraphTensor citations() {
    CsrMatrix bow = CsrMatrix.fromDense(Nd4j.createFromArray(new float[][] {{1, 0}, {0, 1}}));
    NodeSet papers = NodeSet.of(2, Map.of("feat", Feature.sparse(bow),
        "year", Feature.dense(Nd4j.createFromArray(2001L, 2002L))));
    EdgeSet cites = EdgeSet.of(new Adjacency("paper", "paper", new int[] {0}, new int[] {1}),
        Map.of("w", Feature.dense(Nd4j.ones(DataType.DOUBLE, 1, 3))));
    return GraphTensor.homogeneous("paper", papers, "cites", cites);
  }

  @Test
  void derivedSchemaRoundTripsThroughJson() {
    GraphSchema schema = GraphSchema.of(citations());
    assertEquals(new FeatureSpec("float32", List.of(2L), true),
        schema.nodeSets().get("paper").features().get("feat"));
    assertEquals(new FeatureSpec("int64", List.of(), false),
        schema.nodeSets().get("paper").features().get("year"));
    assertEquals(new FeatureSpec("float64", List.of(3L), false),
        schema.edgeSets().get("cites").features().get("w"));
    GraphSchema back = GraphSchema.fromJson(schema.toJson());
    assertEquals(schema, back);
    back.check(citations());
  }

  @Test
  void checkListsEveryDifference() {
    GraphSchema schema = GraphSchema.fromJson("""
        {"node_sets": {"paper": {"features": {"feat": {"dtype": "float64", "shape": [2]}}},
                       "author": {}},
         "edge_sets": {"cites": {"source": "paper", "target": "paper"}}}
        """);
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> schema.check(citations()));
    String m = e.getMessage();
    assertTrue(m.contains("node set 'author' is missing"), m);
    assertTrue(m.contains("node set 'paper', feature 'feat' is FeatureSpec[dtype=float32"), m);
    assertTrue(m.contains("node set 'paper', feature 'year' is not in the schema"), m);
    assertTrue(m.contains("edge set 'cites', feature 'w' is not in the schema"), m);
  }

  @Test
  void badJsonNamesTheProblem() {
    InvalidGraphException unknown = assertThrows(InvalidGraphException.class,
        () -> GraphSchema.fromJson("{\"nodesets\": {}}"));
    assertTrue(unknown.getMessage().contains("nodesets"), unknown.getMessage());
    InvalidGraphException dtype = assertThrows(InvalidGraphException.class,
        () -> GraphSchema.fromJson("{\"node_sets\": {\"a\": {\"features\": "
            + "{\"x\": {\"dtype\": \"complex\"}}}}}"));
    assertTrue(dtype.getMessage().contains("unknown dtype 'complex'"), dtype.getMessage());
    InvalidGraphException dangling = assertThrows(InvalidGraphException.class,
        () -> GraphSchema.fromJson("{\"node_sets\": {\"a\": {}}, \"edge_sets\": "
            + "{\"e\": {\"source\": \"a\", \"target\": \"b\"}}}"));
    assertTrue(dangling.getMessage().contains("edge set 'e' refers to node set 'b'"),
        dangling.getMessage());
  }

  @Test
  void nullsFractionsAndNegativeSizesAreNamed() {
    assertEquals("schema: edge set 'e' is null; write its 'source' and 'target'",
        assertThrows(InvalidGraphException.class, () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {}}, \"edge_sets\": {\"e\": null}}")).getMessage());
    assertEquals("schema: node set 'a' is null; write {\"features\": {}} for one without "
        + "features", assertThrows(InvalidGraphException.class,
            () -> GraphSchema.fromJson("{\"node_sets\": {\"a\": null}}")).getMessage());
    assertEquals("schema: feature 'x' is null; write its spec, at least {\"dtype\": ...}",
        assertThrows(InvalidGraphException.class, () -> GraphSchema.fromJson(
            "{\"node_sets\": {\"a\": {\"features\": {\"x\": null}}}}")).getMessage());
    assertThrows(InvalidGraphException.class, () -> GraphSchema.fromJson(
        "{\"node_sets\": {\"a\": {\"features\": {\"x\": {\"dtype\": \"float32\", "
            + "\"shape\": [2.5]}}}}}"));
    assertEquals("feature spec: shape [3, -1] must hold sizes of 0 or more",
        assertThrows(InvalidGraphException.class, () -> new FeatureSpec("float32",
            List.of(3L, -1L), false)).getMessage());
    assertEquals("feature spec: a sparse feature is float32 (a CSR matrix holds float32 values), "
        + "was float64", assertThrows(InvalidGraphException.class, () -> new FeatureSpec(
            "float64", List.of(3L), true)).getMessage());
  }

  @Test
  void checkComparesEdgeSetsAndTheContext() {
    GraphSchema schema = GraphSchema.fromJson("""
        {"node_sets": {"paper": {"features": {"feat": {"dtype": "float32", "shape": [2],
                                                        "sparse": true},
                                              "year": {"dtype": "int64", "shape": []}}}},
         "edge_sets": {"refs": {"source": "paper", "target": "paper"}},
         "context": {"features": {"label": {"dtype": "int32", "shape": []}}}}
        """);
    assertEquals("graph does not match its schema: edge set 'refs' is missing; edge set "
        + "'cites' is not in the schema; context, feature 'label' is missing",
        assertThrows(InvalidGraphException.class, () -> schema.check(citations()))
            .getMessage());
  }

  @Test
  void contextSpecOfNullHasNoFeaturesAndKeepsAGivenMap() {
    assertEquals(Map.of(), new GraphSchema.ContextSpec(null).features());
    FeatureSpec label = new FeatureSpec("int32", List.of(), false);
    assertEquals(Map.of("label", label),
        new GraphSchema.ContextSpec(Map.of("label", label)).features());
    assertEquals(DataType.INT, label.dataType());
  }

  @Test
  void aSyntaxErrorKeepsJacksonsWordsWithoutItsSourceLocation() {
    assertEquals("schema, line 1: not valid JSON: Unexpected end-of-input: expected close marker "
        + "for Object", assertThrows(InvalidGraphException.class,
            () -> GraphSchema.fromJson("{\"node_sets\": {}")).getMessage());
  }
}
