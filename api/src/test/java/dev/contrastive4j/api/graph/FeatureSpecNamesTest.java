package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A spec stores the schema name of its dtype, whatever name it was written with, and says no
 * (rather than failing) to a feature whose type has no schema name.
 */
class FeatureSpecNamesTest {

  @Test
  void anAliasOrAnotherCaseIsStoredAsTheSchemaName() {
    FeatureSpec canonical = new FeatureSpec("float32", List.of(3L), false);
    for (String name : List.of("float", "Float32", "FLOAT")) {
      FeatureSpec spec = new FeatureSpec(name, List.of(3L), false);
      assertEquals("float32", spec.dtype(), name);
      assertEquals(canonical, spec, name);
      assertEquals(canonical.hashCode(), spec.hashCode(), name);
    }
    assertEquals("int64", new FeatureSpec("long", List.of(), false).dtype());
    assertEquals("float64", new FeatureSpec("Double", List.of(), false).dtype());
  }

  /** A data directory's schema may spell float32 as "float": its graph still matches. */
  @Test
  void aSchemaWrittenWithAnAliasMatchesItsGraph() {
    GraphSchema schema = GraphSchema.fromJson("""
        {"node_sets": {"paper": {"features": {"feat": {"dtype": "float", "shape": [2]},
                                              "year": {"dtype": "LONG"}}}},
         "edge_sets": {"cites": {"source": "paper", "target": "paper"}}}
        """);
    NodeSet papers = NodeSet.of(2, Map.of(
        "feat", Feature.dense(Nd4j.createFromArray(new float[][] {{1, 0}, {0, 1}})),
        "year", Feature.dense(Nd4j.createFromArray(2001L, 2002L))));
    EdgeSet cites = EdgeSet.of(new Adjacency("paper", "paper", new int[] {0}, new int[] {1}),
        Map.of());
    schema.check(GraphTensor.homogeneous("paper", papers, "cites", cites));
    assertTrue(schema.toJson().contains("\"float32\""), schema.toJson());
  }

  @Test
  void aTypeWithoutASchemaNameDoesNotMatchAndCheckNamesTheFeature() {
    Feature unsigned = Feature.dense(Nd4j.zeros(DataType.UINT16, 2));
    assertFalse(new FeatureSpec("int32", List.of(), false).matches(unsigned));

    GraphSchema schema = GraphSchema.fromJson("""
        {"node_sets": {"paper": {"features": {"year": {"dtype": "int32"}}},
                       "author": {}}}
        """);
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(2, Map.of("year", unsigned)))
        .build();
    InvalidGraphException e = assertThrows(InvalidGraphException.class, () -> schema.check(graph));
    String m = e.getMessage();
    assertTrue(m.contains("node set 'paper', feature 'year': data type UINT16 has no schema "
        + "name"), m);
    // The other differences are still listed.
    assertTrue(m.contains("node set 'author' is missing"), m);
  }
}
