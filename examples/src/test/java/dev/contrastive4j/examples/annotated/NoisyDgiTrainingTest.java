package dev.contrastive4j.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.runtime.inject.ConfigException;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ProgressReporter;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunSummary;
import dev.contrastive4j.runtime.tasks.ContrastiveLossTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The annotated example task, wired by the generated module that RunModule installs (through
 * the generated registry), trained briefly on the built-in CSBM graph.
 */
class NoisyDgiTrainingTest {

  private static Experiment tiny(NoisyDgiSpec task) {
    return Experiment.defaults()
        .withEncoder(new EncoderSpec.GcnSpec(List.of(16L), null, null, null))
        .withTask(task)
        .withTraining(new TrainingSpec(3, 0.01, null, 0, 1))
        .withEvaluation(new EvaluationSpec(1))
        .withOutput(new OutputSpec(null, false));
  }

  @Test
  void theRunBuildsTheGeneratedTaskWithItsCorruptorAndReadout() {
    Injector injector = Guice.createInjector(new RunModule(tiny(NoisyDgiSpec.DEFAULT)));
    Task task = injector.getInstance(Task.class);
    assertInstanceOf(NoisyDgi.class, task);
    ContrastiveLossTask contrastive = (ContrastiveLossTask) task;
    ScaledNodes readout = assertInstanceOf(ScaledNodes.class, contrastive.readout());
    assertEquals(1.0, readout.norm());
    FeatureNoise corruptor =
        assertInstanceOf(FeatureNoise.class, contrastive.settings().corruptor());
    assertEquals(0.5, corruptor.sigma());

    // The negative view: same graph structure, other feature values (shuffled and noisy).
    GraphDataset dataset = injector.getInstance(GraphDataset.class);
    GraphTensor graph = dataset.graph();
    Views views = task.preprocess(graph);
    assertSame(graph, views.graphs().get(0));
    INDArray clean = graph.nodeSet(dataset.targetNodeSet()).feature(dataset.featureName())
        .toDense();
    INDArray corrupted = views.graphs().get(1).nodeSet(dataset.targetNodeSet())
        .feature(dataset.featureName()).toDense();
    assertEquals(List.of(clean.shape()[0], clean.shape()[1]),
        List.of(corrupted.shape()[0], corrupted.shape()[1]));
    assertNotEquals(clean, corrupted);
    // DGI's pseudo-labels: clean real, corrupted fake, one row per node.
    assertEquals(clean.size(0), views.pseudoLabels().size(0));
  }

  @Test
  void configuredParametersReachTheConstructors() {
    NoisyDgiSpec spec = new NoisyDgiSpec(null, null, List.of(8), 7L,
        new FeatureNoiseSpec(2.0, 11L), null, new ScaledNodesSpec(3.0));
    Task task = Guice.createInjector(new RunModule(tiny(spec))).getInstance(Task.class);
    ContrastiveLossTask contrastive = (ContrastiveLossTask) task;
    assertEquals(2.0, ((FeatureNoise) contrastive.settings().corruptor()).sigma());
    assertEquals(3.0, ((ScaledNodes) contrastive.readout()).norm());
    assertEquals(List.of(8), contrastive.settings().projectorUnits());
    assertEquals(7L, contrastive.settings().seed());
  }

  @Test
  void aValueOutsideTheParameterRangeNamesTheField() {
    NoisyDgiSpec spec = new NoisyDgiSpec(null, null, null, null, new FeatureNoiseSpec(-1.0, null),
        null, null);
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> Guice.createInjector(new RunModule(tiny(spec))).getInstance(Task.class));
    ConfigException cause = assertInstanceOf(ConfigException.class, e.getCause());
    assertEquals("task.corruptor.sigma: must be in [0.0, 10.0], was -1.0", cause.getMessage());
  }

  @Test
  void trainsForThreeEpochsAndProbesTheEmbeddings(@TempDir Path tmp) throws Exception {
    Injector injector = Guice.createInjector(new RunModule(tiny(NoisyDgiSpec.DEFAULT)));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = injector.getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertEquals("noisy-dgi", summary.task());
    assertEquals(3, summary.epochsRun());
    assertTrue(Double.isFinite(summary.finalLoss()), "loss " + summary.finalLoss());
    // Binary cross-entropy of two logits per node: positive, and near log 2 at the start.
    assertTrue(summary.bestLoss() > 0 && summary.bestLoss() < 2, "loss " + summary.bestLoss());
    assertTrue(summary.testAccuracy() >= 0 && summary.testAccuracy() <= 1);
    assertEquals(3, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
    // config.json names the plugin types and reads back to the same experiment.
    String config = Files.readString(dir.resolve("config.json"));
    assertTrue(config.contains("\"type\" : \"noisy-dgi\""), config);
    assertTrue(config.contains("\"type\" : \"feature-noise\""), config);
    assertEquals(injector.getInstance(Experiment.class), dir.readConfig());
  }
}
