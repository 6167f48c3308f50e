package dev.contrastive4j.api.experiment.dsl;

import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropEdges;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.firstNode;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.hetero;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;
import static dev.contrastive4j.api.experiment.dsl.Experiments.triplet;
import static dev.contrastive4j.api.experiment.dsl.Experiments.vicReg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every setter of every builder refuses a change once its block has ended, naming the builder:
 * the spec is built already, so the change would be lost unsaid.
 */
class EscapedBuildersTest {

  /** The builder that {@code make} hands to its block, kept past the block's end. */
  static <B> B escaped(Consumer<Block<B>> make) {
    List<B> out = new ArrayList<>();
    make.accept(out::add);
    return out.get(0);
  }

  private static void refused(String builder, Executable use) {
    assertEquals(builder + " was used after its block ended; a builder is valid only inside "
        + "its block", assertThrows(IllegalStateException.class, use).getMessage());
  }

  @Test
  void trainingEvaluationDatasetAndOutput() {
    TrainingBuilder t = escaped(b -> experiment(x -> x.training(b)));
    refused("TrainingBuilder", () -> t.setEpochs(1));
    refused("TrainingBuilder", () -> t.setLearningRate(0.1));
    refused("TrainingBuilder", () -> t.setWeightDecay(0.1));
    refused("TrainingBuilder", () -> t.setPatience(1));
    refused("TrainingBuilder", () -> t.setMetricsEvery(1));
    refused("TrainingBuilder", () -> t.setBatchComponents(1));
    refused("TrainingBuilder", () -> t.setShuffleComponents(false));
    refused("TrainingBuilder", () -> t.setCheckpointEvery(1));
    EvaluationBuilder v = escaped(b -> experiment(x -> x.evaluation(b)));
    refused("EvaluationBuilder", () -> v.setProbeRepeats(1));
    DatasetBuilder d = escaped(b -> experiment(x -> x.dataset(b)));
    refused("DatasetBuilder", () -> d.setDataDir("/data"));
    refused("DatasetBuilder", () -> d.setNormalizeFeatures(true));
    OutputBuilder o = escaped(b -> experiment(x -> x.output(b)));
    refused("OutputBuilder", () -> o.setDirectory("runs"));
    refused("OutputBuilder", () -> o.setCharts(false));
  }

  @Test
  void encodersReadoutsAndCorruptors() {
    GcnBuilder g = escaped(b -> gcn(b));
    refused("GcnBuilder", () -> g.setSelfLoops(false));
    refused("GcnBuilder", () -> g.setDropout(0.5));
    refused("GcnBuilder", () -> g.setActivation("relu"));
    HeteroBuilder h = escaped(b -> hetero(b));
    refused("HeteroBuilder", () -> h.setSelfTransform(false));
    PoolBuilder p = escaped(b -> pool(b));
    refused("PoolBuilder", () -> p.setPooling("max"));
    CorruptorBuilder c = escaped(b -> dropEdges(b));
    refused("CorruptorBuilder", () -> c.setRate(0.5));
    refused("CorruptorBuilder", () -> c.setSeed(3L));
  }

  @Test
  void tasks() {
    DgiBuilder t = escaped(b -> dgi(b));
    refused("DgiBuilder", () -> t.setFeature("h"));
    refused("DgiBuilder", () -> t.setSeed(1L));
    refused("DgiBuilder", () -> t.setCorruptor(dropEdges()));
    refused("DgiBuilder", () -> t.setCleanView(dropEdges()));
    refused("DgiBuilder", () -> t.setReadout(firstNode()));
    BarlowTwinsBuilder bt = escaped(b -> barlowTwins(b));
    refused("BarlowTwinsBuilder", () -> bt.setLambda(0.1));
    refused("BarlowTwinsBuilder", () -> bt.setNormalizeBatch(false));
    VicRegBuilder vr = escaped(b -> vicReg(b));
    refused("VicRegBuilder", () -> vr.setSimWeight(1));
    refused("VicRegBuilder", () -> vr.setVarWeight(1));
    refused("VicRegBuilder", () -> vr.setCovWeight(1));
    TripletBuilder tr = escaped(b -> triplet(b));
    refused("TripletBuilder", () -> tr.setMargin(2));
    refused("TripletBuilder", () -> tr.setPositiveView(dropEdges()));
  }

  @Test
  void anEscapedExperimentBuilderSaysSoBeforeComplainingOfTheTasksKind() {
    ExperimentBuilder x = escaped(b -> experiment(e -> {
      e.task(barlowTwins());
      b.configure(e);
    }));
    refused("ExperimentBuilder", () -> x.task(t -> t.feature("h")));
  }
}
