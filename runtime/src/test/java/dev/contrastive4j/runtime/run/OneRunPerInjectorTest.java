package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An injector's parameters, optimizer and task are one run's: a second run on them (which
 * started from the first one's trained state while its config.json said otherwise) is refused,
 * as is a run into a directory that holds one; a run closes its progress reporter however it
 * ends; and RunModule works in an injector that requires explicit bindings.
 */
class OneRunPerInjectorTest {
  private static final GraphDataset SMALL = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(120).withNumClasses(3).withFeatures(20, 0.2, 0.5).withSeed(2));
  private static final Experiment EXPERIMENT = Experiment.defaults()
      .withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null))
      .withTraining(new TrainingSpec(3, null, null, 0, null))
      .withEvaluation(new EvaluationSpec(1, List.of(1.0)))
      .withOutput(new OutputSpec(null, false));

  private static final String ONE_RUN = "this injector has already made a run: its parameters "
      + "and optimizer state are that run's, and another run would start from them; create a "
      + "new injector for each run (Guice.createInjector(new RunModule(experiment)))";

  @Test
  void aSecondRunOrAResumeOnTheSameInjectorIsRefused(@TempDir Path tmp) {
    Injector injector = BoundDatasets.injector(EXPERIMENT, SMALL);
    injector.getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("first")), ProgressReporter.silent());

    RunDirectory second = RunDirectory.create(tmp.resolve("second"));
    RunException again = assertThrows(RunException.class, () -> injector
        .getInstance(ExperimentRun.class).run(second, ProgressReporter.silent()));
    assertEquals(ONE_RUN, again.getMessage());
    // Refused before anything was written.
    assertEquals(List.of(RunDirectory.LOCK), List.of(second.path().toFile().list()));

    RunDirectory other = RunDirectory.create(tmp.resolve("other"));
    BoundDatasets.injector(EXPERIMENT, SMALL).getInstance(ExperimentRun.class)
        .run(other, ProgressReporter.silent());
    RunException resumed = assertThrows(RunException.class, () -> injector
        .getInstance(ExperimentRun.class).resume(other, ProgressReporter.silent()));
    assertEquals(ONE_RUN, resumed.getMessage());
  }

  @Test
  void aRunIntoADirectoryThatHoldsARunIsRefused(@TempDir Path tmp) throws Exception {
    RunDirectory first = RunDirectory.create(tmp.resolve("run"));
    BoundDatasets.injector(EXPERIMENT, SMALL).getInstance(ExperimentRun.class)
        .run(first, ProgressReporter.silent());
    List<String> metrics = Files.readAllLines(first.resolve(RunDirectory.METRICS));
    RunDirectory opened = RunDirectory.open(first.path());
    RunException e = assertThrows(RunException.class, () -> BoundDatasets
        .injector(EXPERIMENT, SMALL).getInstance(ExperimentRun.class)
        .run(opened, ProgressReporter.silent()));
    assertEquals(first.path() + ": already exists and is not empty; choose another output "
        + "directory or resume that run", e.getMessage());
    assertEquals(metrics, Files.readAllLines(first.resolve(RunDirectory.METRICS)));
  }

  /** Fails in the run's second epoch, as any part of a run may fail. */
  private static final class FailingInTheSecondEpoch extends RecordingProgress {
    @Override
    public void epoch(int epoch, double loss) {
      if (epoch == 2) {
        throw new IllegalStateException("boom in epoch 2");
      }
    }
  }

  @Test
  void theProgressReporterIsClosedWhenARunFails(@TempDir Path tmp) {
    RecordingProgress progress = new FailingInTheSecondEpoch();
    assertThrows(IllegalStateException.class, () -> BoundDatasets.injector(EXPERIMENT, SMALL)
        .getInstance(ExperimentRun.class).run(RunDirectory.create(tmp.resolve("run")),
            progress));
    assertEquals(List.of("start 0 of 3", "closed"), progress.events());
  }

  @Test
  void runModuleNeedsNoJustInTimeBindings(@TempDir Path tmp) {
    RunSummary summary = Guice.createInjector(new AbstractModule() {
      @Override
      protected void configure() {
        binder().requireExplicitBindings();
        install(Modules.override(new RunModule(EXPERIMENT)).with(binder -> binder
            .bind(GraphDataset.class).toInstance(SMALL)));
      }
    }).getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("run")), ProgressReporter.silent());
    assertEquals(3, summary.epochsRun());
  }
}
