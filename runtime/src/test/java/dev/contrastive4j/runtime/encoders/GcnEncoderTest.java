package dev.contrastive4j.runtime.encoders;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.GcnConv;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The GCN encoder end to end: DGI's configuration, stacks, dropout, caching, errors. */
class GcnEncoderTest {
  /** Elements checked per parameter: every parameter, a seeded sample of its elements. */
  private static final GradientCheck.Options SAMPLE =
      GradientCheck.Options.defaults().withMaxElementsPerInput(12);
  private static final CsrMatrix FEATURES = GraphFixtures.sparse(1, 8, 10, 0.35);
  private static final GraphTensor GRAPH = GraphFixtures.smallGraph(Feature.sparse(FEATURES));

  private static INDArray hidden(EncodedGraph encoded) {
    return encoded.state("node", EncodedGraph.HIDDEN_STATE).value();
  }

  @Test
  void dgiEncoderIsOneGcnLayerOf512WithPRelu() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    GcnEncoder encoder = GcnEncoder.dgi(store, "encoder", "node", "edge", "feat", 10);
    assertEquals(512, encoder.outputDim());
    assertEquals(List.of("encoder/gcn_0/kernel", "encoder/gcn_0/bias",
        "encoder/activation_0/alpha"), store.parameters().stream().map(Parameter::name).toList());
    Tape tape = Tape.inference();
    INDArray out = hidden(encoder.encode(GRAPH, tape, true));
    assertArrayEquals(new long[] {8, 512}, out.shape());
    // PReLU(GCN(X)) with alpha 0.25, through the layer alone.
    GcnConv conv = (GcnConv) encoder.stack().convs().get(0);
    INDArray pre = conv.apply(tape, GRAPH, "edge", NodeInput.dense(
        tape.constant(FEATURES.toDense(DataType.DOUBLE)))).value();
    INDArray expected = pre.dup();
    for (long i = 0; i < expected.length(); i++) {
      double v = expected.getDouble(i);
      expected.putScalar(i, v > 0 ? v : 0.25 * v);
    }
    assertClose(expected, out, 1e-12, "PReLU(GCN(X))");
    // A non-zero bias keeps pre-activations of nodes without features off PReLU's kink, and a
    // small step keeps the 4096 pre-activations from crossing it.
    store.get("encoder/gcn_0/bias").assign(uniform(2, 512));
    assertPasses(GradientCheck.check(store, t -> project(
        encoder.encode(GRAPH, t, true).state("node", EncodedGraph.HIDDEN_STATE)),
        SAMPLE.withEpsilon(1e-6)),
        "DGI encoder");
  }

  @Test
  void stackWithDropoutHasExactGradientsForAFixedSeed() {
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    EncoderOptions options = EncoderOptions.of(6, 5, 3).withActivation(HiddenActivation.TANH)
        .withDropout(0.3, 17);
    GcnEncoder encoder = new GcnEncoder(store, "enc", "node", null, "feat", 10, options);
    assertEquals(3, encoder.stack().convs().size());
    assertPasses(GradientCheck.check(store, t -> project(hidden(encoder, t, true, 99)), SAMPLE),
        "three GCN layers with dropout");
    // Dropout is on only when training, and then it changes the output.
    Tape tape = Tape.inference();
    INDArray train = hidden(encoder, tape, true, 99).value();
    INDArray eval = hidden(encoder, tape, false, 99).value();
    assertNotEquals(eval, train);
    assertEquals(eval, hidden(encoder, tape, false, 5).value());
  }

  private static Tensor hidden(GcnEncoder encoder, Tape tape, boolean training, long seed) {
    return encoder.encode(GRAPH, tape, training, seed).state("node", EncodedGraph.HIDDEN_STATE);
  }

  @Test
  void sameSeedGivesIdenticalOutputsAndEachCallNewMasks() {
    EncoderOptions options = EncoderOptions.of(7, 4).withActivation(HiddenActivation.PRELU)
        .withDropout(0.5, 3);
    GcnEncoder first = new GcnEncoder(new ParameterStore(3), "enc", "node", "edge", "feat", 10,
        options);
    GcnEncoder second = new GcnEncoder(new ParameterStore(3), "enc", "node", "edge", "feat", 10,
        options);
    INDArray a1 = hidden(first.encode(GRAPH, Tape.inference(), true));
    INDArray b1 = hidden(second.encode(GRAPH, Tape.inference(), true));
    assertEquals(DataType.FLOAT, a1.dataType());
    assertEquals(a1, b1);
    INDArray a2 = hidden(first.encode(GRAPH, Tape.inference(), true));
    assertNotEquals(a1, a2, "the second step draws new dropout masks");
    assertEquals(a2, hidden(second.encode(GRAPH, Tape.inference(), true)));
    GcnEncoder other = new GcnEncoder(new ParameterStore(4), "enc", "node", "edge", "feat", 10,
        options);
    assertNotEquals(a1, hidden(other.encode(GRAPH, Tape.inference(), true)));
  }

  @Test
  void anInferenceCallBetweenTrainingStepsLeavesTheirMasksAlone() {
    EncoderOptions options = EncoderOptions.of(7, 4).withDropout(0.5, 3);
    GcnEncoder evaluated = new GcnEncoder(new ParameterStore(3), "enc", "node", "edge", "feat",
        10, options);
    GcnEncoder trained = new GcnEncoder(new ParameterStore(3), "enc", "node", "edge", "feat", 10,
        options);
    evaluated.encode(GRAPH, Tape.inference(), false);
    assertEquals(hidden(trained.encode(GRAPH, Tape.inference(), true)),
        hidden(evaluated.encode(GRAPH, Tape.inference(), true)));
    evaluated.encode(GRAPH, Tape.inference(), false);
    assertEquals(hidden(trained.encode(GRAPH, Tape.inference(), true)),
        hidden(evaluated.encode(GRAPH, Tape.inference(), true)));
  }

  @Test
  void sparseAndDenseFeaturesGiveTheSameStates() {
    ParameterStore store = new ParameterStore(5, DataType.DOUBLE);
    GcnEncoder encoder = new GcnEncoder(store, "enc", "node", "edge", "feat", 10,
        EncoderOptions.of(4, 3));
    GraphTensor dense = GRAPH.withNodeFeature("node", "feat",
        Feature.dense(FEATURES.toDense(DataType.FLOAT)));
    assertClose(hidden(encoder.encode(GRAPH, Tape.inference(), false)),
        hidden(encoder.encode(dense, Tape.inference(), false)), 1e-12, "sparse vs dense");
  }

  @Test
  void structuresAreBuiltOncePerGraphAndSharedByCorruptedViews() {
    GraphStructureCache cache = new GraphStructureCache();
    ParameterStore store = new ParameterStore(6);
    GcnEncoder encoder = new GcnEncoder(store, "enc", "node", "edge", "feat", 10,
        EncoderOptions.of(4, 3), true, cache);
    for (int step = 0; step < 3; step++) {
      Tape tape = new Tape();
      Tensor clean = hidden(encoder, tape, GRAPH);
      // A shuffled view: new features, the same edge set (as the feature corruptors make).
      GraphTensor shuffled = GRAPH.withNodeFeature("node", "feat",
          Feature.sparse(FEATURES.selectRows(new int[] {7, 6, 5, 4, 3, 2, 1, 0})));
      Tensor corrupted = hidden(encoder, tape, shuffled);
      tape.backward(Ops.add(project(clean), project(corrupted)));
      store.clearGradients();
      // The normalized adjacency and the clean features once; a new shuffle each step.
      assertEquals(2 + (step + 1), cache.builtCount(), "step " + step);
    }
    Adjacency edges = GRAPH.edgeSet("edge").adjacency();
    long before = cache.builtCount();
    GraphTensor dropped = GRAPH.withEdgeSet("edge", e -> EdgeSet.of(
        new Adjacency("node", "node", new int[] {0, 1}, new int[] {1, 2}), Map.of()));
    hidden(encoder, Tape.inference(), dropped);
    assertEquals(before + 1, cache.builtCount(), "new edges, new normalization");
    assertTrue(cache.gcnAdjacency(edges, 8, true).nnz() > 0);
  }

  private static Tensor hidden(GcnEncoder encoder, Tape tape, GraphTensor graph) {
    return encoder.encode(graph, tape, true).state("node", EncodedGraph.HIDDEN_STATE);
  }

  @Test
  void theEncoderKeepsItsConfiguration() {
    GcnEncoder encoder = new GcnEncoder(new ParameterStore(7), "enc", "node", "edge", "feat", 10,
        EncoderOptions.of(4));
    assertEquals("node", encoder.nodeSet());
    assertEquals("edge", encoder.edgeSet());
    assertEquals("feat", encoder.featureName());
    assertEquals(10, encoder.inputDim());
  }

  @Test
  void configurationErrorsNameTheSetting() {
    ParameterStore store = new ParameterStore(7);
    EncoderConfigException units = assertThrows(EncoderConfigException.class,
        () -> EncoderOptions.of(16, 0));
    assertEquals("encoder options: units must be positive, got 0 for layer 1 of [16, 0]",
        units.getMessage());
    EncoderConfigException dropout = assertThrows(EncoderConfigException.class,
        () -> EncoderOptions.of(16).withDropout(1.0, 0));
    assertEquals("encoder options: dropout must be in [0, 1), got 1.0", dropout.getMessage());
    assertThrows(EncoderConfigException.class, () -> EncoderOptions.of(16).withDropout(-0.1, 0));
    assertThrows(EncoderConfigException.class, () -> EncoderOptions.of());
    EncoderConfigException feature = assertThrows(EncoderConfigException.class,
        () -> new GcnEncoder(store, "enc", "node", "edge", " ", 10, EncoderOptions.of(4)));
    assertEquals("GCN encoder 'enc': the input feature must be given, got ' '",
        feature.getMessage());
    EncoderConfigException dim = assertThrows(EncoderConfigException.class,
        () -> new GcnEncoder(store, "enc", "node", "edge", "feat", 0, EncoderOptions.of(4)));
    assertEquals("GCN encoder 'enc': the input dimension must be positive, got 0",
        dim.getMessage());
    assertEquals(0, store.size(), "a rejected configuration creates no parameters");
  }

  @Test
  void graphErrorsNameTheEncoderAndWhatExists() {
    ParameterStore store = new ParameterStore(8);
    Tape tape = Tape.inference();
    InvalidGraphException nodeSet = assertThrows(InvalidGraphException.class,
        () -> new GcnEncoder(store, "a", "paper", "edge", "feat", 10, EncoderOptions.of(4))
            .encode(GRAPH, tape, false));
    assertEquals("GCN encoder 'a': unknown node set 'paper'; the graph has [node]",
        nodeSet.getMessage());
    InvalidGraphException feature = assertThrows(InvalidGraphException.class,
        () -> new GcnEncoder(store, "b", "node", "edge", "words", 10, EncoderOptions.of(4))
            .encode(GRAPH, tape, false));
    assertEquals("GCN encoder 'b': node set 'node' has no feature 'words'; it has [feat]",
        feature.getMessage());
    InvalidGraphException width = assertThrows(InvalidGraphException.class,
        () -> new GcnEncoder(store, "c", "node", "edge", "feat", 12, EncoderOptions.of(4))
            .encode(GRAPH, tape, false));
    assertEquals("GCN encoder 'c': feature 'feat' of node set 'node' has shape [8, 10] but the"
        + " encoder was built for [8, 12]", width.getMessage());
    InvalidGraphException edgeSet = assertThrows(InvalidGraphException.class,
        () -> new GcnEncoder(store, "d", "node", "cites", "feat", 10, EncoderOptions.of(4))
            .encode(GRAPH, tape, false));
    assertEquals("GCN encoder 'd': unknown edge set 'cites'; the graph has [edge]",
        edgeSet.getMessage());
    GraphTensor twoEdgeSets = GraphTensor.builder()
        .nodeSet("node", GRAPH.nodeSet("node"))
        .edgeSet("edge", GRAPH.edgeSet("edge"))
        .edgeSet("reverse", GRAPH.edgeSet("edge"))
        .build();
    InvalidGraphException ambiguous = assertThrows(InvalidGraphException.class,
        () -> new GcnEncoder(store, "e", "node", null, "feat", 10, EncoderOptions.of(4))
            .encode(twoEdgeSets, tape, false));
    assertEquals("GCN encoder 'e': no edge set was configured and the graph has 2 edge sets"
        + " [edge, reverse] from node set 'node' to itself; name one", ambiguous.getMessage());
  }
}
