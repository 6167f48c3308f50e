package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Relation}: the relations of a graph or schema, the edge sets within a node set. */
class RelationTest {
  private static final GraphTensor GRAPH = GraphFixtures.citationGraph(
      Feature.dense(uniform(1, 5, 2)), Feature.dense(uniform(2, 3, 2)));
  private static final List<Relation> CITATIONS = List.of(
      new Relation("cites", "paper", "paper"), new Relation("writes", "author", "paper"),
      new Relation("written", "paper", "author"));

  @Test
  void aGraphAndItsSchemaListTheSameRelationsInOrder() {
    // Every edge set with its source and target, in the graph's order.
    assertEquals(CITATIONS, Relation.of(GRAPH));
    assertEquals(CITATIONS, Relation.of(GraphSchema.of(GRAPH)));
  }

  @Test
  void withinListsOnlyTheEdgeSetsFromANodeSetToItself() {
    // 'writes' ends at papers and 'written' starts at them: neither is within 'paper'.
    assertEquals(List.of("cites"), Relation.within(GRAPH, "paper"));
    assertEquals(List.of(), Relation.within(GRAPH, "author"));
  }

  @Test
  void everyNameIsRequired() {
    assertEquals("a relation needs an edge set, a source and a target node set, got 'e': 'paper'"
        + " -> ' '", assertThrows(IllegalArgumentException.class,
            () -> new Relation("e", "paper", " ")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Relation(null, "paper", "paper"));
    assertThrows(IllegalArgumentException.class, () -> new Relation("", "paper", "paper"));
    assertThrows(IllegalArgumentException.class, () -> new Relation("e", null, "paper"));
    assertThrows(IllegalArgumentException.class, () -> new Relation("e", "paper", null));
  }
}
