package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run stopped by a signal prints, for the run's own epochs and checkpoint interval
 * ({@code TrainSignalTest} sends the signal to a run in a child JVM).
 */
class ResumeHintTest {
  /** {@code epochs} epochs, a checkpoint every {@code every}. */
  private static TrainingSpec training(int epochs, int every) {
    return new TrainingSpec(epochs, null, null, null, null, null, null, every);
  }

  @Test
  void beforeTheFirstCheckpointItNamesTheEpochOfThatCheckpoint(@TempDir Path tmp) {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    assertEquals("contrastive4j: stopped before the run's first checkpoint (at epoch 50); start "
        + "it again from epoch 1 with: contrastive4j train --resume " + run.path(),
        TrainCommand.resumeHint(run, training(1000, 50)));
    // A run shorter than the interval writes its first checkpoint at its end.
    assertEquals("contrastive4j: stopped before the run's first checkpoint (at epoch 30); start "
        + "it again from epoch 1 with: contrastive4j train --resume " + run.path(),
        TrainCommand.resumeHint(run, training(30, 50)));
  }

  @Test
  void afterACheckpointItGivesTheInterval(@TempDir Path tmp) {
    RunDirectory run = RunDirectory.open(CliRun.tinyRun(tmp.resolve("run")));
    assertEquals("contrastive4j: stopped; continue the run from its last checkpoint (one every 7 "
        + "epochs) with: contrastive4j train --resume " + run.path(),
        TrainCommand.resumeHint(run, training(100, 7)));
    assertEquals("contrastive4j: stopped; continue the run from its last checkpoint (one every "
        + "epoch) with: contrastive4j train --resume " + run.path(),
        TrainCommand.resumeHint(run, training(100, 1)));
  }
}
