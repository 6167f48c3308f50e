package dev.contrastive4j.runtime.cli;

import com.google.inject.Guice;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.config.ExperimentDifferences;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.data.Datasets;
import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.run.Checkpoint;
import dev.contrastive4j.runtime.run.ConsoleProgress;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ProgressReporter;
import dev.contrastive4j.runtime.run.Resumed;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunException;
import dev.contrastive4j.runtime.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code contrastive4j train}: trains an encoder with a contrastive task, evaluates the
 * embeddings with a linear probe and writes a run directory. Without options it trains Deep
 * Graph Infomax on the built-in CSBM graph.
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
        "Train an encoder with a self-supervised task, probe its embeddings, write a run "
            + "directory (config.json, metrics.jsonl, checkpoint/, embeddings.npy, "
            + "summary.json, loss.png, embeddings.png) and print the summary as JSON.",
        "Without options: Deep Graph Infomax (GCN 512, PReLU, Adam 1e-3, patience 20) on the "
            + "built-in synthetic graph."})
final class TrainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Option(names = "--config", paramLabel = "FILE", converter = NonBlankPath.class,
      description = "An experiment as JSON or YAML (see docs/experiment-config.md); the other "
          + "options override its fields.")
  Path config;

  @Option(names = "--task", paramLabel = "NAME",
      description = "dgi (default), barlow-twins, vicreg, triplet, or a plugin task "
          + "('contrastive4j tasks' lists them).")
  String task;

  @Option(names = "--readout", paramLabel = "TYPE",
      description = "How the task reads representations out of the encoded graph: all-nodes "
          + "(every node; the default), first-node, pool (a pooling of each graph's nodes, the "
          + "mean by default: one row per graph, for a data set of many graphs) or a plugin "
          + "readout, with its defaults; a configuration's task.readout of the same type is "
          + "kept as it is.")
  String readout;

  @Option(names = "--readout-param", paramLabel = "NAME=VALUE",
      description = "Sets a parameter of the readout (that of --readout, else the "
          + "configuration's), as task.readout.NAME in a configuration; repeatable. pool has "
          + "pooling=mean|sum|max; 'contrastive4j tasks' lists a plugin readout's parameters.")
  List<String> readoutParams = new ArrayList<>();

  @Option(names = "--dataset", paramLabel = "NAME|DIR",
      description = "cora, citeseer, pubmed, csbm (default) or a data directory.")
  String dataset;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory holding the Planetoid ind.<name>.* files.")
  Path dataDir;

  @Option(names = "--normalize-features", negatable = true,
      description = "Divide each node's input feature row by its sum after loading, as the GCN "
          + "and DGI papers preprocess the Planetoid features (default: off, features as "
          + "stored); for non-negative features.")
  Boolean normalizeFeatures;

  @Option(names = "--epochs", paramLabel = "N", description = "Most epochs (default: the "
      + "task's, as 'tasks' lists them: 1000 for dgi, where early stopping usually ends a run "
      + "sooner; 100 for barlow-twins, 200 for vicreg, 50 for triplet). With --resume, the "
      + "count the run trains on to.")
  Integer epochs;

  @Option(names = "--lr", paramLabel = "X", description = "Adam learning rate (default 0.001).")
  Double learningRate;

  @Option(names = "--weight-decay", paramLabel = "X", description = "L2 weight decay (default 0).")
  Double weightDecay;

  @Option(names = "--patience", paramLabel = "N",
      description = "Epochs without a lower loss before stopping; 0 never stops (default: the "
          + "task's: 20 for dgi, 0 for barlow-twins, vicreg and triplet).")
  Integer patience;

  @Option(names = "--batch-components", paramLabel = "N",
      description = "Train on mini-batches of N components (graphs) per step (default 0: the "
          + "whole graph in one step); only for a data set of many graphs, such as a data "
          + "directory with num_components (the built-in ones are one graph each).")
  Integer batchComponents;

  @Option(names = "--shuffle-components", negatable = true,
      description = "Take the components of --batch-components mini-batches in a new random "
          + "order each epoch, drawn from the seed (default: on); --no-shuffle-components takes "
          + "them in the data set's order every epoch.")
  Boolean shuffleComponents;

  @Option(names = "--checkpoint-every", paramLabel = "N",
      description = "Write the run's checkpoint every N epochs, and at the end (default 50); a "
          + "stopped run resumes from its last one. With --resume, the interval of the rest of "
          + "the run.")
  Integer checkpointEvery;

  @Option(names = "--hidden", paramLabel = "N",
      description = "Units of the encoder's (last) layer (default 512).")
  Integer hidden;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the whole run (default 0).")
  Long seed;

  @Option(names = "--probe-repeats", paramLabel = "N",
      description = "Linear probes fitted to the embeddings (default 5).")
  Integer probeRepeats;

  @Option(names = "--probe-protocol", paramLabel = "NAME",
      description = "How the probes are fitted: validated_l2 (default; L2-regularized, C chosen "
          + "on the validation split) or dgi_paper (the DGI paper's: unregularized, 100 Adam "
          + "epochs).")
  String probeProtocol;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Run directory (default: the config's output.directory, else "
          + "runs/<task>-<dataset>-<time>); must be new or empty.")
  Path out;

  @Option(names = "--resume", paramLabel = "DIR", converter = NonBlankPath.class,
      description = "Continue the stopped run in DIR from its checkpoint; one that had "
          + "already finished is left as it is, and the last line says so.")
  Path resume;

  @Option(names = "--quiet", description = "No progress bar.")
  boolean quiet;

  /**
   * Notes said once the run is built: what the options left out of the configuration
   * ({@code --task} a task's settings, {@code --dataset} a Planetoid data_dir), and Planetoid
   * files that hold other data than the published ones.
   */
  private final List<String> notes = new ArrayList<>();

  /**
   * The fields a {@code --resume} changed in the run's configuration (the epochs, the checkpoint
   * interval), for the last line of a run that had already finished.
   */
  private List<String> resumedChanges = List.of();

  /** The run directory this command has locked, released when it ends however it ends. */
  private RunDirectory locked;

  @Override
  public Integer call() {
    try {
      train();
      // A failure is an exception, whose exit status ErrorReporter gives.
      return 0;
    } finally {
      if (locked != null) {
        locked.unlock();
      }
    }
  }

  private void train() {
    Experiment experiment;
    RunDirectory existing = null;
    // Names the --config file, or the resumed run's config.json, in a refusal of a field it set;
    // null without one.
    ConfigFileRefusals fromFile = null;
    // What named the new run directory, for its messages.
    String outFrom = "";
    boolean resuming = resume != null;
    if (resuming) {
      if (out != null) {
        throw new UserInputException("--resume and --out cannot be used together: a resumed "
            + "run continues in its own directory");
      }
      if (config != null) {
        throw new UserInputException("--resume and --config cannot be used together: a "
            + "resumed run continues with its own configuration, "
            + resume.resolve(RunDirectory.CONFIG));
      }
      existing = RunDirectory.open(resume);
      // Before the data set is loaded: a run still writing the directory is refused at once.
      existing.lock();
      locked = existing;
      Experiment saved = existing.readConfigToRebuild("resume");
      experiment = apply(saved);
      requireWritable(experiment);
      // A resume may change how far the run trains on (--epochs) and how often the rest of it
      // is saved (--checkpoint-every): neither changes the numbers of the epochs trained.
      Experiment savedWithResumable = saved.withTraining(
          saved.training().withResumableSettingsOf(experiment.training()));
      List<String> changes = ExperimentDifferences.between(savedWithResumable,
          "in " + existing.resolve(RunDirectory.CONFIG), experiment, "here", Set.of());
      if (!changes.isEmpty()) {
        throw new UserInputException("--resume: " + resume + " was made with another "
            + "configuration (" + String.join("; ", changes) + "); resume it without "
            + "changing options other than --epochs and --checkpoint-every, or start a new run");
      }
      resumedChanges = ExperimentDifferences.fields(saved, experiment);
      // What the run is built from is its config.json, but for a changed --epochs or
      // --checkpoint-every.
      fromFile = new ConfigFileRefusals(existing.resolve(RunDirectory.CONFIG), resumedChanges,
          saved.dataset().dataDir());
    } else {
      Experiment base = config != null ? ExperimentFiles.read(config) : Experiment.defaults();
      experiment = apply(base);
      if (config != null) {
        requireWritable(experiment);
        List<String> changed = new ArrayList<>(ExperimentDifferences.fields(base, experiment));
        if (out != null) {
          changed.add("output.directory");
        }
        fromFile = new ConfigFileRefusals(config, changed, base.dataset().dataDir());
      }
      experiment = experiment.withDataset(absolute(experiment.dataset()));
      // --out, else the configuration's output.directory, else a new name under runs/.
      Path target = out != null ? out
          : experiment.output().directory() != null ? Path.of(experiment.output().directory())
          : defaultOut(experiment);
      outFrom = out != null ? "--out " : experiment.output().directory() != null
          ? config + ": output.directory: " : "";
      experiment = experiment.withOutput(new dev.contrastive4j.api.experiment.OutputSpec(
          target.toString(), experiment.output().charts()));
    }
    ExperimentRun run;
    try {
      // Every problem of the configuration at once, before any work is done.
      ExperimentValidator.validate(experiment);
      // Load the data and build the model first: a bad option fails before anything is written.
      run = Guice.createInjector(new RunModule(experiment)).getInstance(ExperimentRun.class);
    } catch (RuntimeException refused) {
      throw fromFile != null ? fromFile.attribute(refused) : refused;
    }
    ChangedPlanetoidFilesNote.of(experiment.dataset()).ifPresent(notes::add);
    // About the configuration and the data, not progress: --quiet keeps them.
    notes.forEach(spec.commandLine().getErr()::println);
    RunDirectory dir = resuming ? existing
        : createOut(Path.of(experiment.output().directory()), outFrom);
    locked = dir;
    RunSummary summary;
    // What the last line says: where the run was written, or what a resume left as it was.
    String outcome = "run written to " + dir.path();
    // Ctrl-C or a kill ends the JVM without an exception reaching us: say how to carry on.
    TrainingSpec training = experiment.training();
    Thread hint = new Thread(() -> System.err.println(System.lineSeparator()
        + resumeHint(dir, training)));
    Runtime.getRuntime().addShutdownHook(hint);
    // Keeps what the probe chose, for the note below: it is about the results, not progress,
    // so --quiet does not drop it.
    ChosenProbeKeeper probe = new ChosenProbeKeeper(quiet ? ProgressReporter.silent()
        : new ConsoleProgress(System.err));
    try (ProgressReporter progress = probe) {
      if (resuming) {
        Resumed resumed = explainingOutOfMemory(dir, training,
            () -> run.resumeWithOutcome(dir, progress));
        summary = resumed.summary();
        if (resumed.alreadyFinished()) {
          outcome = alreadyFinished(dir.path(), resumed.rewritten(),
              recordedNow(resumedChanges, experiment.training()));
        }
      } else {
        summary = explainingOutOfMemory(dir, training, () -> run.run(dir, progress));
      }
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hint);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already stopping; the hint is on its way.
      }
    }
    JsonOutput.print(spec.commandLine().getOut(), summary);
    probe.chosen().flatMap(ChosenProbe::cAtEdge).ifPresent(edge ->
        spec.commandLine().getErr().println(ProbeCEdgeNote.of(edge, dir.path())));
    spec.commandLine().getErr().println(outcome);
  }

  /**
   * What {@code --resume} of a run that had already finished did: nothing was trained or probed,
   * and of its files only the {@code rewritten} ones changed ({@code config.json} then records
   * {@code recorded}, the new settings, such as {@code training.epochs = 40}).
   */
  static String alreadyFinished(Path runDirectory, List<String> rewritten,
      List<String> recorded) {
    List<String> changes = new ArrayList<>();
    if (rewritten.contains(RunDirectory.CONFIG)) {
      changes.add(RunDirectory.CONFIG + " now records " + String.join(" and ", recorded));
    }
    if (rewritten.contains(RunDirectory.METRICS)) {
      changes.add(RunDirectory.METRICS + " was restored from the checkpoint");
    }
    String done = "run " + runDirectory + " had already finished; nothing was trained or probed";
    return changes.isEmpty() ? done + " and its outputs are unchanged"
        : done + ", " + String.join(", ", changes) + ", and its other outputs are unchanged";
  }

  /**
   * The settings a resume changed ({@code changed}, the paths of the fields that differ from the
   * run's {@code config.json}), each with its new value from {@code training}: of them only the
   * epochs and the checkpoint interval may change.
   */
  static List<String> recordedNow(List<String> changed, TrainingSpec training) {
    List<String> recorded = new ArrayList<>();
    if (changed.contains("training.epochs")) {
      recorded.add("training.epochs = " + training.epochs());
    }
    if (changed.contains("training.checkpoint_every")) {
      recorded.add("training.checkpoint_every = " + training.checkpointEvery());
    }
    return recorded;
  }

  /**
   * The new run directory; a problem with it starts with {@code from}, what named the directory
   * ({@code --out}, a configuration file's {@code output.directory}, or nothing for the default
   * name).
   */
  private static RunDirectory createOut(Path target, String from) {
    try {
      return from.isEmpty() ? createUnderDefaultName(target) : RunDirectory.create(target);
    } catch (RunException e) {
      throw new RunException(from + e.getMessage(), e);
    }
  }

  /** How many names {@link #createUnderDefaultName} tries before it gives up. */
  private static final int DEFAULT_NAME_TRIES = 100;

  /**
   * A new run directory under the default name {@code target}, or, when another run has it
   * (two runs started in the same second, as a seed sweep in the background starts them),
   * under {@code target-2}, {@code target-3}, ...: the user named no directory, so none is
   * refused as taken.
   */
  static RunDirectory createUnderDefaultName(Path target) {
    Path candidate = target;
    for (int n = 2; ; n++) {
      try {
        return RunDirectory.create(candidate);
      } catch (RunException e) {
        // Only a name another run holds is worth another try; a runs/ that cannot be written
        // fails the same under every name.
        if (!Files.exists(candidate) || n > DEFAULT_NAME_TRIES) {
          throw e;
        }
      }
      candidate = target.resolveSibling(target.getFileName() + "-" + n);
    }
  }

  /**
   * What a run stopped by a signal prints: how to continue it, and from where, since the epochs
   * after the last checkpoint (one every {@code training.checkpoint_every}) are trained again.
   */
  static String resumeHint(RunDirectory run, TrainingSpec training) {
    String command = CommandName.resume(run.path());
    int every = training.checkpointEvery();
    return Checkpoint.exists(run)
        ? "contrastive4j: stopped; continue the run from its last checkpoint (one every "
            + (every == 1 ? "epoch" : every + " epochs") + ") with: " + command
        : "contrastive4j: stopped before the run's first checkpoint (at epoch "
            + training.firstCheckpointEpoch() + "); start it again from epoch 1 with: "
            + command;
  }

  /**
   * Runs {@code work}, which trains into {@code run}. Memory that runs out on the way (the JVM's
   * heap, or ND4J's native arrays) ends in a line that also says how to carry on the run, which
   * is kept: it was refused as taken when run again with more memory and the same --out.
   *
   * @throws RunOutOfMemoryException if memory ran out; any other failure as it is
   */
  static <T> T explainingOutOfMemory(RunDirectory run, TrainingSpec training, Supplier<T> work) {
    try {
      return work.get();
    } catch (OutOfMemoryError | RuntimeException e) {
      if (!ErrorReporter.isOutOfMemory(e)) {
        throw e;
      }
      String command = ErrorReporter.HEAP + "=4g " + CommandName.resume(run.path());
      String carryOn = Checkpoint.exists(run)
          ? "continue the run from its last checkpoint with: " + command
          : "start the run again from epoch 1 (it stopped before its first checkpoint, at epoch "
              + training.firstCheckpointEpoch() + ") with: " + command;
      throw new RunOutOfMemoryException(ErrorReporter.outOfMemory(e.getMessage()) + " while "
          + "training into " + run.path() + "; " + ErrorReporter.MORE_HEAP + " and " + carryOn
          + ", or use a smaller model or graph in a new --out", e);
    }
  }

  /**
   * Refuses, in the validator's words, an experiment that options gave a value no file holds
   * (--lr NaN): comparing it with a file's or a run's, which writes both as trees, would fail
   * with a message about unregistered types. Any other experiment passes; the validator then
   * checks it with its refusals attributed to the file or the options.
   */
  private static void requireWritable(Experiment experiment) {
    try {
      ExperimentMapper.withPlugins().toTree(experiment);
    } catch (IllegalArgumentException unwritable) {
      ExperimentValidator.validate(experiment);
      throw unwritable;
    }
  }

  /** The options given on the command line, applied on top of {@code base}. */
  Experiment apply(Experiment base) {
    Experiment e = base;
    if (task != null) {
      // Built-in tasks and those of the plugins on the class path (@ContrastiveTask).
      TaskCatalog catalog = TaskCatalog.load();
      if (!catalog.get(task).defaults().getClass().equals(e.task().getClass())) {
        TaskTypeSwitch switched = TaskTypeSwitch.of(catalog, ExperimentMapper.withPlugins(), task,
            e.task());
        if (switched.note() != null) {
          notes.add(switched.note());
        }
        e = e.withTask(switched.task());
      }
    }
    if (readout != null || !readoutParams.isEmpty()) {
      e = e.withTask(ReadoutOptions.apply(e.task(), readout, readoutParams));
    }
    if (dataset != null || dataDir != null) {
      String keptDataDir = dataDir != null ? dataDir.toString() : e.dataset().dataDir();
      if (dataDir == null && dataset != null && keptDataDir != null
          && !DatasetSpec.isPlanetoid(dataset)) {
        // The configuration's Planetoid directory holds no data of the data set named now.
        notes.add("contrastive4j: note: --dataset " + dataset + " left out the "
            + "configuration's dataset.data_dir (" + keptDataDir + "): only the Planetoid data "
            + "sets (" + String.join(", ", DatasetSpec.PLANETOID) + ") are read from one");
        keptDataDir = null;
      }
      // As a new run records them, so that '--resume DIR --dataset my-graph' matches too.
      e = e.withDataset(absolute(new DatasetSpec(dataset != null ? dataset : e.dataset().name(),
          keptDataDir).withNormalizeFeatures(e.dataset().normalizeFeatures())));
    }
    if (normalizeFeatures != null) {
      e = e.withDataset(e.dataset().withNormalizeFeatures(normalizeFeatures));
    }
    if (hidden != null) {
      // A value out of range is reported by ExperimentValidator, at encoder.units, as every
      // other option's is at its field.
      e = e.withEncoder(withLastUnits(e.encoder(), hidden));
    }
    TrainingSpec t = e.training();
    if (epochs != null || learningRate != null || weightDecay != null || patience != null
        || batchComponents != null || shuffleComponents != null || checkpointEvery != null) {
      e = e.withTraining(new TrainingSpec(
          epochs != null ? epochs : t.epochs(),
          learningRate != null ? learningRate : t.learningRate(),
          weightDecay != null ? weightDecay : t.weightDecay(),
          patience != null ? patience : t.patience(),
          t.metricsEvery(), batchComponents != null ? batchComponents : t.batchComponents(),
          shuffleComponents != null ? shuffleComponents : t.shuffleComponents(),
          checkpointEvery != null ? checkpointEvery : t.checkpointEvery()));
    }
    if (seed != null) {
      e = e.withSeed(seed);
    }
    if (probeRepeats != null) {
      e = e.withEvaluation(e.evaluation().withProbeRepeats(probeRepeats));
    }
    if (probeProtocol != null) {
      // A name not known, or probe_c the configuration gives, is reported by
      // ExperimentValidator at its field, as every other option's is.
      e = e.withEvaluation(e.evaluation().withProbeProtocol(probeProtocol));
    }
    return e;
  }

  private static EncoderSpec withLastUnits(EncoderSpec spec, int units) {
    List<Integer> u = new ArrayList<>(spec.units());
    u.set(u.size() - 1, units);
    if (spec instanceof EncoderSpec.GcnSpec g) {
      return new EncoderSpec.GcnSpec(u, g.activation(), g.dropout(), g.selfLoops());
    }
    if (spec instanceof EncoderSpec.SageSpec s) {
      return new EncoderSpec.SageSpec(u, s.activation(), s.dropout());
    }
    EncoderSpec.HeteroSpec h = (EncoderSpec.HeteroSpec) spec;
    return new EncoderSpec.HeteroSpec(u, h.activation(), h.dropout(), h.aggregation(),
        h.selfTransform());
  }

  /**
   * The data set with a data directory or Planetoid directory given relative to the working
   * directory made absolute, so that {@code evaluate} and {@code --resume} find it from anywhere.
   */
  private static DatasetSpec absolute(DatasetSpec d) {
    if (d.fromBinding()) {
      return d; // not a path: the name of a data set that only a binding can supply
    }
    // A blank name or data_dir stays blank, for ExperimentValidator to refuse at its field:
    // made absolute, "" would be the working directory, read as if it had been named.
    String name = d.name();
    if (!name.isBlank() && !Datasets.BUILT_IN.contains(name.toLowerCase(Locale.ROOT))
        && Files.isDirectory(Path.of(name))) {
      name = Path.of(name).toAbsolutePath().normalize().toString();
    }
    String dataDir = d.dataDir() == null || d.dataDir().isBlank() ? d.dataDir()
        : Path.of(d.dataDir()).toAbsolutePath().normalize().toString();
    return d.withName(name).withDataDir(dataDir);
  }

  /**
   * Where a new run goes without {@code --out} or {@code output.directory}:
   * {@code runs/<task>-<data set>-<date>-<time>}, relative to the working directory (with
   * {@code -2}, {@code -3}, ... added when another run already has that name).
   */
  static Path defaultOut(Experiment e) {
    // Named after the data directory's own name; the file system's root, '/', has none, and
    // such a run is named "dataset" (the data set itself is checked before anything is made).
    Path file = Path.of(e.dataset().name()).getFileName();
    String data = file == null || file.toString().isBlank() ? "dataset" : file.toString();
    String task = TaskSpec.typeName(e.task());
    return Path.of("runs", task + "-" + data + "-"
        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
  }
}
