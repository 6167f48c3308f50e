package dev.contrastive4j.runtime.inject;

import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.encoders.HeteroEncoder;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The encoders an experiment's spec makes for a data set, and the specs that do not fit it. */
class EncodersTest {
  /**
   * Four papers citing each other (the target node set, feature {@code feat}), two authors
   * writing them; the authors' feature is named {@code authorFeature}.
   */
  private static GraphDataset papersAndAuthors(String authorFeature) {
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(4, Map.of("feat", feature(4, 3))))
        .nodeSet("author", NodeSet.of(2, Map.of(authorFeature, feature(2, 2))))
        .edgeSet("cites", EdgeSet.of(new Adjacency("paper", "paper",
            new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0}), Map.of()))
        .edgeSet("writes", EdgeSet.of(new Adjacency("author", "paper",
            new int[] {0, 1, 1}, new int[] {0, 2, 3}), Map.of()))
        .build();
    return new GraphDataset("papers", graph, "paper", "feat", new int[] {0, 1, 0, 1}, 2,
        new Split(new int[] {0, 1}, new int[] {2}, new int[] {3}));
  }

  private static Feature feature(int rows, int columns) {
    return Feature.dense(Nd4j.rand(DataType.FLOAT, rows, columns));
  }

  private static EncoderSpec.HeteroSpec hetero(boolean selfTransform) {
    return new EncoderSpec.HeteroSpec(List.of(4), "relu", 0.0, "mean", selfTransform);
  }

  @Test
  void withoutSelfTransformsTheHeteroEncoderLeavesOutANodeSetNoEdgeSetReaches() {
    // No edge set ends at 'author', so without self transforms it has no state; the target
    // node set 'paper' has one, and that is what the task and the probe read.
    GraphDataset data = papersAndAuthors("feat");
    HeteroEncoder encoder = (HeteroEncoder) Encoders.create(hetero(false), data,
        new ParameterStore(0), 0);
    assertEquals(List.of("paper"), encoder.nodeSets());
    EncodedGraph encoded = encoder.encode(data.graph(), Tape.inference(), false);
    assertEquals(4, encoded.state("paper", EncodedGraph.HIDDEN_STATE).value().rows());
    // With self transforms every node set with the input feature has a state, as before.
    assertEquals(List.of("paper", "author"), Encoders.encodedNodeSets(
        Encoders.create(hetero(true), data, new ParameterStore(0), 0)));
  }

  @Test
  void theHeteroEncoderRefusesAnEdgeSetFromANodeSetWithoutTheInputFeature() {
    ConfigException e = assertThrows(ConfigException.class, () -> Encoders.create(
        hetero(true), papersAndAuthors("age"), new ParameterStore(0), 0));
    assertEquals("encoder.type: the hetero encoder reads input feature 'feat' of every node "
        + "set an edge set starts at, and node set 'author' (where edge set 'writes' starts) of "
        + "data set 'papers' has no feature 'feat'; the gcn and sage encoders read edge set "
        + "'cites' only", e.getMessage());
  }

  /** Papers and a node set of authors without nodes, whose edge set has no edges. */
  private static GraphDataset papersWithoutAuthors() {
    return papersWithoutAuthors(new Adjacency("author", "paper", new int[0], new int[0]));
  }

  /** The same with {@code writes} as the edge set between papers and authors. */
  private static GraphDataset papersWithoutAuthors(Adjacency writes) {
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(4, Map.of("feat", feature(4, 3))))
        .nodeSet("author", NodeSet.of(0, Map.of("feat", Feature.dense(
            Nd4j.zeros(DataType.FLOAT, 0, 2)))))
        .edgeSet("cites", EdgeSet.of(new Adjacency("paper", "paper",
            new int[] {0, 1, 2, 3}, new int[] {1, 2, 3, 0}), Map.of()))
        .edgeSet("writes", EdgeSet.of(writes, Map.of()))
        .build();
    return new GraphDataset("no-authors", graph, "paper", "feat", new int[] {0, 1, 0, 1}, 2,
        new Split(new int[] {0, 1}, new int[] {2}, new int[] {3}));
  }

  @Test
  void theHeteroEncoderLeavesOutANodeSetWithoutNodes() {
    // Its [0, 2] input failed in ND4J's gemm ("C array should NOT be a view") in the first
    // training step: no data set with an empty node set could be encoded.
    GraphDataset data = papersWithoutAuthors();
    for (boolean selfTransform : new boolean[] {true, false}) {
      HeteroEncoder encoder = (HeteroEncoder) Encoders.create(hetero(selfTransform), data,
          new ParameterStore(0), 0);
      assertEquals(List.of("paper"), encoder.nodeSets());
      EncodedGraph encoded = encoder.encode(data.graph(), Tape.inference(), false);
      assertEquals(4, encoded.state("paper", EncodedGraph.HIDDEN_STATE).value().rows());
    }
  }

  @Test
  void theHeteroEncoderLeavesOutAnEdgeSetToANodeSetWithoutNodes() {
    // Edges from papers to authors would carry messages to no rows.
    GraphDataset data = papersWithoutAuthors(new Adjacency("paper", "author", new int[0],
        new int[0]));
    HeteroEncoder encoder = (HeteroEncoder) Encoders.create(hetero(true), data,
        new ParameterStore(0), 0);
    assertEquals(4, encoder.encode(data.graph(), Tape.inference(), false)
        .state("paper", EncodedGraph.HIDDEN_STATE).value().rows());
  }

  @Test
  void aTaskReadingANodeSetWithoutNodesIsRefused() {
    Tasks tasks = new Tasks(Tasks.builtIn(), new Corruptors(Corruptors.builtIn()),
        new Readouts(Readouts.builtIn()));
    ConfigException e = assertThrows(ConfigException.class, () -> tasks.create(
        new TaskSpec.DgiSpec("author", null, null, null, null, null, null),
        papersWithoutAuthors(), new ParameterStore(0), 4, 0));
    assertEquals("task.node_set: node set 'author' of data set 'no-authors' has no nodes, so "
        + "there is nothing to read out", e.getMessage());
  }

  @Test
  void integerInputFeaturesAreRefusedBeforeTraining() {
    // The encoders refused them only when encoding, in the first training step, after the run
    // directory had been written.
    GraphDataset data = IntFeatures.dataset();
    for (EncoderSpec spec : List.of(new EncoderSpec.GcnSpec(null, null, null, null), EncoderSpec.SageSpec.DEFAULT,
        hetero(true))) {
      ConfigException e = assertThrows(ConfigException.class, () -> Encoders.create(spec, data,
          new ParameterStore(0), 0));
      assertEquals("dataset: node set 'node', feature 'feat' has data type int32; the "
          + "encoders read floating-point input features (float32 in the data set's schema)",
          e.getMessage());
    }
  }

  @Test
  void aFeatureWithoutColumnsIsRefusedNamingIt() {
    // The first layer refused it, naming neither the data set nor the feature.
    GraphDataset data = IntFeatures.dataset();
    GraphDataset empty = data.withGraph(data.graph().withNodeFeatures("node", Map.of("feat",
        Feature.dense(Nd4j.create(DataType.FLOAT, 2, 0)))));
    ConfigException e = assertThrows(ConfigException.class, () -> Encoders.create(
        EncoderSpec.SageSpec.DEFAULT, empty, new ParameterStore(0), 0));
    assertEquals("dataset: node set 'node', feature 'feat' has no columns (shape [2, 0]); the "
        + "encoders need at least one input feature per node", e.getMessage());
  }

  @Test
  void withoutSelfTransformsATargetNodeSetNoEdgeSetReachesIsRefused() {
    ConfigException e = assertThrows(ConfigException.class, () -> Encoders.create(
        hetero(false), oneWay(), new ParameterStore(0), 0));
    assertEquals("encoder.self_transform: with the self transform off, the data set's target "
        + "node set 'paper' gets no state after 1 layer(s): no edge set brings it one; set it "
        + "to true", e.getMessage());
  }

  /** Two papers that each write to an author: no edge set from papers to papers. */
  private static GraphDataset oneWay() {
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(2, Map.of("feat", feature(2, 3))))
        .nodeSet("author", NodeSet.of(2, Map.of("feat", feature(2, 3))))
        .edgeSet("writes", EdgeSet.of(new Adjacency("paper", "author",
            new int[] {0, 1}, new int[] {1, 0}), Map.of()))
        .build();
    return new GraphDataset("one-way", graph, "paper", "feat", new int[] {0, 1}, 2,
        new Split(new int[] {0}, new int[] {}, new int[] {1}));
  }

  @Test
  void theGcnAndSageEncodersNeedAnEdgeSetWithinTheTargetNodeSet() {
    for (EncoderSpec spec : List.of(EncoderSpec.GcnSpec.DGI, EncoderSpec.SageSpec.DEFAULT)) {
      ConfigException e = assertThrows(ConfigException.class, () -> Encoders.create(spec,
          oneWay(), new ParameterStore(0), 0));
      assertEquals("encoder.type: the " + SpecTypeNames.of(spec) + " encoder convolves one "
          + "edge set from node set 'paper' to itself, and data set 'one-way' has none",
          e.getMessage());
    }
  }

  @Test
  void everyLayerNeedsAUnit() {
    ConfigException e = assertThrows(ConfigException.class, () -> Encoders.create(
        new EncoderSpec.GcnSpec(List.of(4, 0), null, null, null), papersAndAuthors("feat"),
        new ParameterStore(0), 0));
    assertEquals("encoder.units[1]: must be positive, was 0", e.getMessage());
  }

  /** Why {@code experiment}'s task on {@code dataset} is refused when the run is built. */
  private static String taskRefusal(Experiment experiment, GraphDataset dataset) {
    return RunRefusals.of(BoundDatasets.injector(experiment, dataset), Task.class);
  }

  @Test
  void theTaskReadsWhatTheEncoderComputes() {
    // Refused when the run is built rather than in its first step.
    assertEquals("task.node_set: the gcn encoder computes states for node set 'paper' only, "
        + "not 'author'; the hetero encoder computes every node set with an input feature",
        taskRefusal(experiment(x -> x.encoder(gcn(g -> g.units(4)))
            .task(dgi(t -> t.nodeSet("author")))), papersAndAuthors("feat")));
    assertEquals("task.feature: the gcn encoder writes 'hidden_state' only, was 'feat'",
        taskRefusal(experiment(x -> x.encoder(gcn(g -> g.units(4)))
            .task(dgi(t -> t.feature("feat")))), papersAndAuthors("feat")));
    TaskSpec readsAuthors = new TaskSpec.DgiSpec("author", null, null, null, null, null, null);
    assertEquals("task.node_set: the sage encoder computes states for node set 'paper' only, "
        + "not 'author'; the hetero encoder computes every node set with an input feature",
        taskRefusal(Experiment.defaults().withEncoder(EncoderSpec.SageSpec.DEFAULT)
            .withTask(readsAuthors), papersAndAuthors("feat")));
    assertEquals("task.node_set: the hetero encoder computes states for node set 'paper' only, "
        + "not 'author'; a node set without input feature 'feat' has no state, nor, with the "
        + "self transform off, one that no edge set reaches",
        taskRefusal(Experiment.defaults().withEncoder(hetero(false)).withTask(readsAuthors),
            papersAndAuthors("feat")));
    // A node set without nodes is refused for that, not for lacking a state.
    assertEquals("task.node_set: node set 'author' of data set 'no-authors' has no nodes, so "
        + "there is nothing to read out", taskRefusal(Experiment.defaults()
            .withEncoder(EncoderSpec.SageSpec.DEFAULT).withTask(readsAuthors),
            papersWithoutAuthors()));
  }
}
