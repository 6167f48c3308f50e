package dev.contrastive4j.api.experiment.dsl;

import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropEdges;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.hetero;
import static dev.contrastive4j.api.experiment.dsl.Experiments.pool;
import static dev.contrastive4j.api.experiment.dsl.Experiments.triplet;
import static dev.contrastive4j.api.experiment.dsl.Experiments.vicReg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A getter shows the setting the block starts from, then what the block has set; a Kotlin
 * block reads and writes the same settings as properties
 * ({@code learningRate = learningRate / 10}).
 */
class BuilderGettersTest {

  @Test
  void training() {
    List<Object> seen = new ArrayList<>();
    experiment(x -> x.training(t -> {
      seen.addAll(java.util.Arrays.asList(t.getLearningRate(), t.getWeightDecay(),
          t.getPatience(), t.getMetricsEvery(), t.getBatchComponents(), t.getShuffleComponents(),
          t.getCheckpointEvery()));
      t.learningRate(0.01).weightDecay(5e-4).patience(7).metricsEvery(5).batchComponents(32)
          .shuffleComponents(false).checkpointEvery(10);
      seen.addAll(List.of(t.getLearningRate(), t.getWeightDecay(), t.getPatience(),
          t.getMetricsEvery(), t.getBatchComponents(), t.getShuffleComponents(),
          t.getCheckpointEvery()));
    }));
    // The patience starts unset: the task's.
    assertEquals(java.util.Arrays.asList(0.001, 0.0, null, 50, 0, true, 50, 0.01, 5e-4, 7, 5, 32,
        false, 10), seen);
    assertEquals(new TrainingSpec(1000, null, null, 20, null, 32, false),
        experiment(x -> x.training(t -> t.batchComponents(32).shuffleComponents(false)))
            .training());
  }

  @Test
  void evaluationDatasetAndOutput() {
    List<Object> seen = new ArrayList<>();
    experiment(x -> x
        .evaluation(v -> {
          seen.addAll(List.of(v.getProbeRepeats(), v.getProbeC(), v.getProbeProtocol()));
          v.probeRepeats(3).probeC(0.5);
          seen.addAll(List.of(v.getProbeRepeats(), v.getProbeC(), v.getProbeProtocol()));
        })
        .dataset(d -> {
          seen.addAll(Arrays.asList(d.getName(), d.getDataDir(), d.getNormalizeFeatures()));
          d.name("citeseer").dataDir("/data").normalizeFeatures(true);
          seen.addAll(List.of(d.getName(), d.getDataDir(), d.getNormalizeFeatures()));
        })
        .output(o -> {
          seen.addAll(Arrays.asList(o.getDirectory(), o.getCharts()));
          o.directory("runs/x").charts(false);
          seen.addAll(List.of(o.getDirectory(), o.getCharts()));
        }));
    assertEquals(Arrays.asList(5, EvaluationSpec.DEFAULT_PROBE_C, "validated_l2",
        3, List.of(0.5), "validated_l2",
        "csbm", null, false, "citeseer", "/data", true,
        null, true, "runs/x", false), seen);
  }

  @Test
  void probeCandidatesFollowTheProtocolUntilSet() {
    List<Object> seen = new ArrayList<>();
    experiment(x -> x.evaluation(v -> {
      v.probeProtocol("dgi_paper");
      seen.add(v.getProbeProtocol());
      seen.add(v.getProbeC());
    }));
    assertEquals(List.of("dgi_paper", List.of()), seen);
  }

  @Test
  void theWholePartsOfAnExperiment() {
    DatasetSpec dataset = new DatasetSpec("citeseer", null);
    EvaluationSpec evaluation = new EvaluationSpec(2);
    OutputSpec output = new OutputSpec("runs/y", false);
    TrainingSpec training = new TrainingSpec(5, null, null, null, null);
    Experiment e = experiment(x -> x.dataset(dataset).evaluation(evaluation).output(output)
        .training(training));
    assertEquals(List.of(dataset, evaluation, output, training.resolvedFor(e.task())),
        List.of(e.dataset(), e.evaluation(), e.output(), e.training()));
  }

  @Test
  void encodersAndReadouts() {
    List<Object> seen = new ArrayList<>();
    gcn(g -> {
      seen.add(g.getSelfLoops());
      g.selfLoops(false);
      seen.add(g.getSelfLoops());
    });
    hetero(h -> {
      seen.addAll(List.of(h.getAggregation(), h.getSelfTransform()));
      h.aggregation("sum").selfTransform(false);
      seen.addAll(List.of(h.getAggregation(), h.getSelfTransform()));
    });
    pool(p -> {
      seen.add(p.getPooling());
      p.pooling("max");
      seen.add(p.getPooling());
    });
    assertEquals(List.of(true, false, "mean", true, "sum", false, "mean", "max"), seen);
  }

  @Test
  void tasks() {
    List<Object> seen = new ArrayList<>();
    CorruptorSpec drop = dropEdges(0.4);
    TaskSpec.DgiSpec dgi = dgi(t -> {
      seen.add(t.getDiscriminator());
      t.discriminator("bilinear_glorot");
      seen.add(t.getDiscriminator());
    });
    barlowTwins(t -> {
      seen.addAll(Arrays.asList(t.getLambda(), t.getNormalizeBatch()));
      t.lambda(0.5).normalizeBatch(false);
      seen.addAll(List.of(t.getLambda(), t.getNormalizeBatch()));
    });
    vicReg(t -> {
      seen.addAll(List.of(t.getSimWeight(), t.getVarWeight(), t.getCovWeight()));
      t.simWeight(1).varWeight(2).covWeight(3);
      seen.addAll(List.of(t.getSimWeight(), t.getVarWeight(), t.getCovWeight()));
    });
    triplet(t -> {
      seen.addAll(List.of(t.getMargin(), t.getPositiveView()));
      t.margin(0.5).positiveView(drop);
      seen.addAll(List.of(t.getMargin(), t.getPositiveView()));
    });
    assertEquals(Arrays.asList("uniform", "bilinear_glorot", null, true, 0.5, false,
        25.0, 25.0, 1.0, 1.0, 2.0, 3.0,
        1.0, CorruptorSpec.DEFAULT_AUGMENTATION, 0.5, drop), seen);
    assertEquals("bilinear_glorot", dgi.discriminator());
  }
}
