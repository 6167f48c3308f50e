package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.Experiment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finished run trained on to more epochs ({@code --resume --epochs}) and cut off after its
 * last checkpoint, during the probe, used to keep the summary of its first finish: a later
 * resume took the run for finished and returned the old numbers. Now training on removes that
 * summary, and a summary of other epochs than the checkpoint's is probed anew.
 */
class TrainedOnRunTest {
  private static final Experiment THREE = TinyRuns.THREE_EPOCHS;
  private static final Experiment FIVE = THREE.withTraining(THREE.training().withEpochs(5));

  /** Cut off when the probe starts, after training's last checkpoint, as a kill would. */
  private static final class CutOffAtTheProbe extends RecordingProgress {
    @Override
    public void stage(String message) {
      throw new IllegalStateException("killed during: " + message);
    }
  }

  private static RunSummary resume(Experiment experiment, RunDirectory dir,
      ProgressReporter progress) {
    return TinyRuns.injector(experiment).getInstance(ExperimentRun.class)
        .resume(dir, progress);
  }

  /**
   * A run of 3 epochs, its summary copied to {@code three.json}, then trained on to 5 and cut
   * off at the probe.
   */
  private static RunDirectory cutOffWhileTrainingOn(Path tmp) throws Exception {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    TinyRuns.injector(THREE).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    Files.copy(dir.resolve(RunDirectory.SUMMARY), tmp.resolve("three.json"));
    assertThrows(IllegalStateException.class, () -> resume(FIVE, dir, new CutOffAtTheProbe()));
    return dir;
  }

  @Test
  void aRunCutOffWhileItTrainsOnIsNotTakenForFinished(@TempDir Path tmp) throws Exception {
    RunSummary fiveFromTheStart = TinyRuns.injector(FIVE)
        .getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("five")), ProgressReporter.silent());

    RunDirectory dir = cutOffWhileTrainingOn(tmp);
    assertFalse(Files.exists(dir.resolve(RunDirectory.SUMMARY)),
        "the summary of the 3-epoch finish is gone");
    // So are its embeddings, which no longer matched the checkpoint that evaluate probes.
    assertFalse(Files.exists(dir.resolve(RunDirectory.EMBEDDINGS)),
        "the embeddings of the 3-epoch finish are gone");

    RunSummary resumed = resume(FIVE, dir, ProgressReporter.silent());
    assertEquals(5, resumed.epochsRun());
    assertEquals(fiveFromTheStart.testAccuracy(), resumed.testAccuracy(), 1e-12);
    assertEquals(resumed, dir.readSummary());
  }

  /** A directory left so by an earlier version: the old summary beside a newer checkpoint. */
  @Test
  void aSummaryOfOtherEpochsThanTheCheckpointsIsProbedAnew(@TempDir Path tmp) throws Exception {
    RunDirectory dir = cutOffWhileTrainingOn(tmp);
    Files.copy(tmp.resolve("three.json"), dir.resolve(RunDirectory.SUMMARY));

    RecordingProgress progress = new RecordingProgress();
    RunSummary resumed = resume(FIVE, dir, progress);
    assertEquals(5, resumed.epochsRun());
    assertTrue(progress.events().contains("evaluating the embeddings with a linear probe..."),
        progress.events().toString());
  }
}
