package dev.contrastive4j.api.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** An encoder's output: one state row per node, looked up by node set and feature name. */
class EncodedGraphTest {
  private final Tape tape = new Tape();

  /** Three papers citing in a chain. */
  private static GraphTensor papers() {
    return GraphTensor.homogeneous("paper", NodeSet.of(3, Map.of()), "cites",
        EdgeSet.of(new Adjacency("paper", "paper", new int[] {0, 1}, new int[] {1, 2}),
            Map.of()));
  }

  private Tensor rows(long... shape) {
    return tape.constant(Nd4j.zeros(DataType.FLOAT, shape));
  }

  @Test
  void hiddenStatesAreFoundByNodeSetAndName() {
    GraphTensor graph = papers();
    Tensor h = rows(3, 4);
    EncodedGraph encoded = EncodedGraph.ofHiddenStates(graph, Map.of("paper", h));
    assertSame(graph, encoded.graph());
    assertSame(h, encoded.state("paper", EncodedGraph.HIDDEN_STATE));
    assertEquals(Map.of("paper", Map.of("hidden_state", h)), encoded.states());
  }

  @Test
  void aStateWithTheWrongRowsIsRefusedNamingSetAndFeature() {
    assertEquals("encoded node set 'paper', feature 'hidden_state': has shape [2, 4] but the "
        + "set has 3 nodes", assertThrows(InvalidGraphException.class,
            () -> EncodedGraph.ofHiddenStates(papers(), Map.of("paper", rows(2, 4))))
        .getMessage());
    assertEquals("encoded node set 'paper', feature 'h': has shape [4, 4] but the set has 3 "
        + "nodes", assertThrows(InvalidGraphException.class,
            () -> new EncodedGraph(papers(), Map.of("paper", Map.of("h", rows(4, 4)))))
        .getMessage());
    // A scalar has no rows at all.
    assertEquals("encoded node set 'paper', feature 'h': has shape [] but the set has 3 nodes",
        assertThrows(InvalidGraphException.class, () -> new EncodedGraph(papers(),
            Map.of("paper", Map.of("h", tape.constant(Nd4j.scalar(1f)))))).getMessage());
    // One row per node is enough: a vector of three is accepted.
    new EncodedGraph(papers(), Map.of("paper", Map.of("h", rows(3))));
  }

  @Test
  void aMissingStateNamesWhatThereIs() {
    EncodedGraph encoded = EncodedGraph.ofHiddenStates(papers(), Map.of("paper", rows(3, 2)));
    assertEquals("the encoder computed no state for node set 'author'; it computed states for "
        + "[paper]", assertThrows(InvalidGraphException.class,
            () -> encoded.state("author", "hidden_state")).getMessage());
    assertEquals("node set 'paper' has no encoded feature 'logits'; it has [hidden_state]",
        assertThrows(InvalidGraphException.class, () -> encoded.state("paper", "logits"))
            .getMessage());
  }
}
