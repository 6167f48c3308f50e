package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.io.NpyFiles;
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
import org.nd4j.linalg.api.ndarray.INDArray;
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
  void aCheckpointOfNoEpochYetResumesAtTheFirst(@TempDir Path tmp) {
    // Saved before the first epoch ended: no best epoch, a best loss still infinite, no step.
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    Model model = new Model();
    Checkpoint.save(run, model.store, model.optimizer, new TrainingProgress(List.of(),
        Double.POSITIVE_INFINITY, 0, 0, Map.of("w", model.w.value().dup())));
    Model resumed = new Model();
    TrainingProgress progress = Checkpoint.load(run, resumed.store, resumed.optimizer);
    assertEquals(0, progress.epochs().size());
    assertEquals(0, resumed.optimizer.iteration());
    assertEquals(new CheckpointEpochs(0, 0), Checkpoint.loadBest(run, resumed.store));
  }

  @Test
  void theBestParametersAreLoadedWithTheEpochsTheyCameFrom(@TempDir Path tmp) {
    RunDirectory run = checkpointed(tmp.resolve("run"), 3);
    Model best = new Model();
    assertEquals(new CheckpointEpochs(3, 3), Checkpoint.loadBest(run, best.store));
  }

  @Test
  void aCheckpointKeepsTheConfigItsParametersWereTrainedUnder(@TempDir Path tmp)
      throws IOException {
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    assertFalse(Checkpoint.exists(run));
    assertNull(Checkpoint.trainedConfig(run));
    Model model = new Model();
    Checkpoint.save(run, model.store, model.optimizer, model.train(1));
    assertTrue(Checkpoint.exists(run));
    assertNull(Checkpoint.trainedConfig(run), "no config.json to keep");
    Files.writeString(run.resolve(RunDirectory.CONFIG), "{\"trained\": 1}");
    Checkpoint.save(run, model.store, model.optimizer, model.train(1));
    // A resume compares config.json, perhaps edited since, with this copy.
    Files.writeString(run.resolve(RunDirectory.CONFIG), "{\"edited\": 2}");
    assertEquals("{\"trained\": 1}", Files.readString(Checkpoint.trainedConfig(run)));
  }

  @Test
  void whatACutOffSaveOrRecoveryLeftIsNotCarriedIntoTheNextCheckpoint(@TempDir Path tmp)
      throws IOException {
    RunDirectory run = checkpointed(tmp.resolve("run"), 1);
    // A recovery cut off while it deleted an incomplete checkpoint/, and a checkpoint.new/
    // whose save was cut off before its progress.json.
    Files.move(run.resolve(CHECKPOINT), run.resolve(CHECKPOINT + ".old"));
    Files.createDirectories(run.resolve(CHECKPOINT).resolve("parameters"));
    Files.writeString(run.resolve(CHECKPOINT).resolve("parameters").resolve("000.npy"), "x");
    Files.createDirectories(run.resolve(CHECKPOINT + ".new"));
    Files.writeString(run.resolve(CHECKPOINT + ".new").resolve("stale.npy"), "x");
    Model model = new Model();
    Checkpoint.save(run, model.store, model.optimizer, model.train(2));
    try (var files = Files.list(run.resolve(CHECKPOINT))) {
      assertEquals(List.of("best", "optimizer", "parameters", "progress.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    Model resumed = new Model();
    assertEquals(2, Checkpoint.load(run, resumed.store, resumed.optimizer).epochs().size());
  }

  @Test
  void aSaveCutOffWhileWritingKeepsThePreviousCheckpoint(@TempDir Path tmp) throws IOException {
    RunDirectory run = checkpointed(tmp.resolve("run"), 1);
    // checkpoint.new/ without its progress.json (written last) is incomplete.
    Files.createDirectories(run.resolve(CHECKPOINT + ".new").resolve("parameters"));
    Model resumed = new Model();
    assertEquals(1, Checkpoint.load(run, resumed.store, resumed.optimizer).epochs().size());
  }

  @Test
  void aCheckpointThatCannotBeWrittenSaysWhyInWords(@TempDir Path tmp) throws IOException {
    // It ended '(FileSystemException: .../run/checkpoint.new: Not a directory)'.
    Path dir = tmp.resolve("run");
    RunDirectory run = RunDirectory.create(dir);
    run.close();
    Files.delete(dir.resolve(RunDirectory.LOCK));
    Files.delete(dir);
    Files.writeString(dir, "a file where the run directory was");
    Model model = new Model();
    RunException e = assertThrows(RunException.class,
        () -> Checkpoint.save(run, model.store, model.optimizer, model.train(1)));
    assertEquals(dir.resolve(CHECKPOINT) + ": cannot write the checkpoint (" + dir
        + " is a file, not a directory)", e.getMessage());
  }

  private static String loadFailure(RunDirectory run) {
    Model m = new Model();
    return assertThrows(RunException.class, () -> Checkpoint.load(run, m.store, m.optimizer))
        .getMessage();
  }

  @Test
  void aDamagedProgressFileIsNamedAtItsFieldInsteadOfResumedFrom(@TempDir Path tmp)
      throws IOException {
    RunDirectory run = checkpointed(tmp.resolve("run"), 2);
    Path file = run.resolve(CHECKPOINT).resolve("progress.json");
    Path dir = file.getParent();
    String text = Files.readString(file);
    // Each damage was read as something (a step count of 0, a best loss of 0, no epochs, a file
    // outside the run) or failed in Java's terms; now each names its field.
    String[][] cases = {
        {"\"optimizer_iteration\" : 2", "\"optimizer_iteration\" : \"x\"",
            "field 'optimizer_iteration': expected an integer, got \"x\""},
        {"\"optimizer_iteration\" : 2", "\"optimizer_iteration\" : 2.7",
            "field 'optimizer_iteration': expected an integer, got 2.7"},
        {"\"optimizer_iteration\" : 2", "\"optimizer_iteration\" : -5",
            "field 'optimizer_iteration' is -5; it counts the optimizer's steps"},
        {"\"best_loss\" : 0.5", "\"best_loss\" : \"abc\"",
            "field 'best_loss': expected a number, got \"abc\""},
        {"\"best_loss\" : 0.5", "\"best_loss\" : \"Infinity\"",
            "field 'best_loss' is Infinity; the best loss of trained epochs is finite"},
        {"\"epochs_done\" : 2", "\"epochs_done\" : 7",
            "field 'epochs_done' is 7 but 'epochs' lists 2"},
        {"\"best_epoch\" : 2", "\"best_epoch\" : 99",
            "field 'best_epoch' is 99, not one of the 2 epochs done"},
        {"\"epochs_since_best\" : 0", "\"epochs_since_best\" : -7",
            "field 'epochs_since_best' is -7 but epoch 2 of 2 makes it 0"},
        {"\"epochs\" : [", "\"epochs\" : {}, \"old_epochs\" : [",
            "field 'epochs': expected a list"},
        {"\"epoch\" : 2,", "\"epoch\" : \"two\",",
            "field 'epochs[1].epoch': expected an integer, got \"two\""},
        {"\"epoch\" : 2,", "\"epoch\" : 3,", "field 'epochs[1].epoch' is 3, not 2"},
        {"\"loss\" : 1.0,", "\"loss\" : null,", "field 'epochs[0].loss' is null"},
        {"\"best_loss\" : 0.5,", "", "missing field 'best_loss'"},
        {"\"file\" : \"parameters/000.npy\"", "\"file\" : \"../../../elsewhere.npy\"",
            "field 'parameters[0].file' is '../../../elsewhere.npy', which is not in " + dir},
        {"\"file\" : \"parameters/000.npy\"", "\"file\" : \"parameters/000.npy\", "
            + "\"size\" : 2", "unknown field 'parameters[0].size'; known fields here: file, name"},
        // Perhaps state of a later version: resumed without it, the run would train on to other
        // numbers, and the next checkpoint would drop it.
        {"\"optimizer_iteration\" : 2", "\"optimizer_iteration\" : 2, \"lr_step\" : 7",
            "unknown field 'lr_step'; known fields here: best, best_epoch, best_loss, epochs, "
                + "epochs_done, epochs_since_best, optimizer, optimizer_iteration, parameters"},
    };
    for (String[] c : cases) {
      assertTrue(text.contains(c[0]), "test setup: " + c[0]);
      Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(c[0]),
          java.util.regex.Matcher.quoteReplacement(c[1])));
      assertEquals(file + ": " + c[2], loadFailure(run), c[1]);
    }
    Files.writeString(file, text);
    Model m = new Model();
    assertEquals(2, Checkpoint.load(run, m.store, m.optimizer).epochs().size());
  }

  @Test
  void anArrayFileOfIntegersOrNotFiniteValuesIsNamed(@TempDir Path tmp) {
    RunDirectory run = checkpointed(tmp.resolve("run"), 2);
    Path parameters = run.resolve(CHECKPOINT).resolve("parameters/000.npy");
    INDArray w = NpyFiles.read(parameters);
    // Cast to integers, the values were read back as whatever the cast left of them.
    NpyFiles.write(parameters, w.castTo(DataType.INT64));
    assertEquals(parameters + ": holds int64 values; a checkpoint holds floats",
        loadFailure(run));
    Path best = run.resolve(CHECKPOINT).resolve("best/000.npy");
    NpyFiles.write(parameters, w);
    INDArray nan = NpyFiles.read(best).dup();
    nan.putScalar(1, Double.NaN);
    NpyFiles.write(best, nan);
    // evaluate --run said 'embeddings row 14 (column 0) is NaN', naming no file.
    Model m = new Model();
    String message = assertThrows(RunException.class, () -> Checkpoint.loadBest(run, m.store))
        .getMessage();
    assertTrue(message.startsWith(best + ": element [") && message.endsWith(
        "] is NaN; a checkpoint holds finite values"), message);
  }

  @Test
  void anArrayFileOfTheWrongShapeIsNamedItself(@TempDir Path tmp) {
    RunDirectory run = checkpointed(tmp.resolve("run"), 2);
    // As if another parameter's file had been copied over this one.
    Path parameters = run.resolve(CHECKPOINT).resolve("parameters/000.npy");
    NpyFiles.write(parameters, NpyFiles.read(parameters).reshape(2, 1));
    assertEquals(parameters + ": parameter 'w': cannot assign shape [2, 1] to shape [2] (named "
        + "in progress.json); the run was made with another model", loadFailure(run));
  }

  /**
   * A run that has a checkpoint has one at every moment a save replaces it: {@code evaluate}
   * looked for checkpoint/, checkpoint.new/ and checkpoint.old/ in turn, and a save could move
   * each out of the way just before it was looked at ('has no checkpoint yet: the run is still
   * training and writes its first one at epoch 50', at epoch 150).
   */
  @Test
  void aRunSavingItsNextCheckpointHasOneAllTheWhile(@TempDir Path tmp) throws Exception {
    RunDirectory run = checkpointed(tmp.resolve("run"), 1);
    Model model = new Model();
    TrainingProgress trained = model.train(1);
    int saves = 300;
    Thread saver = new Thread(() -> {
      for (int k = 0; k < saves; k++) {
        Checkpoint.save(run, model.store, model.optimizer, trained);
      }
    });
    saver.start();
    int looks = 0;
    int missed = 0;
    try {
      while (saver.isAlive()) {
        looks++;
        if (!Checkpoint.exists(run)) {
          missed++;
        }
      }
    } finally {
      saver.join();
    }
    assertEquals(0, missed, "missed in " + missed + " of " + looks + " looks");
  }

  @Test
  void aCheckpointReadWhileTheRunSavesTheNextOneIsReadWhole(@TempDir Path tmp)
      throws Exception {
    // evaluate --run reads the checkpoint of a run that may be saving its next one: progress.json
    // of one save and arrays of the next were read together (silently: the best parameters of
    // two epochs mixed), or a file was gone ('progress.json: file not found').
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    Model model = new Model();
    TrainingProgress trained = model.train(1);
    java.util.function.IntFunction<Map<String, INDArray>> values = k -> {
      Map<String, INDArray> v = new java.util.LinkedHashMap<>();
      v.put("a", org.nd4j.linalg.factory.Nd4j.valueArrayOf(new long[] {2}, (double) k));
      v.put("b", org.nd4j.linalg.factory.Nd4j.valueArrayOf(new long[] {2}, (double) k));
      return v;
    };
    Checkpoint.save(run, values.apply(0), model.optimizer, new TrainingProgress(trained.epochs(),
        0.5, 1, 0, values.apply(0)));
    int saves = 150;
    Thread saver = new Thread(() -> {
      for (int k = 1; k <= saves; k++) {
        // Every array of save k holds k.
        Checkpoint.save(run, values.apply(k), model.optimizer,
            new TrainingProgress(trained.epochs(), 0.5, 1, 0, values.apply(k)));
      }
    });
    ParameterStore reader = new ParameterStore(1, DataType.DOUBLE);
    Parameter a = reader.constant("a", -1.0, 2);
    Parameter b = reader.constant("b", -1.0, 2);
    saver.start();
    int reads = 0;
    try {
      while (saver.isAlive() || reads == 0) {
        Checkpoint.loadBest(run, reader);
        reads++;
        assertEquals(a.value().getDouble(0), b.value().getDouble(0),
            "read " + reads + " mixed two checkpoints");
      }
    } finally {
      saver.join();
    }
    Checkpoint.loadBest(run, reader);
    assertEquals(saves, a.value().getDouble(0));
    assertEquals(saves, b.value().getDouble(0));
  }
}
