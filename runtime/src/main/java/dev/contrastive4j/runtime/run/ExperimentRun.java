package dev.contrastive4j.runtime.run;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.config.ExperimentDifferences;
import dev.contrastive4j.runtime.data.DatasetOrigin;
import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.evaluation.ProbeProtocol;
import dev.contrastive4j.runtime.evaluation.ProbeReport;
import dev.contrastive4j.runtime.evaluation.ProbeRows;
import dev.contrastive4j.runtime.inject.BindingException;
import dev.contrastive4j.runtime.inject.ConfigException;
import dev.contrastive4j.runtime.inject.ReplacedParts;
import dev.contrastive4j.runtime.tasks.ContrastiveLossTask;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.DivergenceException;
import dev.contrastive4j.runtime.training.EpochListener;
import dev.contrastive4j.runtime.training.RowsNeeded;
import dev.contrastive4j.runtime.training.TooFewRowsException;
import dev.contrastive4j.runtime.training.Trainer;
import dev.contrastive4j.runtime.training.TrainingOptions;
import dev.contrastive4j.runtime.training.TrainingProgress;
import dev.contrastive4j.runtime.training.TrainingResult;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One experiment from start to finish, with every part injected: train (writing
 * {@code metrics.jsonl} and checkpoints as it goes), embed the graph with the best
 * parameters, probe the embeddings (of the nodes, or for a data set that labels graphs their
 * means per graph, see {@link ProbeRows}), and write the embeddings, the summary and the
 * pictures.
 */
public final class ExperimentRun {
  private final Experiment experiment;
  private final GraphDataset dataset;
  private final DatasetOrigin origin;
  private final ReplacedParts replaced;
  private final Encoder encoder;
  private final Task task;
  private final ParameterStore store;
  private final Optimizer optimizer;
  private final Trainer trainer;
  private final LinearProbe probe;
  /** The injector's model (parameters, optimizer state) is one run's: taken by it once. */
  private final ModelClaim claim;
  /** How {@link #probe} is fitted ({@code evaluation.probe_protocol}). */
  private final ProbeProtocol protocol;
  /** A checkpoint every this many epochs ({@code training.checkpoint_every}), and at the end. */
  private final int checkpointEvery;

  /**
   * @param origin whether {@code dataset} is the one {@code experiment} names or was supplied by
   *     a binding instead; {@link #run} records the experiment accordingly
   * @param replaced the other parts that bindings supplied instead of the experiment's specs;
   *     {@link #run} records them too
   * @throws BindingException if {@code optimizer} (bound in place of the run's) updates another
   *     parameter store than {@code store}, which would train nothing the run saves or probes
   * @throws ConfigException if {@code training.checkpoint_every} is below 1 (an experiment made
   *     in code is not validated as a file is)
   */
  @Inject
  public ExperimentRun(Experiment experiment, GraphDataset dataset, DatasetOrigin origin,
      ReplacedParts replaced, Encoder encoder, Task task, ParameterStore store,
      Optimizer optimizer, Trainer trainer, LinearProbe probe, ModelClaim claim) {
    if (!optimizer.updates(store)) {
      throw new BindingException("the Optimizer bound for this run updates another "
          + "ParameterStore than the run's, so the run would save and probe parameters that "
          + "training never changed; make it in a @Provides @Singleton method that takes the "
          + "run's ParameterStore as a parameter");
    }
    checkpointEvery = experiment.training().checkpointEvery();
    if (checkpointEvery < 1) {
      throw new ConfigException("training.checkpoint_every", "must be at least 1, was "
          + checkpointEvery);
    }
    this.claim = claim;
    this.experiment = experiment;
    this.dataset = dataset;
    this.origin = origin;
    this.replaced = replaced;
    this.encoder = encoder;
    this.task = task;
    this.store = store;
    this.optimizer = optimizer;
    this.trainer = trainer;
    this.probe = probe;
    // A data set the probe cannot use fails now, before a run directory is written.
    this.protocol = ProbeProtocol.of(experiment.evaluation());
    protocol.checkDataset(dataset, experiment.evaluation().probeC());
  }

  /**
   * Runs the experiment from the first epoch into a new run directory, whose {@code config.json}
   * is {@link #recorded()} with {@code output.directory} naming {@code out}.
   *
   * @throws RunException if {@code out} holds files (a run of {@link RunDirectory#open}: resume
   *     it instead), another run is writing it, or this injector has already made a run, whose
   *     trained parameters and optimizer state a second run would start from
   */
  public RunSummary run(RunDirectory out, ProgressReporter progress) {
    // Locked while it runs (RunDirectory.create has locked it already), released at the end.
    out.lock();
    try {
      // A directory of RunDirectory.open holds a run already: refused, not mixed with this one.
      out.requireEmpty();
      claim.take();
      out.writeConfig(recordedIn(out));
      return continueRun(out, TrainingProgress.start(), progress);
    } finally {
      out.unlock();
    }
  }

  /**
   * Continues the stopped run in {@code out} from its checkpoint; a run stopped before its first
   * checkpoint starts again from the first epoch, which repeats the same numbers.
   *
   * <p>This run's {@code training.epochs} may differ from the one {@code config.json} records: a
   * run that used up its epochs then trains on to the new count (the losses, parameters and
   * results are those of a run made with it from the start; in {@code metrics.jsonl}, the epoch
   * that was the last keeps the task metrics it got as such), {@code config.json} records the
   * new count, and the earlier {@code summary.json}, embeddings and pictures are removed until
   * new ones are written. Its {@code training.checkpoint_every} may differ too: the rest of the
   * run is saved at the new interval, which {@code config.json} then records.
   *
   * <p>A complete run (training over and a {@code summary.json} of its checkpoint's epochs
   * written) is not trained or probed again, and nothing is reported to {@code progress}: its
   * recorded summary is returned
   * ({@link #resumeWithOutcome} says that the run had already finished). {@code metrics.jsonl} is
   * rewritten from the checkpoint in every case where it does not hold the checkpoint's lines,
   * which repairs a damaged copy.
   *
   * <p>{@code out} is {@linkplain RunDirectory#lock() locked} while the run continues, and
   * released at the end.
   *
   * @throws RunException if another run is writing {@code out}, if this injector has already
   *     made a run ({@link #run}), if {@code config.json} records
   *     another configuration than this run's (beyond {@code training.epochs} and
   *     {@code training.checkpoint_every}; {@code output.directory} is {@code out}), if the run
   *     has already trained more epochs
   *     than this run's count, or if early stopping ended it and the count grew (more epochs
   *     would not train it further)
   */
  public RunSummary resume(RunDirectory out, ProgressReporter progress) {
    return resumeWithOutcome(out, progress).summary();
  }

  /**
   * {@link #resume}, saying also whether the run had already finished and which files it
   * rewrote, so that a caller can tell what happened truthfully.
   *
   * @throws RunException as {@link #resume} does
   */
  public Resumed resumeWithOutcome(RunDirectory out, ProgressReporter progress) {
    out.lock();
    try {
      return resumeLocked(out, progress);
    } finally {
      out.unlock();
    }
  }

  private Resumed resumeLocked(RunDirectory out, ProgressReporter progress) {
    Experiment saved = out.readConfig();
    checkSameConfiguration(out, saved);
    TrainedConfig.requireUnchanged(out, saved,
        "continuing would train one run under two configurations");
    if (Checkpoint.lostFromFinishedRun(out)) {
      // Started again from the first epoch, it would write over the finished run's outputs.
      throw new RunException(out + ": " + Checkpoint.LOST_FROM_FINISHED_RUN + "; resumed, it "
          + "would train again from the first epoch over the finished run's outputs: start a "
          + "new run instead");
    }
    out.removeStrayTemporaryFiles();
    claim.take();
    TrainingProgress from = Checkpoint.exists(out) ? Checkpoint.load(out, store, optimizer)
        : TrainingProgress.start();
    int recordedEpochs = saved.training().epochs();
    int epochs = experiment.training().epochs();
    List<String> rewritten = new ArrayList<>();
    Divergence diverged = out.readDivergence();
    if (diverged != null && epochs >= diverged.epoch()) {
      // Training is deterministic: from the same checkpoint it would go bad at the same epoch.
      throw new RunException(out + ": " + diverged.describe() + ", and resumed it would "
          + "diverge there again; start a new run with a lower learning rate");
    }
    // The settings a resume may change (TrainingSpec.withResumableSettingsOf), if it changed one.
    if (!saved.training().withResumableSettingsOf(experiment.training())
        .equals(saved.training())) {
      requireRoomFor(out, from, epochs, recordedEpochs);
      out.writeConfig(recordedIn(out));
      rewritten.add(RunDirectory.CONFIG);
    }
    if (out.rewriteMetrics(from.epochs())) {
      rewritten.add(RunDirectory.METRICS);
    }
    if (finished(from) && Files.isRegularFile(out.resolve(RunDirectory.SUMMARY))) {
      // summary.json is written last, so every output is there: probing again would only
      // repeat the same numbers. Unless it is the summary of an earlier finish, left by a run
      // trained on to more epochs (before runs cleared it) and cut off after its checkpoint.
      RunSummary recorded = out.readSummary();
      if (recorded.epochsRun() == from.epochs().size()) {
        return new Resumed(recorded, true, rewritten);
      }
    }
    return new Resumed(continueRun(out, from, progress), false, rewritten);
  }

  /**
   * Refuses a new {@code training.epochs} ({@code epochs}, where {@code config.json} records
   * {@code recordedEpochs}) that the run has already trained past, or more epochs for a run that
   * early stopping ended.
   */
  private void requireRoomFor(RunDirectory out, TrainingProgress from, int epochs,
      int recordedEpochs) {
    int done = from.epochs().size();
    if (done > epochs) {
      throw new RunException(out + ": the run has trained " + done + " epochs, more than the "
          + epochs + " asked for (training.epochs)");
    }
    if (epochs > recordedEpochs && from.outOfPatience(experiment.training().patience())) {
      throw new RunException(out + ": early stopping ended the run at epoch " + done
          + " (training.patience = " + experiment.training().patience() + "), so more epochs "
          + "would not train it further; start a new run with a larger --patience");
    }
  }

  /**
   * Whether training is over: all of the trainer's epochs trained, or early stopping ended it.
   * The trainer's options, not the experiment's: a binding may have supplied other ones.
   */
  private boolean finished(TrainingProgress progress) {
    TrainingOptions options = trainer.options();
    return progress.epochs().size() >= options.epochs()
        || progress.outOfPatience(options.patience());
  }

  /**
   * Refuses to continue a run with parameters trained under another configuration, which would
   * mix two experiments in one run directory.
   */
  private void checkSameConfiguration(RunDirectory out, Experiment saved) {
    Experiment asked = recorded()
        .withTraining(experiment.training().withResumableSettingsOf(saved.training()))
        .withOutput(new OutputSpec(saved.output().directory(), experiment.output().charts()));
    List<String> changes = ExperimentDifferences.between(saved,
        "in " + out.resolve(RunDirectory.CONFIG), asked, "here", Set.of());
    if (!changes.isEmpty()) {
      throw new RunException(out + ": the run was made with another configuration ("
          + String.join("; ", changes) + ")");
    }
  }

  private RunSummary continueRun(RunDirectory out, TrainingProgress from,
      ProgressReporter progress) {
    long start = System.nanoTime();
    double earlierSeconds = from.epochs().stream().mapToDouble(e -> e.seconds()).sum();
    // A resumed run that diverged before trains again (to fewer epochs than it got); one that
    // finished before and trains on has a summary of that finish, which it replaces at its end.
    out.clearDivergence();
    out.clearResults();
    progress.start(from.epochs().size(), trainer.options().epochs());
    // Closed however the run ends, so that a console bar does not stay open after a failure.
    try {
      return trainAndProbe(out, from, progress, start, earlierSeconds);
    } finally {
      progress.close();
    }
  }

  private RunSummary trainAndProbe(RunDirectory out, TrainingProgress from,
      ProgressReporter progress, long start, double earlierSeconds) {
    EpochListener listener = (result, improved, state) -> {
      out.appendMetrics(result);
      progress.epoch(result.epoch(), result.loss());
      if (result.epoch() % checkpointEvery == 0) {
        Checkpoint.save(out, store, optimizer, state);
      }
    };
    TrainingResult result;
    try {
      result = trainer.train(dataset.graph(), encoder, task, store, optimizer, listener, from);
    } catch (DivergenceException e) {
      out.writeDivergence(new Divergence(e.epoch(), e.what()));
      // On disk, the last checkpoint written before the divergence is what is kept.
      throw new DivergenceException(e.epoch(), e.what(), Checkpoint.exists(out)
          ? "the last checkpoint before it is kept in " + out.resolve(RunDirectory.CHECKPOINT)
          : "no checkpoint had been written, the first is at epoch "
              + experiment.training().firstCheckpointEpoch());
    } catch (TooFewRowsException e) {
      // What the run wrote stays: a resume trains again from its last checkpoint.
      throw named(e);
    }
    // The last epoch's state (and the best parameters, which evaluate --run reads), so that a
    // run cut off during the probe resumes without training again; the store now holds the
    // best epoch's parameters, which the embeddings use.
    Checkpoint.save(out, result.lastParameters(), optimizer, result.finalProgress());
    progress.stage("evaluating the embeddings with a linear probe...");
    INDArray embeddings = embed();
    ChosenProbe chosen = protocol.evaluate(probe, experiment.evaluation().probeC(), embeddings,
        dataset, experiment.evaluation().probeRepeats());
    progress.probed(chosen);
    ProbeReport report = chosen.report();
    out.writeEmbeddings(embeddings);
    // The rows the probe classified, pooled once (for a data set that labels graphs).
    INDArray probed = chosen.rows();
    if (dataset.labelLevel() == LabelLevel.GRAPH) {
      out.writeGraphEmbeddings(probed);
    }
    Charts.write(out, result, probed, dataset, taskName(), experiment.output().charts());
    double seconds = (System.nanoTime() - start) / 1e9 + earlierSeconds;
    RunSummary summary = new RunSummary(dataset.name(), taskName(), report.testMean(),
        report.testStd(), report.valMean(), report.valStd(), result.epochsRun(),
        result.bestEpoch(), result.stoppedEarly(), result.finalLoss(), result.bestLoss(),
        result.medianEpochSeconds(), seconds, chosen.probe().config().c(),
        dataset.labelLevel(), protocol);
    out.writeSummary(summary);
    return summary;
  }

  /**
   * The experiment as it was run: for a data set supplied by a binding, its name marked
   * {@linkplain DatasetSpec#bound as supplied}, not the spec that was not used; and the other
   * parts that bindings supplied, as {@linkplain Experiment#fromBindings() from bindings}.
   */
  public Experiment recorded() {
    Experiment e = experiment.withFromBindings(replaced.names());
    return origin == DatasetOrigin.BINDING ? e.withDataset(DatasetSpec.bound(dataset.name())) : e;
  }

  /**
   * What {@code config.json} in {@code out} records: {@link #recorded()}, with the directory the
   * run was written to (which the caller chose, not necessarily the experiment's).
   */
  private Experiment recordedIn(RunDirectory out) {
    return recorded().withOutput(new OutputSpec(out.path().toString(),
        experiment.output().charts()));
  }

  /**
   * The target node set's embeddings under the current (best) parameters, one row per node, as
   * {@code embeddings.npy} holds them. For a data set that labels graphs, {@link ProbeRows#of}
   * gives the rows its probe classifies (the linear probe, given the data set, makes them
   * itself).
   */
  public INDArray embed() {
    EncodedGraph encoded = encoder.encode(dataset.graph(), Tape.inference(), false);
    return encoded.state(dataset.targetNodeSet(), EncodedGraph.HIDDEN_STATE).value();
  }

  /**
   * {@code e} with the readout and the task named as the experiment names them, by type name
   * and class; the trainer knows neither name. A task that a binding supplied reads with a
   * readout the experiment does not name, and {@code e} stays as it is.
   */
  private TooFewRowsException named(TooFewRowsException e) {
    if (replaced.contains(Task.class)) {
      return e;
    }
    ReadoutSpec spec = experiment.task().readout();
    String readout = "the readout '" + SpecTypeNames.of(spec != null ? spec
        : new ReadoutSpec.AllNodes()) + "'" + (task instanceof ContrastiveLossTask c
        ? " (" + c.readout().getClass().getName() + ")" : "");
    return new TooFewRowsException(e.epoch(), e.step(), e.rows(), readout, task,
        RowsNeeded.task(taskName(), task));
  }

  /** The configured task's type name, or the class of a task a binding supplied instead. */
  private String taskName() {
    return replaced.contains(Task.class) ? task.getClass().getSimpleName()
        : TaskSpec.typeName(experiment.task());
  }
}
