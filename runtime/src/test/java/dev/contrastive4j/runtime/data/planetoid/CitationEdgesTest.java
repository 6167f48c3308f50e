package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.Adjacency;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The graph file's adjacency lists turned into edges, on small hand-made dicts. */
class CitationEdgesTest {
  private static final Path FILE = Path.of("ind.test.graph");

  @Test
  void listsAndTuplesBothWaysWithoutLoopsOrDuplicates() {
    // A pickled dict may hold tuples as well as lists; 1 -> 0 repeats 0 -> 1, 2 -> 2 is a loop.
    Map<Object, Object> graph = new LinkedHashMap<>();
    graph.put(0, List.of(1, 2));
    graph.put(1, new Object[] {0, 2});
    graph.put(2, new Object[] {2});
    Adjacency a = CitationEdges.fromAdjacencyLists(graph, 3, "paper", FILE);
    assertArrayEquals(new int[] {0, 0, 1, 1, 2, 2}, a.sourceView());
    assertArrayEquals(new int[] {1, 2, 0, 2, 0, 1}, a.targetView());
  }

  @Test
  void indicesFromZeroToBelowTheNodeCount() {
    Adjacency a = CitationEdges.fromAdjacencyLists(Map.of(0, List.of(2)), 3, "paper", FILE);
    assertArrayEquals(new int[] {0, 2}, a.sourceView());
    expectProblem(Map.of(0, List.of(3)), "neighbour 0 of node 0 is 3, outside the 3 nodes "
        + "[0, 3)");
    expectProblem(Map.of(3, List.of()), "node key is 3, outside the 3 nodes [0, 3)");
    expectProblem(Map.of(1, List.of(0, -1)), "neighbour 1 of node 1 is -1, outside the 3 nodes "
        + "[0, 3)");
  }

  @Test
  void neighboursThatAreNotAList() {
    expectProblem(Map.of(0, "12"), "the neighbours of node 0 are str, expected a list");
    expectProblem(Map.of(0, List.of("1")), "neighbour 0 of node 0 is str, expected an int");
  }

  private static void expectProblem(Map<?, ?> graph, String problem) {
    DatasetException e = assertThrows(DatasetException.class,
        () -> CitationEdges.fromAdjacencyLists(graph, 3, "paper", FILE));
    assertEquals(FILE + ": " + problem, e.getMessage());
  }
}
