package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class ComponentBatchesTest {
  /** Papers 3 + 2, authors 2 + 1, with cites, writes and written edge sets. */
  private static final GraphTensor GRAPH = GraphFixtures.citationGraph(
      Feature.sparse(CsrMatrix.fromDense(Nd4j.createFromArray(
          new float[][] {{1, 0}, {0, 1}, {1, 1}, {0, 0}, {2, 0}}))),
      Feature.dense(Nd4j.createFromArray(new double[][] {{1}, {2}, {3}})));

  @Test
  void eachComponentBecomesAGraphWithItsOwnNodesEdgesAndFeatures() {
    List<GraphTensor> batches = ComponentBatches.split(GRAPH, 1);
    assertEquals(2, batches.size());
    GraphTensor second = batches.get(1);
    assertEquals(1, second.numComponents());
    assertEquals(2, second.nodeSet("paper").totalSize());
    assertEquals(1, second.nodeSet("author").totalSize());
    // The second component's features are rows 3-4 (papers) and row 2 (authors).
    assertEquals(Nd4j.createFromArray(new float[][] {{0, 0}, {2, 0}}),
        second.nodeSet("paper").feature("feat").toDense());
    assertEquals(Nd4j.createFromArray(new double[][] {{3}}),
        second.nodeSet("author").feature("feat").toDense());
    // Its only citation 4 -> 3 is renumbered to 1 -> 0; the authorship 2 -> 3 to 0 -> 0.
    assertArrayEquals(new int[] {1}, second.edgeSet("cites").adjacency().sourceIndices());
    assertArrayEquals(new int[] {0}, second.edgeSet("cites").adjacency().targetIndices());
    assertArrayEquals(new int[] {0}, second.edgeSet("writes").adjacency().sourceIndices());
    assertArrayEquals(new int[] {0}, second.edgeSet("writes").adjacency().targetIndices());
    assertEquals(4, batches.get(0).edgeSet("cites").totalSize());
  }

  @Test
  void batchesCoverAllComponentsInOrder() {
    assertEquals(1, ComponentBatches.split(GRAPH, 2).size());
    assertEquals(GRAPH.nodeSet("paper").totalSize(),
        ComponentBatches.split(GRAPH, 2).get(0).nodeSet("paper").totalSize());
    assertEquals("components per batch must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> ComponentBatches.split(GRAPH, 0))
            .getMessage());
  }

  @Test
  void denseFeaturesAreCopiedNotShared() {
    GraphTensor first = ComponentBatches.split(GRAPH, 1).get(0);
    first.nodeSet("author").feature("feat").toDense().putScalar(0, 0, 99.0);
    assertEquals(1.0, GRAPH.nodeSet("author").feature("feat").toDense().getDouble(0, 0));
    assertEquals(DataType.DOUBLE, first.nodeSet("author").feature("feat").dataType());
  }

  @Test
  void batchesTakeTheComponentsInTheGivenOrderWithIndicesRenumbered() {
    // The second component, then the first: papers 3-4 come before papers 0-2.
    List<GraphTensor> batches = ComponentBatches.split(GRAPH, 2, new int[] {1, 0});
    assertEquals(1, batches.size());
    GraphTensor both = batches.get(0);
    assertArrayEquals(new long[] {2, 3}, both.nodeSet("paper").sizes());
    assertEquals(Nd4j.createFromArray(new float[][] {{0, 0}, {2, 0}, {1, 0}, {0, 1}, {1, 1}}),
        both.nodeSet("paper").feature("feat").toDense());
    // Citation 4 -> 3 becomes 1 -> 0; those of the first component move up by two papers.
    assertArrayEquals(new int[] {1, 2, 2, 3, 4}, both.edgeSet("cites").adjacency()
        .sourceIndices());
    assertArrayEquals(new int[] {0, 3, 3, 4, 2}, both.edgeSet("cites").adjacency()
        .targetIndices());
    assertEquals("the order of the batches must name each of the 2 components once, was "
        + "[1, 1]", assertThrows(IllegalArgumentException.class,
            () -> ComponentBatches.split(GRAPH, 2, new int[] {1, 1})).getMessage());
  }

  @Test
  void theOrderOfAnEpochIsAPermutationThatItsSeedAndEpochDecide() {
    int[] first = ComponentBatches.shuffledOrder(50, 3, 1);
    assertArrayEquals(first, ComponentBatches.shuffledOrder(50, 3, 1));
    assertArrayEquals(IntStream.range(0, 50).toArray(),
        IntStream.of(first).sorted().toArray());
    assertFalse(Arrays.equals(first, ComponentBatches.shuffledOrder(50, 3, 2)));
    assertFalse(Arrays.equals(first, ComponentBatches.shuffledOrder(50, 4, 1)));
    assertEquals(4, ComponentBatches.count(50, 16));
    assertEquals(5, ComponentBatches.count(50, 10));
  }
}
