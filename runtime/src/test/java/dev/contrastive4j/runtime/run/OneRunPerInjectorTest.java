package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.inject.RunModule;
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
  private static final Experiment EXPERIMENT = TinyRuns.THREE_EPOCHS;

  private static final String ONE_RUN = "this injector has already made a run: its parameters "
      + "and optimizer state are that run's, and another run would start from them; create a "
      + "new injector for each run (Guice.createInjector(new RunModule(experiment)))";

  @Test
  void aSecondRunOrAResumeOnTheSameInjectorIsRefused(@TempDir Path tmp) {
    Injector injector = TinyRuns.injector(EXPERIMENT);
    injector.getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("first")), ProgressReporter.silent());

    RunDirectory second = RunDirectory.create(tmp.resolve("second"));
    RunException again = assertThrows(RunException.class, () -> injector
        .getInstance(ExperimentRun.class).run(second, ProgressReporter.silent()));
    assertEquals(ONE_RUN, again.getMessage());
    // Refused before anything was written.
    assertEquals(List.of(RunDirectory.LOCK), List.of(second.path().toFile().list()));

    RunDirectory other = RunDirectory.create(tmp.resolve("other"));
    TinyRuns.injector(EXPERIMENT).getInstance(ExperimentRun.class)
        .run(other, ProgressReporter.silent());
    RunException resumed = assertThrows(RunException.class, () -> injector
        .getInstance(ExperimentRun.class).resume(other, ProgressReporter.silent()));
    assertEquals(ONE_RUN, resumed.getMessage());
  }

  @Test
  void aRunIntoADirectoryThatHoldsARunIsRefused(@TempDir Path tmp) throws Exception {
    RunDirectory first = RunDirectory.create(tmp.resolve("run"));
    TinyRuns.injector(EXPERIMENT).getInstance(ExperimentRun.class)
        .run(first, ProgressReporter.silent());
    List<String> metrics = Files.readAllLines(first.resolve(RunDirectory.METRICS));
    RunDirectory opened = RunDirectory.open(first.path());
    RunException e = assertThrows(RunException.class, () -> TinyRuns.injector(EXPERIMENT).getInstance(ExperimentRun.class)
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
    assertThrows(IllegalStateException.class, () -> TinyRuns.injector(EXPERIMENT)
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
            .bind(GraphDataset.class).toInstance(TinyRuns.SMALL)));
      }
    }).getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("run")), ProgressReporter.silent());
    assertEquals(3, summary.epochsRun());
  }
}
