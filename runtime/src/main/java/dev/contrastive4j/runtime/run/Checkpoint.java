package dev.contrastive4j.runtime.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ParameterException;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.runtime.io.AtomicFiles;
import dev.contrastive4j.runtime.io.FileInput;
import dev.contrastive4j.runtime.io.JsonMessages;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.EpochResult;
import dev.contrastive4j.runtime.training.TrainingProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A run's {@code checkpoint/} directory: the current parameters, the best epoch's parameters,
 * the optimizer's state and the training progress, enough for {@code --resume} to continue
 * exactly. It is written into a fresh directory ({@code checkpoint.new/}, its
 * {@code progress.json} last) that then replaces the old one (moved aside to
 * {@code checkpoint.old/} first), so a run cut off while writing keeps its previous checkpoint,
 * and one cut off between the two renames leaves the complete {@code checkpoint.new/}, which
 * loading falls back to and the next save moves into place.
 *
 * <pre>
 * checkpoint/progress.json            epochs so far, best loss and epoch, optimizer step
 * checkpoint/parameters/NNN.npy       current values, named in progress.json
 * checkpoint/best/NNN.npy             the best epoch's values
 * checkpoint/optimizer/NNN.npy        the updater state per parameter
 * </pre>
 */
public final class Checkpoint {
  private static final String PROGRESS = "progress.json";
  private static final String FRESH = RunDirectory.CHECKPOINT + ".new";
  private static final String OLD = RunDirectory.CHECKPOINT + ".old";

  private Checkpoint() {}

  /** Writes a checkpoint of the store's current values into {@code run}. */
  public static void save(RunDirectory run, ParameterStore store, Optimizer optimizer,
      TrainingProgress progress) {
    Map<String, INDArray> current = new LinkedHashMap<>();
    for (Parameter p : store) {
      current.put(p.name(), p.value());
    }
    save(run, current, optimizer, progress);
  }

  /** Writes a checkpoint with the given current parameter values into {@code run}. */
  public static void save(RunDirectory run, Map<String, INDArray> current, Optimizer optimizer,
      TrainingProgress progress) {
    Path target = run.resolve(RunDirectory.CHECKPOINT);
    Path fresh = run.resolve(FRESH);
    Path old = run.resolve(OLD);
    try {
      Path complete = completeDirectory(run);
      if (complete != null && !complete.equals(target)) {
        // An earlier save was cut off between its renames: its checkpoint goes in place first,
        // so that one complete checkpoint exists at every moment of this save.
        deleteTree(target);
        Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
      }
      deleteTree(fresh);
      Files.createDirectories(fresh);
      ObjectNode root = RunDirectory.JSON.createObjectNode();
      root.put("epochs_done", progress.epochs().size());
      root.put("best_loss", progress.bestLoss());
      root.put("best_epoch", progress.bestEpoch());
      root.put("epochs_since_best", progress.epochsSinceBest());
      root.put("optimizer_iteration", optimizer.iteration());
      root.set("epochs", RunDirectory.JSON.valueToTree(progress.epochs()));
      root.set("parameters", writeArrays(fresh.resolve("parameters"), current));
      root.set("best", writeArrays(fresh.resolve("best"), progress.bestParameters()));
      root.set("optimizer", writeArrays(fresh.resolve("optimizer"), optimizer.stateArrays()));
      AtomicFiles.writeString(fresh.resolve(PROGRESS),
          RunDirectory.JSON.writeValueAsString(root));
      deleteTree(old);
      if (Files.exists(target)) {
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(old);
    } catch (IOException e) {
      throw new RunException(target + ": cannot write the checkpoint ("
          + RunDirectory.reason(e) + ")", e);
    }
  }

  /** Whether {@code run} has a checkpoint. */
  public static boolean exists(RunDirectory run) {
    return completeDirectory(run) != null;
  }

  /**
   * The directory of {@code run}'s checkpoint: {@code checkpoint/}, or, after a save cut off
   * between its renames, the complete {@code checkpoint.new/} (the newer) or
   * {@code checkpoint.old/}; null if there is none. A directory is complete once it has its
   * {@code progress.json}, which a save writes last.
   */
  private static Path completeDirectory(RunDirectory run) {
    for (String name : List.of(RunDirectory.CHECKPOINT, FRESH, OLD)) {
      Path dir = run.resolve(name);
      if (Files.isRegularFile(dir.resolve(PROGRESS))) {
        return dir;
      }
    }
    return null;
  }

  /**
   * Loads the best parameters of {@code run}'s checkpoint into {@code store} (to evaluate a
   * finished run).
   */
  public static void loadBest(RunDirectory run, ParameterStore store) {
    Path dir = completeDirectory(run);
    if (dir == null) {
      throw new RunException(run + ": has no checkpoint");
    }
    Path file = dir.resolve(PROGRESS);
    JsonNode root = readProgress(file);
    assign(store, readArrays(dir, field(root, "best", file), file), file);
  }

  /** The JSON object in {@code file}, or a one-line {@link RunException} naming the file. */
  private static JsonNode readProgress(Path file) {
    JsonNode root;
    try {
      root = RunDirectory.JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new RunException(file + ": " + JsonMessages.syntax(e), e);
    } catch (IOException e) {
      throw new RunException(file + ": " + FileInput.problem(file, e), e);
    }
    if (root == null || !root.isObject()) {
      throw new RunException(file + ": must hold a JSON object (the checkpoint's progress)");
    }
    return root;
  }

  /** The field {@code name} of {@code node}, which must be there. */
  private static JsonNode field(JsonNode node, String name, Path file) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new RunException(file + ": missing field '" + name + "'");
    }
    return value;
  }

  private static void assign(ParameterStore store, Map<String, INDArray> values, Path file) {
    if (store.size() != values.size()) {
      throw new RunException(file + ": holds " + values.size() + " parameters but the model has "
          + store.size() + "; the run was made with another model");
    }
    for (Parameter p : store) {
      INDArray v = values.get(p.name());
      if (v == null) {
        throw new RunException(file + ": has no value for parameter '" + p.name()
            + "'; the run was made with another model");
      }
      try {
        p.assign(v.castTo(p.dataType()));
      } catch (ShapeMismatchException e) {
        throw new RunException(file + ": " + e.getMessage() + "; the run was made with another "
            + "model", e);
      }
    }
  }

  /**
   * Loads the checkpoint of {@code run} into {@code store} and {@code optimizer}.
   *
   * @return the progress to continue from
   * @throws RunException if it is missing, damaged or does not fit the store (naming the file
   *     and the field or parameter)
   * @throws dev.contrastive4j.api.data.DatasetException naming an array file that is damaged
   */
  public static TrainingProgress load(RunDirectory run, ParameterStore store,
      Optimizer optimizer) {
    Path dir = completeDirectory(run);
    if (dir == null) {
      throw new RunException(run + ": has no checkpoint to resume from");
    }
    Path file = dir.resolve(PROGRESS);
    JsonNode root = readProgress(file);
    assign(store, readArrays(dir, field(root, "parameters", file), file), file);
    try {
      optimizer.restore(readArrays(dir, field(root, "optimizer", file), file),
          field(root, "optimizer_iteration", file).asInt());
    } catch (ParameterException e) {
      throw new RunException(file + ": " + e.getMessage() + "; the run was made with another "
          + "model", e);
    }
    List<EpochResult> epochs = new ArrayList<>();
    JsonNode list = field(root, "epochs", file);
    for (int i = 0; i < list.size(); i++) {
      try {
        epochs.add(RunDirectory.JSON.treeToValue(list.get(i), EpochResult.class));
      } catch (IOException | IllegalArgumentException e) {
        throw new RunException(file + ": epochs[" + i + "] is not an epoch's result ("
            + JsonMessages.oneLine(e.getMessage()) + ")", e);
      }
    }
    return new TrainingProgress(epochs, field(root, "best_loss", file).asDouble(),
        field(root, "best_epoch", file).asInt(), field(root, "epochs_since_best", file).asInt(),
        readArrays(dir, field(root, "best", file), file));
  }

  private static ArrayNode writeArrays(Path dir, Map<String, INDArray> arrays)
      throws IOException {
    Files.createDirectories(dir);
    ArrayNode names = RunDirectory.JSON.createArrayNode();
    int i = 0;
    for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
      String file = String.format("%03d.npy", i++);
      NpyFiles.write(dir.resolve(file), e.getValue());
      ObjectNode entry = names.addObject();
      entry.put("name", e.getKey());
      entry.put("file", dir.getFileName() + "/" + file);
    }
    return names;
  }

  /** The arrays {@code entries} of {@code file} name; a bad array file is named itself. */
  private static Map<String, INDArray> readArrays(Path dir, JsonNode entries, Path file) {
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (JsonNode e : entries) {
      out.put(field(e, "name", file).asText(),
          NpyFiles.read(dir.resolve(field(e, "file", file).asText())));
    }
    return out;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
