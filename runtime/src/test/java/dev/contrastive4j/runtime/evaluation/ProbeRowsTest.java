package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The rows a probe classifies: nodes as they are, graphs as the mean of their nodes. */
class ProbeRowsTest {
  /**
   * Two graphs: atoms 0-1 and 2-4 of node set {@code atom}; node set {@code ring} has other
   * components sizes (3 and 0), which must play no part.
   */
  private static final GraphTensor TWO_GRAPHS = GraphTensor.builder()
      .nodeSet("atom", NodeSet.of(new long[] {2, 3},
          Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 5, 1)))))
      .nodeSet("ring", NodeSet.of(new long[] {3, 0},
          Map.of("feat", Feature.dense(Nd4j.zeros(DataType.FLOAT, 3, 1)))))
      .edgeSet("bond", EdgeSet.of(new long[] {1, 1},
          new Adjacency("atom", "atom", new int[] {0, 2}, new int[] {1, 4}), Map.of()))
      .build();
  private static final GraphDataset GRAPHS = GraphDataset.ofGraphs("two", TWO_GRAPHS, "atom",
      "feat", new int[] {0, 1}, 2, new Split(new int[] {0, 1}, new int[0], new int[0]));
  private static final INDArray ATOMS = Nd4j.createFromArray(new float[][] {
      {1, 2}, {3, 4},            // graph 0: mean (2, 3)
      {0, 0}, {6, 3}, {3, 9}});  // graph 1: mean (3, 4)

  @Test
  void aGraphIsTheMeanOfItsNodesOfTheTargetNodeSet() {
    INDArray rows = ProbeRows.of(ATOMS, GRAPHS);
    assertEquals(DataType.DOUBLE, rows.dataType());
    assertEquals(Nd4j.createFromArray(new double[][] {{2, 3}, {3, 4}}), rows);
  }

  @Test
  void nodesAreClassifiedByTheirOwnEmbeddings() {
    GraphDataset nodes = new GraphDataset("two", TWO_GRAPHS, "atom", "feat",
        new int[] {0, 1, 0, 1, 1}, 2, new Split(new int[] {0, 1}, new int[0], new int[0]));
    assertSame(ATOMS, ProbeRows.of(ATOMS, nodes));
  }

  @Test
  void embeddingsOfAnotherNodeCountAreRefusedNamingTheNodeSet() {
    assertEquals("data set 'two' labels graphs, whose rows the probe pools from the embeddings "
        + "of the 5 nodes of node set 'atom', but the embeddings have 2 rows",
        assertThrows(ProbeException.class, () -> ProbeRows.of(
            Nd4j.createFromArray(new double[][] {{2, 3}, {3, 4}}), GRAPHS)).getMessage());
    assertEquals("embeddings row 3 (column 1) is NaN; embeddings must be finite",
        assertThrows(ProbeException.class, () -> ProbeRows.of(
            ATOMS.dup().putScalar(3, 1, Float.NaN), GRAPHS)).getMessage());
  }
}
