package dev.contrastive4j.runtime.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Dropout goes between layers, never after the last: a one-layer encoder's training output is
 * its inference output, whatever the rate (the task sees the states undropped).
 */
class LastLayerDropoutTest {
  private static final EncoderOptions ONE_LAYER = EncoderOptions.of(6).withDropout(0.5, 4);

  @Test
  void aHomogeneousEncoderDropsNothingAfterItsLastLayer() {
    GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(GraphFixtures.uniform(1, 8, 5)));
    GcnEncoder encoder = new GcnEncoder(new ParameterStore(2,
        DataType.DOUBLE), "enc", "node", "edge", "feat", 5, ONE_LAYER);
    assertEquals(hidden(encoder.encode(graph, Tape.inference(), false), "node"),
        hidden(encoder.encode(graph, Tape.inference(), true), "node"));
  }

  @Test
  void aHeteroEncoderDropsNothingAfterItsLastLayer() {
    GraphTensor graph = GraphFixtures.citationGraph(Feature.dense(GraphFixtures.uniform(1, 5, 4)),
        Feature.dense(GraphFixtures.uniform(2, 3, 4)));
    HeteroEncoder encoder = new HeteroEncoder(new ParameterStore(2,
        DataType.DOUBLE), "enc", "feat",
        Map.of("paper", 4L, "author", 4L), Relation.of(GraphSchema.of(graph)),
        List.of("paper", "author"), ONE_LAYER, HeteroOptions.defaults());
    EncodedGraph eval = encoder.encode(graph, Tape.inference(), false);
    EncodedGraph train = encoder.encode(graph, Tape.inference(), true);
    for (String set : List.of("paper", "author")) {
      assertEquals(hidden(eval, set), hidden(train, set), set);
    }
  }

  private static INDArray hidden(EncodedGraph encoded, String nodeSet) {
    return encoded.state(nodeSet, EncodedGraph.HIDDEN_STATE).value();
  }
}
