package dev.contrastive4j.runtime.encoders;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The GraphSAGE encoder end to end. */
class SageEncoderTest {
  /** Elements checked per parameter: every parameter, a seeded sample of its elements. */
  private static final GradientCheck.Options SAMPLE =
      GradientCheck.Options.defaults().withMaxElementsPerInput(12);
  private static final CsrMatrix FEATURES = GraphFixtures.sparse(11, 8, 9, 0.4);
  private static final GraphTensor GRAPH = GraphFixtures.smallGraph(Feature.sparse(FEATURES));

  private static Tensor hidden(SageEncoder encoder, Tape tape, boolean training, long seed) {
    return encoder.encode(GRAPH, tape, training, seed).state("node", EncodedGraph.HIDDEN_STATE);
  }

  @Test
  void twoLayersAreTheLayersComposed() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    SageEncoder encoder = new SageEncoder(store, "sage", "node", "edge", "feat", 9,
        EncoderOptions.of(5, 3).withActivation(HiddenActivation.TANH).withActivateLast(false));
    assertEquals(3, encoder.outputDim());
    assertEquals(List.of("sage/sage_0/self_kernel", "sage/sage_0/neighbor_kernel",
        "sage/sage_0/bias", "sage/sage_1/self_kernel", "sage/sage_1/neighbor_kernel",
        "sage/sage_1/bias"), store.parameters().stream().map(Parameter::name).toList());
    Tape tape = Tape.inference();
    INDArray out = hidden(encoder, tape, false, 0).value();
    var convs = encoder.stack().convs();
    Tensor first = convs.get(0).apply(tape, GRAPH, "edge", NodeInput.dense(
        tape.constant(FEATURES.toDense(DataType.DOUBLE))));
    INDArray expected = convs.get(1).apply(tape, GRAPH, "edge", NodeInput.dense(
        tape.constant(Transforms.tanh(first.value(), true)))).value();
    assertClose(expected, out, 1e-12, "tanh between layers, none after the last");
  }

  @Test
  void gradientsWithDropoutForAFixedSeed() {
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    SageEncoder encoder = new SageEncoder(store, "sage", "node", null, "feat", 9,
        EncoderOptions.of(6, 4).withActivation(HiddenActivation.SIGMOID).withDropout(0.25, 8));
    assertPasses(GradientCheck.check(store, t -> project(hidden(encoder, t, true, 41)), SAMPLE),
        "two SAGE layers with dropout");
    INDArray eval = hidden(encoder, Tape.inference(), false, 41).value();
    assertNotEquals(eval, hidden(encoder, Tape.inference(), true, 41).value());
  }

  @Test
  void sameSeedGivesIdenticalOutputs() {
    EncoderOptions options = EncoderOptions.of(5, 5).withDropout(0.4, 12);
    SageEncoder first = new SageEncoder(new ParameterStore(9), "s", "node", "edge", "feat", 9,
        options);
    SageEncoder second = new SageEncoder(new ParameterStore(9), "s", "node", "edge", "feat", 9,
        options);
    for (int step = 0; step < 2; step++) {
      INDArray a = first.encode(GRAPH, Tape.inference(), true)
          .state("node", EncodedGraph.HIDDEN_STATE).value();
      INDArray b = second.encode(GRAPH, Tape.inference(), true)
          .state("node", EncodedGraph.HIDDEN_STATE).value();
      assertArrayEquals(new long[] {8, 5}, a.shape());
      assertEquals(a, b, "step " + step);
    }
  }

  @Test
  void errorsNameTheEncoder() {
    ParameterStore store = new ParameterStore(3);
    EncoderConfigException blank = assertThrows(EncoderConfigException.class,
        () -> new SageEncoder(store, "s", "", "edge", "feat", 9, EncoderOptions.of(4)));
    assertEquals("SAGE encoder 's': the node set must be given, got ''", blank.getMessage());
    InvalidGraphException e = assertThrows(InvalidGraphException.class,
        () -> new SageEncoder(store, "s", "nodes", "edge", "feat", 9, EncoderOptions.of(4))
            .encode(GRAPH, Tape.inference(), true));
    assertEquals("SAGE encoder 's': unknown node set 'nodes'; the graph has [node]",
        e.getMessage());
  }
}
