package dev.contrastive4j.runtime.readouts;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Readout values, row counts and gradients on a graph of three components (sizes 2, 3, 1). */
class ReadoutsTest {
  private static final GraphTensor GRAPH = GraphTensor.builder()
      .nodeSet("node", NodeSet.of(new long[] {2, 3, 1}, Map.of()))
      .nodeSet("empty", NodeSet.of(new long[] {1, 0, 2}, Map.of()))
      .build();
  private static final INDArray STATES = uniform(1, 6, 4);

  private static EncodedGraph encoded(Tensor states) {
    return EncodedGraph.ofHiddenStates(GRAPH, Map.of("node", states));
  }

  private static INDArray read(Readout readout) {
    Tape tape = Tape.inference();
    return readout.read(encoded(tape.constant(STATES)), "node", EncodedGraph.HIDDEN_STATE)
        .value();
  }

  private static void assertGradient(Readout readout) {
    assertPasses(GradientCheck.check(in -> project(readout.read(encoded(in.get(0)), "node",
        EncodedGraph.HIDDEN_STATE)), STATES), readout.toString());
  }

  private static INDArray rows(int from, int to) {
    return STATES.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(from, to),
        org.nd4j.linalg.indexing.NDArrayIndex.all());
  }

  @Test
  void allNodesReturnsTheStatesThemselves() {
    Readout readout = new ReadoutAllNodes();
    Tape tape = Tape.inference();
    Tensor states = tape.constant(STATES);
    assertSame(states, readout.read(encoded(states), "node", EncodedGraph.HIDDEN_STATE));
    assertEquals(6, readout.count(GRAPH, "node"));
    assertGradient(readout);
  }

  @Test
  void firstNodeOfEachComponent() {
    Readout readout = new ReadoutFirstNode(new GraphStructureCache());
    INDArray out = read(readout);
    assertEquals(readout.count(GRAPH, "node"), out.rows());
    assertClose(Nd4j.vstack(STATES.getRow(0, true), STATES.getRow(2, true),
        STATES.getRow(5, true)), out, 0, "rows 0, 2, 5");
    assertGradient(readout);
    InvalidGraphException empty = assertThrows(InvalidGraphException.class,
        () -> readout.count(GRAPH, "empty"));
    assertEquals("ReadoutFirstNode: component 1 of node set 'empty' has no nodes, so it has no"
        + " first node", empty.getMessage());
    assertThrows(InvalidGraphException.class, () -> readout.count(GRAPH, "edges"));
  }

  @Test
  void pooledPerComponent() {
    INDArray first = rows(0, 2);
    INDArray second = rows(2, 5);
    INDArray third = rows(5, 6);
    Map<Pooling, INDArray> expected = Map.of(
        Pooling.MEAN, Nd4j.vstack(first.mean(true, 0), second.mean(true, 0), third),
        Pooling.SUM, Nd4j.vstack(first.sum(true, 0), second.sum(true, 0), third),
        Pooling.MAX, Nd4j.vstack(first.max(true, 0), second.max(true, 0), third));
    for (Pooling pooling : Pooling.values()) {
      Readout readout = new PoolReadout(pooling, new GraphStructureCache());
      INDArray out = read(readout);
      assertEquals(3, readout.count(GRAPH, "node"));
      assertEquals(readout.count(GRAPH, "node"), out.rows());
      assertClose(expected.get(pooling), out, 1e-12, pooling.toString());
      assertGradient(readout);
    }
  }

  @Test
  void descriptionsNameTheReadoutAndItsPooling() {
    // The descriptions appear in messages about too few rows; each pooling reports itself.
    assertEquals("ReadoutAllNodes", new ReadoutAllNodes().toString());
    assertEquals("ReadoutFirstNode", new ReadoutFirstNode().toString());
    for (Pooling pooling : Pooling.values()) {
      PoolReadout readout = new PoolReadout(pooling);
      assertEquals(pooling, readout.pooling());
      assertEquals("PoolReadout[" + pooling + "]", readout.toString());
    }
  }

  @Test
  void unknownStatesNameWhatExists() {
    Readout readout = new PoolReadout(Pooling.MEAN);
    Tape tape = Tape.inference();
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> readout.read(encoded(tape.constant(STATES)), "node", "logits"));
    assertEquals("node set 'node' has no encoded feature 'logits'; it has [hidden_state]",
        e.getMessage());
  }
}
