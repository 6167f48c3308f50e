package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.corruptors.DropoutFeatures;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.encoders.EncoderOptions;
import dev.contrastive4j.runtime.encoders.HiddenActivation;
import dev.contrastive4j.runtime.encoders.SageEncoder;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.inject.ConfigException;
import dev.contrastive4j.runtime.inject.ReplacedParts;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.tasks.BarlowTwins;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.Trainer;
import dev.contrastive4j.runtime.training.TrainingOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * A part replaced by a binding is the part that runs, and {@code config.json} says that its spec
 * was not used ({@code from_bindings}), so that no command rebuilds the run from specs that did
 * not make it.
 */
class ReplacedPartsRecordTest {
  private static final Experiment EXPERIMENT = Experiment.defaults()
      .withEncoder(new EncoderSpec.GcnSpec(List.of(8), null, null, null))
      .withTraining(new TrainingSpec(2, 0.01, null, 0, 1))
      .withEvaluation(new EvaluationSpec(1, List.of(1.0)))
      .withOutput(new OutputSpec(null, false));

  /** A GraphSAGE encoder of 6 units where the experiment says GCN with 8. */
  private static final Module SAGE = new AbstractModule() {
    @Provides
    @Singleton
    Encoder sage(GraphDataset dataset, ParameterStore store) {
      return new SageEncoder(store, "sage", dataset.targetNodeSet(), null,
          dataset.featureName(), dataset.graph().nodeSet(dataset.targetNodeSet())
              .feature(dataset.featureName()).shape()[1],
          new EncoderOptions(List.of(6L), HiddenActivation.RELU, 0, 1, true));
    }
  };

  /**
   * Barlow Twins where the experiment says Deep Graph Infomax, reading every node (its default
   * readout, the first node, would give it one row of the one graph, too few to train on).
   */
  private static final Module BARLOW_TWINS = new AbstractModule() {
    @Provides
    @Singleton
    Task barlowTwins(GraphDataset dataset, ParameterStore store, Encoder encoder) {
      return new BarlowTwins(new TaskSettings(dataset.targetNodeSet(), null,
          new DropoutFeatures(0.2, 1), new DropoutFeatures(0.2, 2), new ReadoutAllNodes(),
          List.of(), 1), store, encoder.outputDim(), null, true);
    }
  };

  private static Module binding(Class<?> type) {
    return new AbstractModule() {
      @Override
      protected void configure() {
        if (type == ParameterStore.class) {
          bind(ParameterStore.class).toInstance(new ParameterStore(9));
        } else if (type == TrainingOptions.class) {
          bind(TrainingOptions.class).toInstance(new TrainingOptions(1, 0, 0, 1));
        } else if (type == Optimizer.class) {
          bind(Optimizer.class).toProvider(() -> new Optimizer(getProvider(ParameterStore.class)
              .get(), new Sgd(0.1))).in(Singleton.class);
        } else if (type == Trainer.class) {
          bind(Trainer.class).toInstance(new Trainer(new TrainingOptions(1, 0, 0, 1)));
        } else {
          bind(LinearProbe.class).toInstance(new LinearProbe());
        }
      }
    };
  }

  private static Injector injector(Module... overrides) {
    return Guice.createInjector(Modules.override(new RunModule(EXPERIMENT)).with(overrides));
  }

  @Test
  void eachReplacedPartIsNamedAndOnlyIt() {
    assertEquals(List.of(), injector().getInstance(ReplacedParts.class).names());
    assertEquals(List.of("Encoder"), injector(SAGE).getInstance(ReplacedParts.class).names());
    assertEquals(List.of("Task"), injector(BARLOW_TWINS).getInstance(ReplacedParts.class)
        .names());
    for (Class<?> type : List.of(ParameterStore.class, TrainingOptions.class, Optimizer.class,
        Trainer.class, LinearProbe.class)) {
      assertEquals(List.of(type.getSimpleName()), injector(binding(type))
          .getInstance(ReplacedParts.class).names());
    }
  }

  @Test
  void aRunRecordsItsReplacedPartsAndWhereItWasWritten(@TempDir Path tmp) throws Exception {
    RunDirectory dir = RunDirectory.create(tmp.resolve("mine"));
    RunSummary summary = injector(SAGE, BARLOW_TWINS).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());

    // The bound parts ran: Barlow Twins' metrics (DGI's report binary_accuracy), the SAGE
    // encoder's 6 units.
    assertEquals("BarlowTwins", summary.task());
    List<String> epochs = Files.readAllLines(dir.resolve(RunDirectory.METRICS));
    String last = epochs.get(epochs.size() - 1);
    assertTrue(last.contains("rankme") && !last.contains("binary_accuracy"), last);
    assertEquals(6, NpyFiles.read(dir.resolve(RunDirectory.EMBEDDINGS)).columns());

    Experiment recorded = dir.readConfig();
    assertEquals(List.of("Encoder", "Task"), recorded.fromBindings());
    assertEquals(dir.path().toString(), recorded.output().directory());
    String config = Files.readString(dir.resolve(RunDirectory.CONFIG));
    assertTrue(config.contains("\"from_bindings\" : [ \"Encoder\", \"Task\" ]"), config);

    // The specs in config.json would build another model: evaluate and --resume refuse.
    RunException refused = assertThrows(RunException.class,
        () -> dir.readConfigToRebuild("evaluate"));
    assertEquals(dir + ": its Encoder, Task were supplied in code by bindings (from_bindings in "
        + "config.json), not by its specs; evaluate the run in code, with an injector that binds "
        + "the same", refused.getMessage());

    // In code, with the same bindings, the run is rebuilt and resumed as it was made.
    Injector again = Guice.createInjector(Modules.override(new RunModule(recorded))
        .with(SAGE, BARLOW_TWINS));
    assertEquals(summary.epochsRun(), again.getInstance(ExperimentRun.class)
        .resume(dir, ProgressReporter.silent()).epochsRun());
  }

  @Test
  void boundTrainingOptionsSetTheProgressTotalAndWhenARunIsComplete(@TempDir Path tmp) {
    // One epoch where the experiment says two.
    Module oneEpoch = binding(TrainingOptions.class);
    RunDirectory dir = RunDirectory.create(tmp.resolve("short"));
    RecordingProgress first = new RecordingProgress();
    RunSummary summary = injector(oneEpoch).getInstance(ExperimentRun.class).run(dir, first);
    assertEquals(1, summary.epochsRun());
    assertEquals("start 0 of 1", first.events().get(0));

    // Resumed in code with the same binding: the run is complete, nothing is probed again.
    RecordingProgress resumed = new RecordingProgress();
    Injector again = Guice.createInjector(Modules.override(new RunModule(dir.readConfig()))
        .with(oneEpoch));
    assertEquals(new Resumed(summary, true, List.of()),
        again.getInstance(ExperimentRun.class).resumeWithOutcome(dir, resumed));
    assertEquals(List.of(), resumed.events());
  }

  @Test
  void aTaskThatDoesNotFitABoundEncoderNamesThatEncoder() {
    Experiment reading = EXPERIMENT.withTask(new TaskSpec.DgiSpec(null, "other", null, null, null,
        null, null));
    ProvisionException refused = assertThrows(ProvisionException.class,
        () -> Guice.createInjector(Modules.override(new RunModule(reading)).with(SAGE))
            .getInstance(Task.class));
    // The spec says gcn; the SAGE encoder is the one that runs.
    assertEquals("task.feature: the sage encoder writes 'hidden_state' only, was 'other'",
        assertInstanceOf(ConfigException.class, refused.getCause()).getMessage());
  }


  @Test
  void aRecordedPartThatNoBindingSuppliesAgainIsRefusedAtItsField() {
    // Rebuilt from the recorded experiment with the task bound again but not the encoder.
    Experiment recorded = EXPERIMENT.withFromBindings(List.of("Task", "Encoder"));
    ProvisionException unbound = assertThrows(ProvisionException.class,
        () -> Guice.createInjector(Modules.override(new RunModule(recorded)).with(BARLOW_TWINS))
            .getInstance(ExperimentRun.class));
    assertEquals("from_bindings[1]: the run's Encoder was supplied in code by a binding, and no "
        + "binding supplies it here; bind the same Encoder again (Modules.override), or remove it "
        + "from from_bindings to build it from its spec",
        assertInstanceOf(ConfigException.class, unbound.getCause()).getMessage());

    Experiment misspelt = EXPERIMENT.withFromBindings(List.of("Encodr"));
    ProvisionException unknown = assertThrows(ProvisionException.class,
        () -> Guice.createInjector(new RunModule(misspelt)).getInstance(ReplacedParts.class));
    assertEquals("from_bindings[0]: 'Encodr' is not a part a binding can replace; the parts are "
        + "ParameterStore, Encoder, Task, TrainingOptions, Optimizer, Trainer, LinearProbe",
        assertInstanceOf(ConfigException.class, unknown.getCause()).getMessage());
  }

  @Test
  void aRunWithoutReplacedPartsRecordsNone(@TempDir Path tmp) throws Exception {
    RunDirectory dir = RunDirectory.create(tmp.resolve("plain"));
    assertInstanceOf(ExperimentRun.class, injector().getInstance(ExperimentRun.class))
        .run(dir, ProgressReporter.silent());
    assertEquals(EXPERIMENT.withOutput(new OutputSpec(dir.path().toString(), false)),
        dir.readConfig());
    assertTrue(!Files.readString(dir.resolve(RunDirectory.CONFIG)).contains("from_bindings"));
  }
}
