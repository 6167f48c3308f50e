package dev.contrastive4j.runtime.encoders;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The hetero encoder applies the activation after each layer, the last one only with
 * {@code activateLast}: with the same parameters, the activated output is the activation of the
 * other.
 */
class HeteroActivationTest {
  private static final GraphTensor GRAPH = GraphFixtures.citationGraph(
      Feature.dense(GraphFixtures.uniform(1, 5, 4)), Feature.dense(GraphFixtures.uniform(2, 3, 4)));

  @Test
  void theLastLayerIsActivatedOnlyWhenAskedTo() {
    EncoderOptions tanh = EncoderOptions.of(3).withActivation(HiddenActivation.TANH);
    INDArray activated = paper(tanh);
    INDArray linear = paper(tanh.withActivateLast(false));
    GraphFixtures.assertClose(Transforms.tanh(linear, true), activated, 1e-12, "tanh(linear)");
    // Some pre-activation outside tanh's near-linear range, so the two differ.
    assertTrue(Transforms.abs(linear, true).maxNumber().doubleValue() > 0.1);
    assertFalse(linear.equalsWithEps(activated, 1e-6));
  }

  private static INDArray paper(EncoderOptions options) {
    // The same store seed: the same parameters.
    HeteroEncoder encoder = new HeteroEncoder(new ParameterStore(5, DataType.DOUBLE), "enc",
        "feat", Map.of("paper", 4L, "author", 4L), Relation.of(GraphSchema.of(GRAPH)),
        List.of("paper"), options, HeteroOptions.defaults());
    return encoder.encode(GRAPH, Tape.inference(), false)
        .state("paper", EncodedGraph.HIDDEN_STATE).value();
  }
}
