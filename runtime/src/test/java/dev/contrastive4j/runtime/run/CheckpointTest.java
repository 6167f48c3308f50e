package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.EpochResult;
import dev.contrastive4j.runtime.training.TrainingProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/** Checkpoints survive a run cut off at any point of writing one. */
class CheckpointTest {
  private static final String CHECKPOINT = RunDirectory.CHECKPOINT;

  /** A one-parameter model trained with Adam on w^2, one step per epoch. */
  private static final class Model {
    final ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    final Parameter w = store.constant("w", 1.0, 2);
    final Optimizer optimizer = new Optimizer(store, new Adam(0.1));
    final List<EpochResult> epochs = new ArrayList<>();

    TrainingProgress train(int count) {
      for (int i = 0; i < count; i++) {
        Tape tape = new Tape();
        tape.backward(Ops.sum(Ops.square(tape.param(w))));
        optimizer.step();
        epochs.add(new EpochResult(epochs.size() + 1, 1.0 / (epochs.size() + 1), Map.of(),
            Map.of(), 0.01));
      }
      return new TrainingProgress(epochs, 0.5, epochs.size(), 0, Map.of("w", w.value().dup()));
    }
  }

  private static RunDirectory checkpointed(Path dir, int epochs) {
    RunDirectory run = RunDirectory.create(dir);
    Model model = new Model();
    Checkpoint.save(run, model.store, model.optimizer, model.train(epochs));
    return run;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  @Test
  void aSaveCutOffBetweenItsTwoRenamesLeavesTheNewCheckpointToResumeFrom(@TempDir Path tmp)
      throws IOException {
    RunDirectory older = checkpointed(tmp.resolve("older"), 1);
    RunDirectory run = checkpointed(tmp.resolve("run"), 2);
    // A save moves checkpoint/ to checkpoint.old/, then checkpoint.new/ (complete) into its
    // place: cut off in between, the run has no checkpoint/ at all.
    Files.move(run.resolve(CHECKPOINT), run.resolve(CHECKPOINT + ".new"));
    copyTree(older.resolve(CHECKPOINT), run.resolve(CHECKPOINT + ".old"));

    assertTrue(Checkpoint.exists(run));
    Model resumed = new Model();
    TrainingProgress progress = Checkpoint.load(run, resumed.store, resumed.optimizer);
    assertEquals(2, progress.epochs().size(), "the newer of the two checkpoints");
    assertEquals(2, resumed.optimizer.iteration());
    Model reference = new Model();
    reference.train(2);
    assertEquals(reference.w.value(), resumed.w.value());

    // The next save leaves one checkpoint/ and nothing beside it.
    resumed.epochs.addAll(progress.epochs());
    Checkpoint.save(run, resumed.store, resumed.optimizer, resumed.train(1));
    Model reloaded = new Model();
    assertEquals(3, Checkpoint.load(run, reloaded.store, reloaded.optimizer).epochs().size());
    assertEquals(resumed.w.value(), reloaded.w.value());
    assertFalse(Files.exists(run.resolve(CHECKPOINT + ".new")));
    assertFalse(Files.exists(run.resolve(CHECKPOINT + ".old")));
  }

  @Test
  void aSaveCutOffWhileWritingKeepsThePreviousCheckpoint(@TempDir Path tmp) throws IOException {
    RunDirectory run = checkpointed(tmp.resolve("run"), 1);
    // checkpoint.new/ without its progress.json (written last) is incomplete.
    Files.createDirectories(run.resolve(CHECKPOINT + ".new").resolve("parameters"));
    Model resumed = new Model();
    assertEquals(1, Checkpoint.load(run, resumed.store, resumed.optimizer).epochs().size());
  }
}
