package dev.contrastive4j.runtime.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.evaluation.ProbeProtocol;
import dev.contrastive4j.runtime.io.AtomicFiles;
import dev.contrastive4j.runtime.io.FileInput;
import dev.contrastive4j.runtime.io.FileOutput;
import dev.contrastive4j.runtime.io.JsonDocuments;
import dev.contrastive4j.runtime.io.JsonMessages;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.io.UnreadableFileException;
import dev.contrastive4j.runtime.training.EpochResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The directory a run writes: {@code config.json}, {@code metrics.jsonl}, {@code checkpoint/},
 * {@code embeddings.npy} (and {@code graph_embeddings.npy} for a data set that labels graphs),
 * {@code summary.json} and the two pictures. Whole files are written atomically (temporary file,
 * then rename); {@code metrics.jsonl} grows a line per epoch.
 *
 * <p>A run that writes the directory holds an exclusive lock on its {@link #LOCK} file
 * ({@link #lock()}, which {@link #create} takes and {@link ExperimentRun} takes and releases), so
 * that two runs, in two processes or in one, never write the same directory at once.
 */
public final class RunDirectory implements AutoCloseable {
  /** The experiment, as JSON (see {@link #writeConfig}). */
  public static final String CONFIG = "config.json";
  /** One JSON line per epoch: losses, metrics, seconds. */
  public static final String METRICS = "metrics.jsonl";
  /**
   * The trained embeddings of the target node set's nodes, as a NumPy {@code .npy} array of
   * float32.
   */
  public static final String EMBEDDINGS = "embeddings.npy";
  /**
   * For a data set that labels graphs: the rows its probe classified, one per graph (component),
   * the mean of its nodes' embeddings, as a NumPy {@code .npy} array of float32 (as
   * {@link #EMBEDDINGS}).
   */
  public static final String GRAPH_EMBEDDINGS = "graph_embeddings.npy";
  /** The run's summary, as JSON. */
  public static final String SUMMARY = "summary.json";
  /** Where and how training diverged, written only by a run whose training did. */
  public static final String DIVERGED = "diverged.json";
  /** The loss curve. */
  public static final String LOSS_CHART = "loss.png";
  /** The 2-D projection of the rows the probe classified. */
  public static final String EMBEDDING_CHART = "embeddings.png";
  /** The directory of the checkpoint a run resumes from. */
  public static final String CHECKPOINT = "checkpoint";
  /**
   * The file whose lock a run holds while it writes the directory. It stays when the run ends
   * (the lock, not the file, says whether the directory is in use) and is otherwise empty.
   */
  public static final String LOCK = ".lock";

  /**
   * The locks this JVM holds, by the directory's real path. A second channel on a locked file
   * must not even be opened: on POSIX systems closing it would release the lock of the first.
   */
  private static final Map<Path, RunDirectory> HELD = new HashMap<>();

  /**
   * The temporary files that the atomic writes of this directory's files make (a dot, the
   * file's name, a random hex number, {@code .tmp}; see {@code AtomicFiles}).
   */
  private static final Pattern TEMPORARY = Pattern.compile("\\.(" + Stream.of(CONFIG, METRICS,
      EMBEDDINGS, GRAPH_EMBEDDINGS, SUMMARY, DIVERGED, LOSS_CHART, EMBEDDING_CHART)
      .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.[0-9a-f]+\\.tmp");

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  /** Reads what {@link #JSON} wrote, every field required and of its own kind. */
  private static final ObjectReader STRICT = JSON.reader()
      .with(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES,
          DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
  private static final ObjectMapper JSON_LINE = new ObjectMapper();
  /** A field of {@code summary.json} that summaries written before it lack. */
  private static final String PROBE_LEVEL = "probe_level";
  /** A field of {@code summary.json} that summaries written before it lack. */
  private static final String PROBE_PROTOCOL = "probe_protocol";

  private final Path dir;
  /** The lock this object holds on {@link #LOCK}, and its channel; null when it holds none. */
  private FileLock lock;
  private Path lockedAs;

  private RunDirectory(Path dir) {
    this.dir = dir;
  }

  /**
   * A new run directory: created if missing; an existing one must be empty, so that no earlier
   * run is overwritten.
   *
   * <p>The directory is returned {@linkplain #lock() locked}, so that no other run starts in it
   * too; {@link ExperimentRun#run} releases the lock when it ends, {@link #close()} otherwise.
   *
   * @throws RunException if the directory has files or cannot be created or written, or another
   *     run is starting in it; a file where a parent directory should be is named, and nothing
   *     is created
   */
  public static RunDirectory create(Path dir) {
    if (Files.isDirectory(dir)) {
      requireEmpty(dir);
    } else if (Files.exists(dir)) {
      throw new RunException(dir + ": exists and is not a directory");
    } else {
      // The JDK's "Not a directory" names neither the file in the way nor what to do.
      Path file = FileOutput.fileAbove(dir);
      if (file != null) {
        throw new RunException(dir + ": cannot be created: " + file
            + " is a file, not a directory");
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new RunException(dir + ": cannot be created (" + FileOutput.reason(dir, e) + ")",
          e);
    }
    if (!Files.isWritable(dir)) {
      throw new RunException(dir + ": is not writable");
    }
    RunDirectory run = new RunDirectory(dir);
    run.lock();
    try {
      // Another process may have started a run here between the check above and the lock.
      run.requireEmpty();
    } catch (RuntimeException e) {
      run.unlock();
      throw e;
    }
    return run;
  }

  /**
   * Refuses this directory if it holds anything but {@link #LOCK} and the temporary files of a
   * run cut off while it wrote its first file, which it then deletes: a new run starts only in
   * an empty directory, so that no earlier run's files are overwritten or mixed with its own.
   * Only a run that holds the {@linkplain #lock() lock} may call it.
   *
   * @throws RunException naming the directory if it is not empty, or a temporary file that
   *     cannot be deleted
   */
  public void requireEmpty() {
    requireEmpty(dir);
    removeStrayTemporaryFiles();
  }

  /**
   * Refuses a directory with entries other than {@link #LOCK}, which an ended run leaves, and
   * the temporary files of a run cut off while it wrote its first file.
   */
  private static void requireEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      if (entries.map(p -> p.getFileName().toString())
          .anyMatch(name -> !name.equals(LOCK) && !TEMPORARY.matcher(name).matches())) {
        throw new RunException(dir + ": already exists and is not empty; choose another "
            + "output directory or resume that run");
      }
    } catch (IOException e) {
      throw new RunException(dir + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Takes the directory for writing: an exclusive lock on its {@link #LOCK} file (created if
   * missing), held until {@link #unlock()}, so that no other run, in this process or another,
   * writes the directory at the same time. Does nothing if this object already holds it. The
   * system releases the lock of a process that ends, however it ends.
   *
   * @throws RunException naming the directory if another run holds the lock, or the lock file if
   *     it cannot be created or locked
   */
  public void lock() {
    synchronized (HELD) {
      if (lock != null) {
        return;
      }
      Path file = dir.resolve(LOCK);
      Path key = realPath();
      if (HELD.containsKey(key)) {
        throw inUseError();
      }
      FileChannel channel;
      try {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new RunException(file + ": cannot be written (" + FileOutput.reason(file, e)
            + "); a run locks it so that no other run writes " + dir + " at the same time", e);
      }
      FileLock taken;
      try {
        taken = channel.tryLock();
      } catch (IOException | OverlappingFileLockException e) {
        closeQuietly(channel);
        throw new RunException(file + ": cannot be locked (" + e.getMessage() + ")", e);
      }
      if (taken == null) {
        closeQuietly(channel);
        throw inUseError();
      }
      lock = taken;
      lockedAs = key;
      HELD.put(key, this);
    }
  }

  /** Releases the lock {@link #lock()} took; does nothing if this object holds none. */
  public void unlock() {
    synchronized (HELD) {
      if (lock == null) {
        return;
      }
      HELD.remove(lockedAs);
      // Closing the channel releases its lock.
      closeQuietly(lock.channel());
      lock = null;
      lockedAs = null;
    }
  }

  /** {@link #unlock() Releases} the lock, if this object holds it. */
  @Override
  public void close() {
    unlock();
  }

  /**
   * Whether a run, in this process or another, holds the directory's lock: it is being written.
   * Takes no lock that a run could find taken, and needs no write permission.
   */
  public boolean inUse() {
    synchronized (HELD) {
      if (lock != null || HELD.containsKey(realPath())) {
        return true;
      }
      Path file = dir.resolve(LOCK);
      if (!Files.isRegularFile(file)) {
        return false; // no run has locked it (or one made before runs took locks)
      }
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
        if (shared == null) {
          return true;
        }
        shared.release();
        return false;
      } catch (IOException | OverlappingFileLockException e) {
        return false; // cannot tell; the run's own lock() is what keeps two runs apart
      }
    }
  }

  private RunException inUseError() {
    return new RunException(dir + ": is in use: another run is writing it (it holds " + LOCK
        + "); wait for that run to end, or stop it, before resuming or writing this one");
  }

  /** The directory's real path, which names it once however it is written. */
  private Path realPath() {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      return dir.toAbsolutePath().normalize();
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing was written through it.
    }
  }

  /**
   * An existing run directory, to resume or evaluate.
   *
   * @throws RunException if it does not exist, is a file or has no {@code config.json} (or a
   *     directory by that name)
   */
  public static RunDirectory open(Path dir) {
    if (!Files.exists(dir)) {
      throw new RunException(dir + ": no such directory; give the directory of a run");
    }
    if (!Files.isDirectory(dir)) {
      throw new RunException(dir + ": is a file, not a run directory");
    }
    if (Files.isDirectory(dir.resolve(CONFIG))) {
      throw new RunException(dir.resolve(CONFIG) + ": " + FileInput.DIRECTORY);
    }
    if (!Files.isRegularFile(dir.resolve(CONFIG))) {
      throw new RunException(dir + ": is not a run directory (it has no " + CONFIG + ")");
    }
    return new RunDirectory(dir);
  }

  /** The directory itself. */
  public Path path() {
    return dir;
  }

  /** The path of the file {@code name} in the directory. */
  public Path resolve(String name) {
    return dir.resolve(name);
  }

  /**
   * Writes the experiment as {@code train --config} reads it back: every setting with its
   * value, a setting left to a default derived at run time (from the data set, a seed, a width)
   * left out rather than written as null.
   *
   * @throws IllegalArgumentException if it holds a part whose type name is not registered with
   *     {@link ExperimentMapper#withPlugins()} (it could not be read back)
   */
  public void writeConfig(Experiment experiment) {
    writeJson(CONFIG, ExperimentMapper.withPlugins().toTree(experiment));
  }

  /**
   * Reads the experiment a run was made with, checked as {@code train --config} checks a file.
   *
   * @throws RunException whose message starts with the file and names each field at fault
   */
  public Experiment readConfig() {
    try {
      // Plugin tasks, corruptors and readouts are read by their type names too.
      return ExperimentFiles.read(dir.resolve(CONFIG));
    } catch (ConfigValidationException e) {
      throw new RunException(e.getMessage(), e);
    }
  }

  /**
   * Reads the experiment of a run that is to be rebuilt from this directory alone, as
   * {@code evaluate} and {@code train --resume} do.
   *
   * @param action what is to be done with the run ({@code evaluate}, {@code resume}), for the
   *     message
   * @throws RunException as {@link #readConfig()} does, and if the run's data set or another of
   *     its parts ({@link Experiment#fromBindings()}) was supplied in code by a binding, which no
   *     file can supply again
   */
  public Experiment readConfigToRebuild(String action) {
    Experiment experiment = readConfig();
    if (experiment.dataset().fromBinding()) {
      throw new RunException(dir + ": its data set '" + experiment.dataset().name()
          + "' was supplied in code by a binding of GraphDataset, not by " + CONFIG + "; "
          + action + " the run in code, with an injector that binds the same data set");
    }
    if (!experiment.fromBindings().isEmpty()) {
      // The specs in config.json would build other parts than those that were trained.
      throw new RunException(dir + ": its " + String.join(", ", experiment.fromBindings())
          + " were supplied in code by bindings (from_bindings in " + CONFIG + "), not by its "
          + "specs; " + action + " the run in code, with an injector that binds the same");
    }
    return experiment;
  }

  /**
   * Deletes the temporary files of this directory's own files ({@code .summary.json.<hex>.tmp}
   * and the like) that a run cut off while writing one left behind. Only a run that holds the
   * {@linkplain #lock() lock} may call it: no other run is writing them then.
   *
   * @throws RunException naming a file that cannot be deleted
   */
  public void removeStrayTemporaryFiles() {
    List<Path> stray;
    try (var entries = Files.list(dir)) {
      stray = entries.filter(p -> TEMPORARY.matcher(p.getFileName().toString()).matches())
          .filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new RunException(dir + ": cannot be read (" + e.getMessage() + ")", e);
    }
    for (Path p : stray) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        throw new RunException(p + ": a temporary file left by a run that was cut off cannot "
            + "be deleted (" + FileOutput.reason(p, e) + ")", e);
      }
    }
  }

  /** Appends the line of {@code metrics.jsonl} of one epoch. */
  public void appendMetrics(EpochResult epoch) {
    Path file = dir.resolve(METRICS);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      w.write(metricsLine(epoch));
    } catch (IOException e) {
      throw new RunException(file + ": " + FileOutput.problem(file, e), e);
    }
  }

  /**
   * Writes {@code metrics.jsonl} anew with the lines of {@code epochs}: those of a resumed run's
   * checkpoint, which hold every number the lines do. What the file held is only compared with
   * them, so a damaged or shortened file (cut off, emptied, not text) costs the run none of its
   * lines; a file that holds them already is left as it is.
   *
   * @return whether the file changed (it held other lines, or none)
   */
  public boolean rewriteMetrics(List<EpochResult> epochs) {
    Path file = dir.resolve(METRICS);
    StringBuilder text = new StringBuilder();
    for (EpochResult epoch : epochs) {
      text.append(metricsLine(epoch));
    }
    byte[] lines = text.toString().getBytes(StandardCharsets.UTF_8);
    if (holds(file, lines)) {
      return false;
    }
    try {
      AtomicFiles.writeString(file, text.toString());
      return true;
    } catch (IOException e) {
      throw new RunException(file + ": cannot be rewritten (" + FileOutput.reason(file, e)
          + ")", e);
    }
  }

  /** Whether {@code file} is a file that holds exactly {@code content}; false if unreadable. */
  private static boolean holds(Path file, byte[] content) {
    try {
      return Files.isRegularFile(file) && Files.size(file) == content.length
          && Arrays.equals(Files.readAllBytes(file), content);
    } catch (IOException unreadable) {
      return false; // rewritten, which says what is wrong with it if that fails too
    }
  }

  /**
   * The line of {@code metrics.jsonl} of one epoch, with its newline: the epoch, its loss, each
   * named loss when the task has several, its metrics and its seconds.
   */
  private static String metricsLine(EpochResult epoch) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("epoch", epoch.epoch());
    line.put("loss", epoch.loss());
    if (epoch.losses().size() > 1) {
      line.putAll(epoch.losses());
    }
    line.putAll(epoch.metrics());
    line.put("seconds", epoch.seconds());
    try {
      return JSON_LINE.writeValueAsString(line) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("numbers are always serializable", e);
    }
  }

  /**
   * Writes {@code embeddings.npy}, as float32, replacing any earlier one atomically.
   *
   * @throws dev.contrastive4j.api.data.DatasetException naming the file if it cannot be written
   *     (the .npy writer's exception; the JSON files fail with a {@link RunException})
   */
  public void writeEmbeddings(INDArray embeddings) {
    writeFloats(EMBEDDINGS, embeddings);
  }

  /**
   * Writes {@code graph_embeddings.npy}: one row per graph, as the probe classified them, as
   * float32.
   */
  public void writeGraphEmbeddings(INDArray graphEmbeddings) {
    writeFloats(GRAPH_EMBEDDINGS, graphEmbeddings);
  }

  /**
   * Both embedding files hold float32, the precision training computes in, so that they load
   * alike: the probe pools a graph's rows in float64, which {@code graph_embeddings.npy} held.
   */
  private void writeFloats(String name, INDArray rows) {
    NpyFiles.write(dir.resolve(name), rows.castTo(DataType.FLOAT));
  }

  /**
   * Writes {@code summary.json}, replacing any earlier one atomically.
   *
   * @throws RunException naming the file if it cannot be written
   */
  public void writeSummary(RunSummary summary) {
    writeJson(SUMMARY, summary);
  }

  /** Writes {@code diverged.json}: training diverged as {@code divergence} says. */
  public void writeDivergence(Divergence divergence) {
    writeJson(DIVERGED, divergence);
  }

  /**
   * Reads {@code diverged.json}: how the run's training diverged, or null if it has not.
   *
   * @throws RunException whose one line names the file and the field at fault
   */
  public Divergence readDivergence() {
    Path file = dir.resolve(DIVERGED);
    return Files.exists(file) ? readJson(file, Divergence.class, "how training diverged")
        : null;
  }

  /**
   * Deletes the results of an earlier finish ({@code summary.json}, the embeddings and the
   * pictures), as a run does that trains or probes again: until it writes its own, the directory
   * then says that the run has not finished, rather than keeping results that no longer match
   * its checkpoint. The summary goes first, since it marks a run finished.
   *
   * @throws RunException if one cannot be deleted
   */
  public void clearResults() {
    delete(SUMMARY);
    delete(EMBEDDINGS);
    delete(GRAPH_EMBEDDINGS);
    delete(LOSS_CHART);
    delete(EMBEDDING_CHART);
  }

  /**
   * Deletes {@code diverged.json}, as a run does that trains again.
   *
   * @throws RunException if it cannot be deleted
   */
  public void clearDivergence() {
    delete(DIVERGED);
  }

  /** Deletes this directory's file {@code name}, if it is there. */
  private void delete(String name) {
    Path file = dir.resolve(name);
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new RunException(file + ": cannot be deleted (" + FileOutput.reason(file, e) + ")",
          e);
    }
  }

  /**
   * Reads {@code summary.json}. One written before summaries recorded {@code probe_level} is of
   * a probe of nodes, and one written before they recorded {@code probe_protocol} of the
   * {@code validated_l2} probe, the only kinds there were then, and is read so.
   *
   * @throws RunException whose one line names the file and the field at fault
   */
  public RunSummary readSummary() {
    Path file = dir.resolve(SUMMARY);
    ObjectNode tree = readObject(file, "the run's summary");
    if (!tree.has(PROBE_LEVEL)) {
      tree.put(PROBE_LEVEL, LabelLevel.NODE.id());
    }
    if (!tree.has(PROBE_PROTOCOL)) {
      tree.put(PROBE_PROTOCOL, ProbeProtocol.VALIDATED_L2.id());
    }
    return convert(file, tree, RunSummary.class);
  }

  /**
   * Reads a JSON file this class or {@link Checkpoint} wrote into a {@code type}, every field
   * required: a file that is missing, not one JSON object, or has a field missing, null, unknown
   * or of the wrong kind fails in one line naming the file and the field.
   *
   * @param what what the file holds, for the message
   */
  static <T> T readJson(Path file, Class<T> type, String what) {
    return convert(file, readObject(file, what), type);
  }

  /** The JSON object in {@code file}, none of whose fields is null. */
  private static ObjectNode readObject(Path file, String what) {
    JsonNode tree;
    try {
      tree = JsonDocuments.readFile(JSON, file);
    } catch (UnreadableFileException e) {
      throw new RunException(file + ": " + e.getMessage(), e.getCause());
    }
    if (tree == null || !tree.isObject()) {
      throw new RunException(file + ": must hold a JSON object (" + what + ")");
    }
    // Nothing these files hold is ever null; Jackson would read a null number as 0.
    String nullField = JsonMessages.firstNull(tree);
    if (nullField != null) {
      throw new RunException(file + ": field '" + nullField + "' is null");
    }
    return (ObjectNode) tree;
  }

  /** {@code tree} as a {@code type}, every field required and of its own kind. */
  private static <T> T convert(Path file, ObjectNode tree, Class<T> type) {
    try {
      return STRICT.forType(type).readValue(tree);
    } catch (JsonMappingException e) {
      throw new RunException(file + ": " + JsonMessages.mapping(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // not thrown when reading a tree
    }
  }

  private void writeJson(String name, Object value) {
    Path file = dir.resolve(name);
    try {
      AtomicFiles.writeString(file, JSON.writeValueAsString(value) + "\n");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + name, e);
    } catch (IOException e) {
      throw new RunException(file + ": " + FileOutput.problem(file, e), e);
    }
  }

  @Override
  public String toString() {
    return dir.toString();
  }

}
