package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.ProvisionException;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code training.checkpoint_every}: a run writes its checkpoint every that many epochs and at
 * the end, and a resume may change it, since it changes no number.
 */
class CheckpointIntervalTest {
  /** Twelve epochs without early stopping, a checkpoint every 3. */
  private static final Experiment EVERY_THREE = TinyRuns.THREE_EPOCHS.withTraining(
      new TrainingSpec(12, null, null, 0, null, null, null, 3));

  /** The epochs the run's checkpoint holds; 0 before the first. */
  private static int checkpointed(RunDirectory run) {
    Path progress = run.resolve(RunDirectory.CHECKPOINT).resolve("progress.json");
    if (!Files.exists(progress)) {
      return 0;
    }
    try {
      return RunDirectory.JSON.readTree(progress.toFile()).get("epochs").size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A reporter that writes down, at each epoch, the epochs of the checkpoint on disk (before
   * that epoch's own, if it has one), and stops the run at epoch {@code stopAt} (0: never).
   */
  private static final class CheckpointWatch implements ProgressReporter {
    final List<Integer> seen = new ArrayList<>();
    private final RunDirectory run;
    private final int stopAt;

    CheckpointWatch(RunDirectory run, int stopAt) {
      this.run = run;
      this.stopAt = stopAt;
    }

    @Override
    public void start(int done, int epochs) {}

    @Override
    public void epoch(int epoch, double loss) {
      if (epoch == stopAt) {
        throw new IllegalStateException("stopped at epoch " + epoch);
      }
      seen.add(checkpointed(run));
    }

    @Override
    public void stage(String message) {}

    @Override
    public void close() {}
  }

  @Test
  void aCheckpointIsWrittenEveryCheckpointEveryEpochsAndAtTheEnd(@TempDir Path tmp) {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    Experiment seven = EVERY_THREE.withTraining(EVERY_THREE.training().withEpochs(7));
    CheckpointWatch watch = new CheckpointWatch(dir, 0);
    TinyRuns.injector(seven).getInstance(ExperimentRun.class).run(dir, watch);
    // Epochs 1 to 7 saw the checkpoints of epochs 3 and 6 appear; the end wrote epoch 7's.
    assertEquals(List.of(0, 0, 0, 3, 3, 3, 6), watch.seen);
    assertEquals(7, checkpointed(dir));
  }

  @Test
  void aResumeMayChangeTheIntervalWhichConfigJsonThenRecords(@TempDir Path tmp)
      throws Exception {
    RunDirectory whole = RunDirectory.create(tmp.resolve("whole"));
    RunSummary expected = TinyRuns.injector(EVERY_THREE).getInstance(ExperimentRun.class)
        .run(whole, ProgressReporter.silent());

    RunDirectory cut = RunDirectory.create(tmp.resolve("cut"));
    assertThrows(IllegalStateException.class, () -> TinyRuns.injector(EVERY_THREE)
        .getInstance(ExperimentRun.class).run(cut, new CheckpointWatch(cut, 5)));
    assertEquals(3, checkpointed(cut));

    Experiment everyFour = EVERY_THREE.withTraining(
        EVERY_THREE.training().withCheckpointEvery(4));
    CheckpointWatch watch = new CheckpointWatch(cut, 0);
    Resumed resumed = TinyRuns.injector(everyFour).getInstance(ExperimentRun.class)
        .resumeWithOutcome(cut, watch);
    // From epoch 4 on, a checkpoint at epochs 4 and 8 (and 12, the end).
    assertEquals(List.of(3, 4, 4, 4, 4, 8, 8, 8, 8), watch.seen);
    // metrics.jsonl held epochs 4 and 5, which the checkpoint had not: trained again.
    assertEquals(List.of(RunDirectory.CONFIG, RunDirectory.METRICS), resumed.rewritten());
    JsonNode training = RunDirectory.JSON.readTree(cut.resolve(RunDirectory.CONFIG).toFile())
        .get("training");
    assertEquals(4, training.get("checkpoint_every").asInt());
    // The interval changes no number.
    assertEquals(expected.finalLoss(), resumed.summary().finalLoss(), 0);
    assertEquals(expected.testAccuracy(), resumed.summary().testAccuracy(), 0);
    assertArrayEquals(Files.readAllBytes(whole.resolve(RunDirectory.EMBEDDINGS)),
        Files.readAllBytes(cut.resolve(RunDirectory.EMBEDDINGS)));
  }

  @Test
  void anIntervalOfOneWritesACheckpointEveryEpoch(@TempDir Path tmp) {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    Experiment everyEpoch = EVERY_THREE.withTraining(
        EVERY_THREE.training().withEpochs(3).withCheckpointEvery(1));
    CheckpointWatch watch = new CheckpointWatch(dir, 0);
    TinyRuns.injector(everyEpoch).getInstance(ExperimentRun.class).run(dir, watch);
    assertEquals(List.of(0, 1, 2), watch.seen);
  }

  @Test
  void aRunThatEarlyStoppingEndedTakesANewIntervalThoughNotMoreEpochs(@TempDir Path tmp) {
    // Patience 1 over 200 epochs: early stopping ends the run.
    Experiment impatient = EVERY_THREE.withTraining(
        new TrainingSpec(200, null, null, 1, null, null, null, 3));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary ended = TinyRuns.injector(impatient).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertTrue(ended.epochsRun() < 200, "early stopping ended it: " + ended.epochsRun());
    Resumed resumed = TinyRuns.injector(impatient.withTraining(
            impatient.training().withCheckpointEvery(7))).getInstance(ExperimentRun.class)
        .resumeWithOutcome(dir, ProgressReporter.silent());
    assertTrue(resumed.alreadyFinished());
    assertEquals(List.of(RunDirectory.CONFIG), resumed.rewritten());
  }

  @Test
  void anIntervalBelowOneMadeInCodeIsRefusedAtItsField() {
    Experiment never = EVERY_THREE.withTraining(EVERY_THREE.training().withCheckpointEvery(0));
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> TinyRuns.injector(never).getInstance(ExperimentRun.class));
    assertEquals("training.checkpoint_every: must be at least 1, was 0",
        e.getCause().getMessage());
  }
}
