package dev.contrastive4j.runtime.encoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A resumed run skips the dropout masks of the steps it does not repeat: after
 * {@code skipCalls(1)} an encoder's first training call draws the masks of an uninterrupted
 * encoder's second.
 */
class EncoderReplayTest {
  private static final EncoderOptions OPTIONS = EncoderOptions.of(6, 3).withDropout(0.5, 9);

  @Test
  void homogeneousEncodersSkipTheirMasks() {
    GraphTensor graph = GraphFixtures.smallGraph(
        Feature.dense(GraphFixtures.uniform(1, 8, 5).castTo(DataType.FLOAT)));
    assertReplays(() -> new GcnEncoder(new ParameterStore(2), "enc", "node", "edge", "feat", 5,
        OPTIONS), graph, "node");
  }

  @Test
  void heteroEncodersSkipTheirMasks() {
    GraphTensor graph = GraphFixtures.citationGraph(
        Feature.dense(GraphFixtures.uniform(1, 5, 4).castTo(DataType.FLOAT)),
        Feature.dense(GraphFixtures.uniform(2, 3, 4).castTo(DataType.FLOAT)));
    List<Relation> relations = Relation.of(GraphSchema.of(graph));
    assertReplays(() -> new HeteroEncoder(new ParameterStore(2), "enc", "feat",
        Map.of("paper", 4L, "author", 4L), relations, List.of("paper"), OPTIONS,
        HeteroOptions.defaults()), graph, "paper");
  }

  private static void assertReplays(Supplier<Encoder> make, GraphTensor graph, String nodeSet) {
    Encoder uninterrupted = make.get();
    INDArray first = hidden(uninterrupted, graph, nodeSet);
    INDArray second = hidden(uninterrupted, graph, nodeSet);
    Encoder resumed = make.get();
    ((Replayable) resumed).skipCalls(1);
    INDArray replayed = hidden(resumed, graph, nodeSet);
    assertEquals(second, replayed);
    assertNotEquals(first, replayed);
  }

  private static INDArray hidden(Encoder encoder, GraphTensor graph, String nodeSet) {
    return encoder.encode(graph, Tape.inference(), true)
        .state(nodeSet, EncodedGraph.HIDDEN_STATE).value();
  }
}
