package dev.contrastive4j.runtime.encoders;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.Aggregation;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The R-GCN style encoder on papers and authors: shapes, gradients, pruning, errors. */
class HeteroEncoderTest {
  /** Elements checked per parameter: every parameter, a seeded sample of its elements. */
  private static final GradientCheck.Options SAMPLE =
      GradientCheck.Options.defaults().withMaxElementsPerInput(12);
  private static final INDArray PAPER = uniform(1, 5, 4);
  private static final CsrMatrix AUTHOR = GraphFixtures.sparse(2, 3, 6, 0.5);
  private static final GraphTensor GRAPH =
      GraphFixtures.citationGraph(Feature.dense(PAPER), Feature.sparse(AUTHOR));
  private static final Map<String, Long> DIMS = Map.of("paper", 4L, "author", 6L);
  private static final List<Relation> RELATIONS = Relation.of(GraphSchema.of(GRAPH));

  private static HeteroEncoder encoder(ParameterStore store, List<String> nodeSets,
      EncoderOptions options) {
    return new HeteroEncoder(store, "enc", "feat", DIMS, RELATIONS, nodeSets, options,
        HeteroOptions.defaults());
  }

  private static Tensor loss(EncodedGraph encoded) {
    Tensor total = null;
    for (String set : encoded.states().keySet()) {
      Tensor part = project(encoded.state(set, EncodedGraph.HIDDEN_STATE));
      total = total == null ? part : Ops.add(total, part);
    }
    return total;
  }

  @Test
  void encodesBothNodeSetsWithGradientsReachingEveryParameter() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    HeteroEncoder encoder = encoder(store, List.of("paper", "author"),
        EncoderOptions.of(5, 3).withActivation(HiddenActivation.TANH));
    assertEquals(3, encoder.outputDim());
    // Widths 4 and 6 differ: both inputs are projected to the first layer's 5 units.
    assertEquals(List.of("paper", "author"), List.copyOf(encoder.projections().keySet()));
    assertEquals(5, encoder.projections().get("author").units());
    assertTrue(store.contains("enc/rgcn_0/edges/writes/kernel"));
    assertTrue(store.contains("enc/rgcn_1/nodes/author/self_kernel"));
    Tape tape = new Tape();
    EncodedGraph encoded = encoder.encode(GRAPH, tape, true);
    assertArrayEquals(new long[] {5, 3}, encoded.state("paper", "hidden_state").shape());
    assertArrayEquals(new long[] {3, 3}, encoded.state("author", "hidden_state").shape());
    tape.backward(loss(encoded));
    for (Parameter p : store) {
      assertNotNull(p.gradient(), p.name());
      assertTrue(p.gradient().norm2Number().doubleValue() > 0, p.name() + " gets no gradient");
    }
    store.clearGradients();
    assertPasses(GradientCheck.check(store, t -> loss(encoder.encode(GRAPH, t, true)), SAMPLE),
        "hetero encoder");
  }

  @Test
  void computesOnlyWhatTheRequestedNodeSetNeeds() {
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    HeteroEncoder encoder = encoder(store, List.of("paper"),
        EncoderOptions.of(4, 4).withActivation(HiddenActivation.PRELU));
    assertEquals(List.of("paper"), List.copyOf(encoder.convs().get(1).outputNodeSets()));
    assertEquals(List.of("cites", "writes"),
        encoder.convs().get(1).relations().stream().map(Relation::edgeSet).toList());
    Tape tape = new Tape();
    EncodedGraph encoded = encoder.encode(GRAPH, tape, true);
    assertEquals(List.of("paper"), List.copyOf(encoded.states().keySet()));
    tape.backward(loss(encoded));
    for (Parameter p : store) {
      assertNotNull(p.gradient(), p.name() + " is never used");
    }
    store.clearGradients();
    store.get("enc/rgcn_0/nodes/paper/bias").assign(uniform(3, 4)); // off PReLU's kink
    store.get("enc/rgcn_1/nodes/paper/bias").assign(uniform(4, 4));
    assertPasses(GradientCheck.check(store, t -> loss(encoder.encode(GRAPH, t, true)), SAMPLE),
        "paper only, PReLU");
  }

  /** The paper set's state alone, summed to a scalar. */
  private static Tensor paperLoss(EncodedGraph encoded) {
    return project(encoded.state("paper", EncodedGraph.HIDDEN_STATE));
  }

  /**
   * Two papers, the first citing the second, and {@code authors} authors who write nothing:
   * a mini-batch of the citation graph's components in which no paper has an author when
   * {@code authors} is 0.
   */
  private static GraphTensor papersWithoutAuthorship(int authors) {
    return GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(2, Map.of("feat", Feature.dense(uniform(7, 2, 4)))))
        .nodeSet("author", NodeSet.of(authors, Map.of("feat", Feature.sparse(authors == 0
            ? new CsrMatrix(0, 6, new int[] {0}, new int[0], new float[0])
            : GraphFixtures.sparse(8, authors, 6, 0.5)))))
        .edgeSet("cites", EdgeSet.of(new Adjacency("paper", "paper", new int[] {0},
            new int[] {1}), Map.of()))
        .edgeSet("writes", EdgeSet.of(new Adjacency("author", "paper", new int[0], new int[0]),
            Map.of()))
        .edgeSet("written", EdgeSet.of(new Adjacency("paper", "author", new int[0],
            new int[0]), Map.of()))
        .build();
  }

  @Test
  void aNodeSetWithoutNodesInTheGraphTakesNoPart() {
    // Training such a mini-batch failed with ND4J's 'Nd4j.gemm() C array should NOT be a view'.
    ParameterStore store = new ParameterStore(6, DataType.DOUBLE);
    HeteroEncoder encoder = encoder(store, List.of("paper", "author"),
        EncoderOptions.of(5, 3).withActivation(HiddenActivation.TANH).withDropout(0.5, 3));
    GraphTensor noAuthors = papersWithoutAuthorship(0);
    Tape tape = new Tape();
    EncodedGraph encoded = encoder.encode(noAuthors, tape, true, 11);
    assertArrayEquals(new long[] {0, 3}, encoded.state("author", "hidden_state").shape());
    // The papers are encoded as beside authors who write none of them.
    GraphFixtures.assertClose(
        encoder.encode(papersWithoutAuthorship(1), Tape.inference(), true, 11)
            .state("paper", "hidden_state").value(),
        encoded.state("paper", "hidden_state").value(), 1e-12, "papers");
    tape.backward(paperLoss(encoded));
    assertNotNull(store.get("enc/rgcn_1/edges/cites/kernel").gradient());
    store.clearGradients();
    assertPasses(GradientCheck.check(store,
        t -> paperLoss(encoder.encode(noAuthors, t, true, 11)), SAMPLE), "no authors");
  }

  @Test
  void aNodeSetWithoutNodesAndDenseFeaturesIsProjectedToNoRows() {
    // ND4J refuses the product of a dense array without rows: the projection is skipped.
    ParameterStore store = new ParameterStore(6, DataType.DOUBLE);
    HeteroEncoder encoder = encoder(store, List.of("paper", "author"), EncoderOptions.of(5, 3));
    GraphTensor noAuthors = papersWithoutAuthorship(0).withNodeFeature("author", "feat",
        Feature.dense(Nd4j.create(DataType.DOUBLE, 0, 6)));
    EncodedGraph encoded = encoder.encode(noAuthors, Tape.inference(), false);
    assertArrayEquals(new long[] {0, 3}, encoded.state("author", "hidden_state").shape());
    assertArrayEquals(new long[] {2, 3}, encoded.state("paper", "hidden_state").shape());
  }

  @Test
  void theEncoderKeepsItsConfiguration() {
    HeteroEncoder encoder = encoder(new ParameterStore(7), List.of("author", "paper", "author"),
        EncoderOptions.of(4));
    assertEquals("feat", encoder.featureName());
    assertEquals(List.of("author", "paper"), encoder.nodeSets(), "in order, once each");
  }

  @Test
  void equalWidthsNeedNoProjectionUnlessOneIsConfigured() {
    GraphTensor dense = GRAPH.withNodeFeature("author", "feat", Feature.dense(uniform(5, 3, 4)));
    Map<String, Long> dims = Map.of("paper", 4L, "author", 4L);
    ParameterStore store = new ParameterStore(3, DataType.DOUBLE);
    HeteroEncoder plain = new HeteroEncoder(store, "plain", "feat", dims, RELATIONS,
        List.of("paper", "author"), EncoderOptions.of(3), HeteroOptions.defaults());
    assertTrue(plain.projections().isEmpty());
    assertPasses(GradientCheck.check(store, t -> loss(plain.encode(dense, t, false)), SAMPLE),
        "no projection, mean aggregation");
    ParameterStore other = new ParameterStore(3, DataType.DOUBLE);
    HeteroEncoder projected = new HeteroEncoder(other, "p", "feat", dims, RELATIONS,
        List.of("author"), EncoderOptions.of(3),
        new HeteroOptions(Aggregation.SUM, false, 7));
    assertEquals(7, projected.projections().get("paper").units());
    assertArrayEquals(new long[] {3, 3}, projected.encode(dense, Tape.inference(), false)
        .state("author", EncodedGraph.HIDDEN_STATE).shape());
    assertPasses(GradientCheck.check(other, t -> loss(projected.encode(dense, t, false)), SAMPLE),
        "projection to 7, sum aggregation, no self transform");
  }

  @Test
  void sameSeedGivesIdenticalOutputsWithDropout() {
    EncoderOptions options = EncoderOptions.of(6, 6, 2).withDropout(0.5, 21);
    HeteroEncoder first = encoder(new ParameterStore(4), List.of("paper", "author"), options);
    HeteroEncoder second = encoder(new ParameterStore(4), List.of("paper", "author"), options);
    for (int step = 0; step < 2; step++) {
      EncodedGraph a = first.encode(GRAPH, Tape.inference(), true);
      EncodedGraph b = second.encode(GRAPH, Tape.inference(), true);
      for (String set : List.of("paper", "author")) {
        assertEquals(a.state(set, "hidden_state").value(), b.state(set, "hidden_state").value(),
            set + " at step " + step);
      }
    }
    INDArray train = first.encode(GRAPH, Tape.inference(), true, 5)
        .state("paper", "hidden_state").value();
    INDArray eval = first.encode(GRAPH, Tape.inference(), false, 5)
        .state("paper", "hidden_state").value();
    assertNotEquals(eval, train);

    // An inference call takes no seed: the next training step matches the other encoder's.
    first.encode(GRAPH, Tape.inference(), false);
    assertEquals(second.encode(GRAPH, Tape.inference(), true).state("paper", "hidden_state")
        .value(), first.encode(GRAPH, Tape.inference(), true).state("paper", "hidden_state")
        .value());
  }

  @Test
  void configurationErrorsNameTheSetting() {
    ParameterStore store = new ParameterStore(5);
    EncoderConfigException noFeature = assertThrows(EncoderConfigException.class,
        () -> new HeteroEncoder(store, "h", "feat", Map.of("paper", 4L), RELATIONS,
            List.of("paper"), EncoderOptions.of(4), HeteroOptions.defaults()));
    assertEquals("hetero encoder 'h': edge set 'writes' starts at node set 'author', which has"
        + " no input feature; give its width in inputDims or leave the edge set out (inputDims"
        + " has [paper])", noFeature.getMessage());
    EncoderConfigException unreached = assertThrows(EncoderConfigException.class,
        () -> new HeteroEncoder(store, "h", "feat", Map.of("paper", 4L),
            List.of(new Relation("cites", "paper", "paper")), List.of("author"),
            EncoderOptions.of(4), new HeteroOptions(Aggregation.MEAN, false, 0)));
    assertEquals("hetero encoder 'h': node set 'author' gets no state after 1 layer(s): it is"
        + " not reached by the relations [cites (paper -> paper)] and the self transform is off"
        + " and it has no input feature", unreached.getMessage());
    EncoderConfigException dim = assertThrows(EncoderConfigException.class,
        () -> new HeteroEncoder(store, "h", "feat", Map.of("paper", -4L), List.of(),
            List.of("paper"), EncoderOptions.of(4), HeteroOptions.defaults()));
    assertEquals("hetero encoder 'h': the input dimension of node set 'paper' must be positive,"
        + " got -4", dim.getMessage());
    EncoderConfigException zero = assertThrows(EncoderConfigException.class,
        () -> new HeteroEncoder(store, "h", "feat", Map.of("paper", 0L), List.of(),
            List.of("paper"), EncoderOptions.of(4), HeteroOptions.defaults()));
    assertEquals("hetero encoder 'h': the input dimension of node set 'paper' must be positive,"
        + " got 0", zero.getMessage());
    EncoderConfigException blank = assertThrows(EncoderConfigException.class,
        () -> new HeteroEncoder(store, "h", "feat", Map.of("paper", 4L), List.of(),
            List.of("paper", " "), EncoderOptions.of(4), HeteroOptions.defaults()));
    assertEquals("hetero encoder 'h': each node set to encode must be given, got ' '",
        blank.getMessage());
    EncoderConfigException projection = assertThrows(EncoderConfigException.class,
        () -> new HeteroOptions(Aggregation.MEAN, true, -1));
    assertEquals("hetero options: projectionDim must be 0 (automatic) or positive, got -1",
        projection.getMessage());
    assertEquals(0, store.size(), "a rejected configuration creates no parameters");
  }

  @Test
  void graphErrorsNameTheNodeSetAndFeature() {
    ParameterStore store = new ParameterStore(6);
    HeteroEncoder encoder = encoder(store, List.of("paper", "author"), EncoderOptions.of(4));
    GraphTensor noAuthorFeature = GRAPH.withNodeFeatures("author", Map.of());
    InvalidGraphException feature = assertThrows(InvalidGraphException.class,
        () -> encoder.encode(noAuthorFeature, Tape.inference(), false));
    assertEquals("hetero encoder 'enc': node set 'author' has no feature 'feat'; it has []",
        feature.getMessage());
    GraphTensor wide = GRAPH.withNodeFeature("paper", "feat", Feature.dense(uniform(7, 5, 3)));
    InvalidGraphException width = assertThrows(InvalidGraphException.class,
        () -> encoder.encode(wide, Tape.inference(), false));
    assertEquals("hetero encoder 'enc': feature 'feat' of node set 'paper' has shape [5, 3] but"
        + " the encoder was built for [5, 4]", width.getMessage());
  }
}
