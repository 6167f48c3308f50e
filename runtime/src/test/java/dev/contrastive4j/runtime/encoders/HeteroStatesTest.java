package dev.contrastive4j.runtime.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.layers.Aggregation;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Which node sets a hetero encoder can give a state, and which inputs each layer reads. */
class HeteroStatesTest {
  private static final Relation WRITES = new Relation("writes", "author", "paper");
  private static final Relation WRITTEN = new Relation("written", "paper", "author");

  @Test
  void theSelfTransformKeepsTheStatesOfTheNodeSetsThatHaveOne() {
    assertEquals(Set.of("paper", "author"),
        HeteroEncoder.nodeSetsWithState(Set.of("paper"), List.of(WRITTEN), 1, true));
    assertEquals(Set.of("author"),
        HeteroEncoder.nodeSetsWithState(Set.of("paper"), List.of(WRITTEN), 1, false));
    // Without it a state lives only while relations carry it on: none leaves the authors.
    assertEquals(Set.of(),
        HeteroEncoder.nodeSetsWithState(Set.of("paper"), List.of(WRITTEN), 2, false));
    assertEquals(Set.of("paper", "author"),
        HeteroEncoder.nodeSetsWithState(Set.of("paper"), List.of(WRITTEN), 2, true));
  }

  @Test
  void aNodeSetNoRelationLeavesStillReadsItsOwnInputForTheSelfTransform() {
    // Only authors send messages; the papers' own features reach their states through the
    // self transform alone.
    GraphTensor graph = GraphFixtures.citationGraph(Feature.dense(GraphFixtures.uniform(1, 5, 4)),
        Feature.dense(GraphFixtures.uniform(2, 3, 4)));
    ParameterStore store = new ParameterStore(3, DataType.DOUBLE);
    HeteroEncoder encoder = new HeteroEncoder(store, "enc", "feat",
        Map.of("paper", 4L, "author", 4L), List.of(WRITES), List.of("paper"),
        EncoderOptions.of(3), new HeteroOptions(Aggregation.MEAN, true, 0));
    assertTrue(store.contains("enc/rgcn_0/nodes/paper/self_kernel"));
    INDArray states = paper(encoder, graph);
    GraphTensor doubled = graph.withNodeFeature("paper", "feat",
        Feature.dense(GraphFixtures.uniform(1, 5, 4).mul(2)));
    // Paper 2 has no author: its state comes from its own features only.
    assertNotEquals(states.getRow(2), paper(encoder, doubled).getRow(2));
  }

  private static INDArray paper(HeteroEncoder encoder, GraphTensor graph) {
    return encoder.encode(graph, Tape.inference(), false)
        .state("paper", EncodedGraph.HIDDEN_STATE).value();
  }
}
