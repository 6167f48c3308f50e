package dev.contrastive4j.api.experiment.dsl;

import static dev.contrastive4j.api.experiment.dsl.Experiments.allNodes;
import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.compose;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropEdges;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropoutFeatures;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.firstNode;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.hetero;
import static dev.contrastive4j.api.experiment.dsl.Experiments.maskFeatureColumns;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;
import static dev.contrastive4j.api.experiment.dsl.Experiments.sage;
import static dev.contrastive4j.api.experiment.dsl.Experiments.shuffleFeaturesGlobally;
import static dev.contrastive4j.api.experiment.dsl.Experiments.triplet;
import static dev.contrastive4j.api.experiment.dsl.Experiments.vicReg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExperimentsTest {

  @Test
  void emptyBlockGivesTheDefaults() {
    assertEquals(Experiment.defaults(), experiment(e -> {}));
  }

  @Test
  void wholeExperimentEqualsTheModelBuiltByHand() {
    Experiment dsl = experiment(e -> e
        .seed(42)
        .dataset(d -> d.name("cora").dataDir("/data/planetoid").normalizeFeatures(true))
        .encoder(sage(s -> s.units(256, 128).activation("relu").dropout(0.2)))
        .task(barlowTwins(t -> t
            .nodeSet("paper")
            .feature("hidden_state")
            .projectorUnits(64, 32)
            .seed(3)
            .corruptor(compose(dropEdges(0.3), maskFeatureColumns(c -> c.rate(0.25).seed(9))))
            .cleanView(dropoutFeatures(0.1))
            .readout(pool("max"))
            .lambda(0.005)
            .normalizeBatch(false)))
        .training(t -> t.epochs(50).learningRate(0.01).weightDecay(5e-4).patience(7)
            .metricsEvery(5))
        .evaluation(v -> v.probeRepeats(3))
        .output(o -> o.directory("runs/bt").charts(false)));

    Experiment byHand = new Experiment(42L,
        new DatasetSpec("cora", "/data/planetoid", true, false),
        new EncoderSpec.SageSpec(List.of(256, 128), "relu", 0.2),
        new TaskSpec.BarlowTwinsSpec("paper", "hidden_state", List.of(64, 32), 3L,
            new CorruptorSpec.Compose(List.of(new CorruptorSpec.DropEdges(0.3, null),
                new CorruptorSpec.MaskFeatureColumns(0.25, 9L))),
            new CorruptorSpec.DropoutFeatures(0.1, null), new ReadoutSpec.Pool("max"), 0.005,
            false),
        new TrainingSpec(50, 0.01, 5e-4, 7, 5),
        new EvaluationSpec(3),
        new OutputSpec("runs/bt", false));
    assertEquals(byHand, dsl);
  }

  @Test
  void everyEncoderKind() {
    assertEquals(new EncoderSpec.GcnSpec(List.of(16, 8), "tanh", 0.5, false),
        gcn(g -> g.units(16, 8).activation("tanh").dropout(0.5).selfLoops(false)));
    assertEquals(EncoderSpec.GcnSpec.DGI, gcn(g -> {}));
    assertSame(EncoderSpec.GcnSpec.DGI, gcn());
    assertEquals(new EncoderSpec.SageSpec(List.of(32), "none", 0.0), sage(s -> s.units(32)
        .activation("none")));
    assertEquals(new EncoderSpec.SageSpec(null, null, null), sage());
    assertEquals(new EncoderSpec.HeteroSpec(List.of(64), "sigmoid", 0.1, "sum", false),
        hetero(h -> h.units(64).activation("sigmoid").dropout(0.1).aggregation("sum")
            .selfTransform(false)));
    assertEquals(new EncoderSpec.HeteroSpec(null, null, null, null, null), hetero());
  }

  @Test
  void everyTaskKind() {
    CorruptorSpec shuffle = shuffleFeaturesGlobally(c -> c.seed(7));
    assertEquals(new TaskSpec.DgiSpec("paper", null, List.of(), null, shuffle, null, null),
        dgi(t -> t.nodeSet("paper").corruptor(shuffle)));
    assertSame(TaskSpec.DgiSpec.DEFAULT, dgi());
    assertEquals(new TaskSpec.BarlowTwinsSpec(null, null, null, null, null, null, null, null,
        null), barlowTwins(t -> {}));
    assertNull(barlowTwins().lambda());
    assertEquals(new TaskSpec.VicRegSpec(null, "h", List.of(8), 5L, null, null,
        new ReadoutSpec.FirstNode(), 10.0, 20.0, 2.0),
        vicReg(t -> t.feature("h").projectorUnits(8).seed(5).readout(firstNode())
            .simWeight(10).varWeight(20).covWeight(2)));
    assertEquals(TaskSpec.VicRegSpec.DEFAULT, vicReg());
    assertEquals(new TaskSpec.TripletSpec(null, null, null, null, dropEdges(), null,
        new ReadoutSpec.AllNodes(), 0.5, maskFeatureColumns(0.4)),
        triplet(t -> t.corruptor(dropEdges()).readout(allNodes()).margin(0.5)
            .positiveView(maskFeatureColumns(0.4))));
    assertEquals(TaskSpec.TripletSpec.DEFAULT, triplet());
  }

  @Test
  void everyCorruptorAndReadoutKind() {
    assertEquals(new CorruptorSpec.ShuffleFeatures(0.5, 1L),
        shuffleFeaturesGlobally(c -> c.rate(0.5).seed(1)));
    assertEquals(new CorruptorSpec.ShuffleFeatures(1.0, null), shuffleFeaturesGlobally());
    assertEquals(new CorruptorSpec.DropoutFeatures(0.1, null), dropoutFeatures());
    assertEquals(new CorruptorSpec.DropoutFeatures(0.3, 2L),
        dropoutFeatures(c -> c.rate(0.3).seed(2)));
    assertEquals(new CorruptorSpec.DropEdges(0.2, null), dropEdges(c -> {}));
    assertEquals(new CorruptorSpec.MaskFeatureColumns(0.2, null), maskFeatureColumns());
    assertEquals(new CorruptorSpec.Compose(List.of()), compose());
    assertEquals(new CorruptorSpec.Compose(List.of(dropEdges(), dropoutFeatures())),
        compose(List.of(dropEdges(), dropoutFeatures())));
    assertEquals(new ReadoutSpec.Pool("sum"), pool(p -> p.pooling("sum")));
    assertEquals(new ReadoutSpec.Pool(null), pool(p -> {}));
    assertEquals(new ReadoutSpec.FirstNode(), firstNode());
    assertEquals(new ReadoutSpec.AllNodes(), allNodes());
  }

  @Test
  void blocksStartFromTheCurrentSettings() {
    Experiment e = experiment(x -> x
        .training(t -> t.epochs(3))
        .training(t -> t.learningRate(0.01))
        .encoder(g -> g.units(16))
        .encoder(g -> g.dropout(0.5))
        .task(t -> t.nodeSet("paper"))
        .task(t -> t.corruptor(shuffleFeaturesGlobally(c -> c.seed(7)))));
    assertEquals(new TrainingSpec(3, 0.01, null, 20, null), e.training());
    assertEquals(new EncoderSpec.GcnSpec(List.of(16), null, 0.5, null), e.encoder());
    assertEquals(dgi(t -> t.nodeSet("paper").corruptor(shuffleFeaturesGlobally(c -> c.seed(7)))),
        e.task());
  }

  @Test
  void aDefaultKindBlockRefusesToReplaceAPartOfAnotherKind() {
    // It replaced the Barlow Twins task (and its lambda) with DGI unsaid.
    IllegalStateException task = assertThrows(IllegalStateException.class,
        () -> experiment(x -> x.task(barlowTwins(t -> t.lambda(0.005))).task(t -> t.feature("h"))));
    assertEquals("task { ... } configures a Deep Graph Infomax task, but the task is "
        + "'barlow-twins'; give its settings where it is made, or replace it with task = dgi "
        + "{ ... }", task.getMessage());
    IllegalStateException encoder = assertThrows(IllegalStateException.class,
        () -> experiment(x -> x.encoder(sage(s -> s.units(64))).encoder(g -> g.dropout(0.5))));
    assertEquals("encoder { ... } configures a GCN encoder, but the encoder is 'sage'; give its "
        + "settings where it is made, or replace it with encoder = gcn { ... }",
        encoder.getMessage());
    // Assigning a part of another kind replaces it, as an assignment does.
    assertEquals(dgi(t -> t.feature("h")),
        experiment(x -> x.task(barlowTwins()).task(dgi(t -> t.feature("h")))).task());
  }

  @Test
  void gettersShowWhatTheBlockHasSetSoFar() {
    List<Object> seen = new ArrayList<>();
    experiment(x -> {
      seen.add(x.getSeed());
      x.setSeed(9);
      seen.add(x.getSeed());
      x.training(t -> {
        seen.add(t.getEpochs());
        t.setEpochs(4);
        seen.add(t.getEpochs());
      });
      seen.add(x.getTraining().epochs());
      x.task(t -> {
        seen.add(t.getNodeSet());
        t.setNodeSet("paper");
        seen.add(t.getNodeSet());
      });
    });
    // The epochs start unset (the task's).
    assertEquals(java.util.Arrays.asList(0L, 9L, null, 4, 4, null, "paper"), seen);
  }

  @Test
  void aBuilderThatEscapesItsBlockRefusesChanges() {
    List<DgiBuilder> escaped = new ArrayList<>();
    TaskSpec built = dgi(t -> {
      t.nodeSet("paper");
      escaped.add(t);
    });
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> escaped.get(0).setNodeSet("author"));
    assertEquals("DgiBuilder was used after its block ended; a builder is valid only inside "
        + "its block", e.getMessage());
    assertThrows(IllegalStateException.class, () -> escaped.get(0).projectorUnits(4));
    assertEquals("paper", built.nodeSet());

    List<ExperimentBuilder> outer = new ArrayList<>();
    Experiment experiment = experiment(outer::add);
    assertThrows(IllegalStateException.class, () -> outer.get(0).seed(5));
    assertEquals(Experiment.defaults(), experiment);
  }

  @Test
  void requiredValuesRejectNullNamingTheProperty() {
    // Java callers can pass null where the JSpecify types say non-null (Kotlin callers cannot).
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> gcn(g -> g.setActivation(null)));
    assertEquals("activation", e.getMessage());
    assertThrows(NullPointerException.class, () -> experiment(x -> x.setDataset(null)));
    assertThrows(NullPointerException.class, () -> experiment(null));
  }

  @Test
  void nullElementsOfListsAreRefusedNamingTheElement() {
    // A file's 'units: [16, null]' is 'encoder.units[1]: must not be null'; these were a
    // NullPointerException without a message, from List.copyOf.
    assertEquals("units[1]", assertThrows(NullPointerException.class,
        () -> gcn(g -> g.setUnits(java.util.Arrays.asList(16, null)))).getMessage());
    assertEquals("projectorUnits[0]", assertThrows(NullPointerException.class,
        () -> dgi(t -> t.setProjectorUnits(java.util.Arrays.asList(null, 8)))).getMessage());
    assertEquals("probeC[1]", assertThrows(NullPointerException.class,
        () -> experiment(x -> x.evaluation(v -> v.setProbeC(java.util.Arrays.asList(0.1, null)))))
        .getMessage());
    assertEquals("probeC", assertThrows(NullPointerException.class,
        () -> experiment(x -> x.evaluation(v -> v.setProbeC(null)))).getMessage());
    assertEquals("steps[1]", assertThrows(NullPointerException.class,
        () -> compose(dropEdges(), null)).getMessage());
  }

  @Test
  void theExperimentIsValidatedWithEveryProblemAndItsPath() {
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> experiment(x -> x
            .encoder(gcn(g -> g.units(16, 0).activation("gelu")))
            .task(t -> t.corruptor(shuffleFeaturesGlobally(c -> c.rate(1.5))))
            .training(t -> t.epochs(0))));
    assertEquals(List.of(
        "encoder.units[1]: must be positive, was 0",
        "encoder.activation: must be one of none, relu, sigmoid, tanh, prelu, prelu_shared, was 'gelu'",
        "task.corruptor.rate: must be in [0, 1], was 1.5",
        "training.epochs: must be at least 1, was 0"), e.problems());
    assertNull(e.source());
  }
}
