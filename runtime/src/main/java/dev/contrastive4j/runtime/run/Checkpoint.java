package dev.contrastive4j.runtime.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ParameterException;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.runtime.io.ArrayExpectation;
import dev.contrastive4j.runtime.io.AtomicFiles;
import dev.contrastive4j.runtime.io.FileOutput;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.EpochResult;
import dev.contrastive4j.runtime.training.TrainingProgress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
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
 * checkpoint/config.json              a copy of the run's config.json as it was trained
 * checkpoint/parameters/NNN.npy       current values, named in progress.json
 * checkpoint/best/NNN.npy             the best epoch's values
 * checkpoint/optimizer/NNN.npy        the updater state per parameter
 * </pre>
 */
public final class Checkpoint {
  private static final String PROGRESS = "progress.json";
  private static final String FRESH = RunDirectory.CHECKPOINT + ".new";
  private static final String OLD = RunDirectory.CHECKPOINT + ".old";
  /**
   * How many times a checkpoint that saves keep replacing is looked for, or read, before giving
   * up.
   */
  private static final int READ_ATTEMPTS = 10;

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
      Path config = run.resolve(RunDirectory.CONFIG);
      if (Files.isRegularFile(config)) {
        // What the parameters were trained under, which a resume checks config.json against.
        byte[] trainedUnder = Files.readAllBytes(config);
        AtomicFiles.write(fresh.resolve(RunDirectory.CONFIG), out -> out.write(trainedUnder));
      }
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
          + FileOutput.reason(target, e) + ")", e);
    }
  }

  /**
   * The copy of {@code config.json} that {@code run}'s checkpoint keeps: the configuration its
   * parameters were trained under. Null if the run has no checkpoint, or its checkpoint keeps no
   * copy (a run whose directory had no {@code config.json}, or a checkpoint written before they
   * kept one).
   */
  public static @Nullable Path trainedConfig(RunDirectory run) {
    Path dir = completeDirectory(run);
    Path config = dir == null ? null : dir.resolve(RunDirectory.CONFIG);
    return config != null && Files.exists(config) ? config : null;
  }

  /**
   * Whether {@code run} has a complete checkpoint: {@code checkpoint/}, or the
   * {@code checkpoint.new/} or {@code checkpoint.old/} left by a save cut off between its
   * renames, with its {@code progress.json}.
   */
  public static boolean exists(RunDirectory run) {
    return completeDirectory(run) != null;
  }

  /** What {@link #lostFromFinishedRun} finds, for a message about {@code run}. */
  public static final String LOST_FROM_FINISHED_RUN = "has no checkpoint, though the run "
      + "finished (its summary.json is there): checkpoint/ was removed or damaged";

  /**
   * Whether {@code run} finished (its {@code summary.json} written) but has no checkpoint: one
   * that was removed or damaged since, not a run stopped before its first, which resuming would
   * train again over the finished run's outputs.
   */
  public static boolean lostFromFinishedRun(RunDirectory run) {
    return !exists(run) && Files.isRegularFile(run.resolve(RunDirectory.SUMMARY));
  }

  /**
   * The directory of {@code run}'s checkpoint: {@code checkpoint/}, or, after a save cut off
   * between its renames, the complete {@code checkpoint.new/} (the newer) or
   * {@code checkpoint.old/}; null if there is none. A directory is complete once it has its
   * {@code progress.json}, which a save writes last.
   *
   * <p>A save that runs meanwhile (a run still training) can move each of them away just
   * before it is looked at, so a look that finds none is made again: a run that has a
   * checkpoint has one at every moment.
   */
  private static Path completeDirectory(RunDirectory run) {
    for (int look = 0; look < READ_ATTEMPTS; look++) {
      for (String name : List.of(RunDirectory.CHECKPOINT, FRESH, OLD)) {
        Path dir = run.resolve(name);
        if (Files.isRegularFile(dir.resolve(PROGRESS))) {
          return dir;
        }
      }
    }
    return null;
  }

  /**
   * Loads the best parameters of {@code run}'s checkpoint into {@code store} (to evaluate a
   * run).
   *
   * @return the epochs the checkpoint's run had trained and the epoch of those parameters
   */
  public static CheckpointEpochs loadBest(RunDirectory run, ParameterStore store) {
    record Best(Path file, ProgressFile progress, Map<String, INDArray> best) {}
    Best read = readWhole(run, "has no checkpoint", dir -> {
      Path file = dir.resolve(PROGRESS);
      ProgressFile progress = readProgress(file);
      return new Best(file, progress, readArrays(dir, progress.best(), "best", file));
    });
    assign(store, read.best(), read.progress().best(), read.file());
    return new CheckpointEpochs(read.progress().epochsDone(), read.progress().bestEpoch());
  }

  /**
   * Reads {@code run}'s checkpoint with {@code reader}, given its directory, and reads it again
   * if a save replaced it meanwhile (a run still training saves while {@code evaluate} reads),
   * so that what is read comes from one checkpoint, never partly from the next one.
   *
   * @param missing what to say, after the run, if it has no checkpoint
   */
  private static <T> T readWhole(RunDirectory run, String missing, Function<Path, T> reader) {
    for (int attempt = 1; ; attempt++) {
      Path dir = completeDirectory(run);
      if (dir == null) {
        throw new RunException(run + ": " + missing);
      }
      Path file = dir.resolve(PROGRESS);
      List<Object> version = version(file);
      T read;
      try {
        read = reader.apply(dir);
      } catch (RuntimeException e) {
        if (attempt < READ_ATTEMPTS && (version == null || !version.equals(version(file)))) {
          continue; // the files were moved or replaced while they were read
        }
        throw e;
      }
      if (version != null && version.equals(version(file))) {
        return read;
      }
      if (attempt == READ_ATTEMPTS) {
        throw new RunException(dir + ": a newer checkpoint replaced it each of the "
            + READ_ATTEMPTS + " times it was read; try again");
      }
    }
  }

  /**
   * What identifies this version of {@code file}: its file key (inode), time and size, which a
   * save that puts a new file in its place changes; null if it is missing.
   */
  private static @Nullable List<Object> version(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return List.of(a.fileKey() == null ? "" : a.fileKey(), a.lastModifiedTime(), a.size());
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code progress.json} as {@link #save} writes it.
   *
   * @param epochsDone the number of epochs trained
   * @param bestLoss the lowest loss
   * @param bestEpoch its epoch, 1-based (0 before the first)
   * @param epochsSinceBest epochs trained since then
   * @param optimizerIteration the optimizer's step count
   * @param epochs every epoch's result, in order
   * @param parameters the files of the current parameter values
   * @param best the files of the best epoch's parameter values
   * @param optimizer the files of the optimizer's state
   */
  record ProgressFile(
      @JsonProperty("epochs_done") int epochsDone,
      @JsonProperty("best_loss") double bestLoss,
      @JsonProperty("best_epoch") int bestEpoch,
      @JsonProperty("epochs_since_best") int epochsSinceBest,
      @JsonProperty("optimizer_iteration") int optimizerIteration,
      @JsonProperty("epochs") List<EpochResult> epochs,
      @JsonProperty("parameters") List<ArrayEntry> parameters,
      @JsonProperty("best") List<ArrayEntry> best,
      @JsonProperty("optimizer") List<ArrayEntry> optimizer) {}

  /**
   * One array of a checkpoint.
   *
   * @param name the parameter's name
   * @param file the array's .npy file, relative to the checkpoint directory
   */
  record ArrayEntry(@JsonProperty("name") String name, @JsonProperty("file") String file) {}

  /**
   * The progress in {@code file}, checked to be what {@link #save} writes: every field there and
   * of its kind, and the counts consistent with each other, so that a damaged file is not
   * resumed from as if it were right.
   *
   * <p>A field this version does not know is refused too, not skipped: it may be state that the
   * run needs to go on as it would have (a later version's learning-rate schedule, say), and a
   * resume ignoring it would train on to other numbers without a word; and a resume writes the
   * checkpoint anew, and {@code metrics.jsonl} from its epochs, with the fields it knows, so the
   * field would be lost to the version that wrote it.
   */
  private static ProgressFile readProgress(Path file) {
    ProgressFile p = RunDirectory.readJson(file, ProgressFile.class, "the checkpoint's progress");
    int done = p.epochs().size();
    if (p.epochsDone() != done) {
      throw new RunException(file + ": field 'epochs_done' is " + p.epochsDone() + " but "
          + "'epochs' lists " + done);
    }
    for (int i = 0; i < done; i++) {
      if (p.epochs().get(i).epoch() != i + 1) {
        throw new RunException(file + ": field 'epochs[" + i + "].epoch' is "
            + p.epochs().get(i).epoch() + ", not " + (i + 1));
      }
    }
    if (done == 0 ? p.bestEpoch() != 0 : p.bestEpoch() < 1 || p.bestEpoch() > done) {
      throw new RunException(file + ": field 'best_epoch' is " + p.bestEpoch() + ", not one of "
          + "the " + done + " epochs done");
    }
    if (p.epochsSinceBest() != done - p.bestEpoch()) {
      throw new RunException(file + ": field 'epochs_since_best' is " + p.epochsSinceBest()
          + " but epoch " + p.bestEpoch() + " of " + done + " makes it "
          + (done - p.bestEpoch()));
    }
    if (done > 0 && !Double.isFinite(p.bestLoss())) {
      throw new RunException(file + ": field 'best_loss' is " + p.bestLoss()
          + "; the best loss of trained epochs is finite");
    }
    if (p.optimizerIteration() < 0) {
      throw new RunException(file + ": field 'optimizer_iteration' is " + p.optimizerIteration()
          + "; it counts the optimizer's steps");
    }
    return p;
  }

  /**
   * Assigns {@code values}, read from the arrays {@code entries} of {@code file} names, to the
   * parameters of {@code store}. An array of the wrong shape is named itself (its file may have
   * been swapped with another), a missing or extra parameter at {@code file}.
   */
  private static void assign(ParameterStore store, Map<String, INDArray> values,
      List<ArrayEntry> entries, Path file) {
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
        throw new RunException(arrayFile(file, entries, p.name()) + ": " + e.getMessage()
            + " (named in " + file.getFileName() + "); the run was made with another model",
            e);
      }
    }
  }

  /** The array file of parameter {@code name} among {@code entries}, a field of {@code file}. */
  private static Path arrayFile(Path file, List<ArrayEntry> entries, String name) {
    for (ArrayEntry e : entries) {
      if (e.name().equals(name)) {
        return file.resolveSibling(e.file()).normalize();
      }
    }
    throw new IllegalStateException("no array of parameter '" + name + "' in " + file);
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
    record Whole(Path file, ProgressFile progress, Map<String, INDArray> parameters,
        Map<String, INDArray> optimizer, Map<String, INDArray> best) {}
    Whole read = readWhole(run, "has no checkpoint to resume from", dir -> {
      Path file = dir.resolve(PROGRESS);
      ProgressFile progress = readProgress(file);
      return new Whole(file, progress,
          readArrays(dir, progress.parameters(), "parameters", file),
          readArrays(dir, progress.optimizer(), "optimizer", file),
          readArrays(dir, progress.best(), "best", file));
    });
    Path file = read.file();
    ProgressFile progress = read.progress();
    assign(store, read.parameters(), progress.parameters(), file);
    try {
      optimizer.restore(read.optimizer(), progress.optimizerIteration());
    } catch (ParameterException e) {
      throw new RunException(file + ": " + e.getMessage() + "; the run was made with another "
          + "model", e);
    }
    return new TrainingProgress(progress.epochs(), progress.bestLoss(), progress.bestEpoch(),
        progress.epochsSinceBest(), read.best());
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

  /**
   * The arrays that {@code entries}, the field {@code field} of {@code file}, name; each must be a
   * file inside {@code dir}, named once, of finite floats. A bad array file is named itself.
   */
  private static Map<String, INDArray> readArrays(Path dir, List<ArrayEntry> entries,
      String field, Path file) {
    Map<String, INDArray> out = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      ArrayEntry e = entries.get(i);
      String at = field + "[" + i + "]";
      if (out.containsKey(e.name())) {
        throw new RunException(file + ": field '" + at + ".name' names parameter '" + e.name()
            + "' a second time");
      }
      Path array = dir.resolve(e.file()).normalize();
      if (Path.of(e.file()).isAbsolute() || !array.startsWith(dir.normalize())) {
        throw new RunException(file + ": field '" + at + ".file' is '" + e.file() + "', which "
            + "is not in " + dir);
      }
      INDArray values = NpyFiles.read(array);
      if (!values.dataType().isFPType()) {
        throw new RunException(array + ": holds " + ArrayExpectation.typeName(values.dataType())
            + " values; a checkpoint holds floats");
      }
      Optional<NonFiniteElement> bad = NonFiniteElement.first(values);
      if (bad.isPresent()) {
        throw new RunException(array + ": element " + bad.get().at() + " is "
            + bad.get().value() + "; a checkpoint holds finite values");
      }
      out.put(e.name(), values);
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
