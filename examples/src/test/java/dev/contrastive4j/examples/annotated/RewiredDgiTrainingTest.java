package dev.contrastive4j.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.ProvisionException;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.runtime.inject.ConfigException;
import dev.contrastive4j.runtime.cli.Main;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.run.Checkpoint;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ProgressReporter;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunSummary;
import dev.contrastive4j.runtime.tasks.ContrastiveLossTask;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The annotated example task, wired by the generated module that RunModule installs (through
 * the generated registry), trained briefly on the built-in CSBM graph.
 */
class RewiredDgiTrainingTest {

  private static Experiment tiny(RewiredDgiSpec task) {
    return Experiment.defaults()
        .withEncoder(new EncoderSpec.GcnSpec(List.of(16), null, null, null))
        .withTask(task)
        .withTraining(new TrainingSpec(3, 0.01, null, 0, 1))
        .withEvaluation(new EvaluationSpec(1))
        .withOutput(new OutputSpec(null, false));
  }

  @Test
  void theRunBuildsTheGeneratedTaskWithItsCorruptorAndReadout() {
    Injector injector = Guice.createInjector(new RunModule(tiny(RewiredDgiSpec.DEFAULT)));
    Task task = injector.getInstance(Task.class);
    assertInstanceOf(RewiredDgi.class, task);
    ContrastiveLossTask contrastive = (ContrastiveLossTask) task;
    ScaledNodes readout = assertInstanceOf(ScaledNodes.class, contrastive.readout());
    assertEquals(1.0, readout.norm());
    EdgeRewiring corruptor =
        assertInstanceOf(EdgeRewiring.class, contrastive.settings().corruptor());
    assertEquals(1.0, corruptor.rate());

    // The negative view: the same features and degrees, other neighbours.
    GraphDataset dataset = injector.getInstance(GraphDataset.class);
    GraphTensor graph = dataset.graph();
    Views views = task.preprocess(graph);
    assertSame(graph, views.graphs().get(0));
    GraphTensor corrupted = views.graphs().get(1);
    assertSame(graph.nodeSet(dataset.targetNodeSet()), corrupted.nodeSet(dataset.targetNodeSet()));
    String edgeSet = graph.edgeSets().keySet().iterator().next();
    Adjacency before = graph.edgeSet(edgeSet).adjacency();
    Adjacency after = corrupted.edgeSet(edgeSet).adjacency();
    assertArrayEquals(before.sourceIndices(), after.sourceIndices());
    assertArrayEquals(sorted(before.targetIndices()), sorted(after.targetIndices()),
        "every node keeps its in-degree");
    int moved = 0;
    for (int i = 0; i < before.size(); i++) {
      moved += before.targetView()[i] != after.targetView()[i] ? 1 : 0;
    }
    assertTrue(moved > before.size() * 0.9, moved + " of " + before.size() + " edges moved");
    // DGI's pseudo-labels: one row per node.
    assertEquals(graph.nodeSet(dataset.targetNodeSet()).totalSize(),
        views.pseudoLabels().size(0));
  }

  /**
   * The discriminator is the task's enum parameter: the default is PyTorch Geometric's, without
   * a bias, and {@code BILINEAR_GLOROT} the DGI paper's, with one. Before, the example always
   * took the default, as DeepGraphInfomax's three-argument constructor does.
   */
  @Test
  void theDiscriminatorParameterChoosesTheBias() {
    ParameterStore byDefault = parametersOf(RewiredDgiSpec.DEFAULT);
    assertTrue(byDefault.contains("task/dgi_logits/kernel"));
    assertFalse(byDefault.contains("task/dgi_logits/bias"));
    ParameterStore glorot = parametersOf(RewiredDgiSpec.of(t -> t.discriminator(
        DgiDiscriminator.BILINEAR_GLOROT)));
    assertTrue(glorot.contains("task/dgi_logits/bias"));
  }

  /** The parameters of the run of {@code task}, once its task is built. */
  private static ParameterStore parametersOf(RewiredDgiSpec task) {
    Injector injector = Guice.createInjector(new RunModule(tiny(task)));
    injector.getInstance(Task.class);
    return injector.getInstance(ParameterStore.class);
  }

  private static int[] sorted(int[] values) {
    int[] copy = values.clone();
    java.util.Arrays.sort(copy);
    return copy;
  }

  @Test
  void configuredParametersReachTheConstructors() {
    RewiredDgiSpec spec = new RewiredDgiSpec(null, null, List.of(8), 7L,
        new EdgeRewiringSpec(0.25, 11L), null, new ScaledNodesSpec(3.0), null);
    Task task = Guice.createInjector(new RunModule(tiny(spec))).getInstance(Task.class);
    ContrastiveLossTask contrastive = (ContrastiveLossTask) task;
    assertEquals(0.25, ((EdgeRewiring) contrastive.settings().corruptor()).rate());
    assertEquals(3.0, ((ScaledNodes) contrastive.readout()).norm());
    assertEquals(List.of(8), contrastive.settings().projectorUnits());
    assertEquals(7L, contrastive.settings().seed());
  }

  @Test
  void aValueOutsideTheParameterRangeNamesTheField() {
    RewiredDgiSpec spec = new RewiredDgiSpec(null, null, null, null,
        new EdgeRewiringSpec(1.5, null), null, null, null);
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> Guice.createInjector(new RunModule(tiny(spec))).getInstance(Task.class));
    ConfigException cause = assertInstanceOf(ConfigException.class, e.getCause());
    assertEquals("task.corruptor.rate: must be in [0, 1], was 1.5", cause.getMessage());
  }

  @Test
  void aRunWithItsOwnDataSetBoundInCodeRecordsItAndIsEvaluatedOnlyInCode(@TempDir Path tmp)
      throws Exception {
    // README, "Replacing a part with Guice": the user's data set instead of the configured one.
    GraphDataset csbm = Guice.createInjector(new RunModule(tiny(RewiredDgiSpec.DEFAULT)))
        .getInstance(GraphDataset.class);
    GraphDataset mine = new GraphDataset("my-graph", csbm.graph(), csbm.targetNodeSet(),
        csbm.featureName(), csbm.labels(), csbm.numClasses(), csbm.split());
    Module myData = new AbstractModule() {
      @Provides
      @Singleton
      GraphDataset myGraph() {
        return mine;
      }
    };
    Experiment experiment = tiny(RewiredDgiSpec.DEFAULT);
    Path run = tmp.resolve("run");
    RunSummary summary = Guice.createInjector(Modules.override(new RunModule(experiment))
            .with(myData))
        .getInstance(ExperimentRun.class).run(RunDirectory.create(run),
            ProgressReporter.silent());
    assertEquals("my-graph", summary.dataset());
    Experiment recorded = RunDirectory.open(run).readConfig();
    assertEquals(experiment.withDataset(DatasetSpec.bound("my-graph"))
        .withOutput(new OutputSpec(run.toString(), false)), recorded);

    // The command line cannot supply the data set: one line saying what to do instead.
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(1, cli.execute("evaluate", "--run", run.toString()));
    assertEquals("contrastive4j: " + run + ": its data set 'my-graph' was supplied in code by a "
        + "binding of GraphDataset, not by config.json; evaluate the run in code, with an "
        + "injector that binds the same data set", err.toString().strip());

    // In code, the recorded experiment with the same binding rebuilds the run.
    Injector again = Guice.createInjector(Modules.override(new RunModule(recorded))
        .with(myData));
    ExperimentRun rebuilt = again.getInstance(ExperimentRun.class);
    Checkpoint.loadBest(RunDirectory.open(run), again.getInstance(ParameterStore.class));
    assertTrue(NpyFiles.read(run.resolve(RunDirectory.EMBEDDINGS))
        .equalsWithEps(rebuilt.embed(), 1e-6));
  }

  @Test
  void trainsForThreeEpochsAndProbesTheEmbeddings(@TempDir Path tmp) throws Exception {
    Injector injector = Guice.createInjector(new RunModule(tiny(RewiredDgiSpec.DEFAULT)));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = injector.getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertEquals("rewired-dgi", summary.task());
    assertEquals(3, summary.epochsRun());
    assertTrue(Double.isFinite(summary.finalLoss()), "loss " + summary.finalLoss());
    // Binary cross-entropy of two logits per node: positive, and near log 2 at the start.
    assertTrue(summary.bestLoss() > 0 && summary.bestLoss() < 2, "loss " + summary.bestLoss());
    assertTrue(summary.testAccuracy() >= 0 && summary.testAccuracy() <= 1);
    assertEquals(3, Files.readAllLines(dir.resolve("metrics.jsonl")).size());
    // config.json names the plugin types and reads back to the same experiment.
    String config = Files.readString(dir.resolve("config.json"));
    assertTrue(config.contains("\"type\" : \"rewired-dgi\""), config);
    assertTrue(config.contains("\"type\" : \"rewire-edges\""), config);
    assertEquals(injector.getInstance(Experiment.class)
        .withOutput(new OutputSpec(dir.path().toString(), false)), dir.readConfig());
  }
}
