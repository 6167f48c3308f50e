package dev.contrastive4j.runtime.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.runtime.config.ExperimentDifferences;
import dev.contrastive4j.runtime.evaluation.ChosenProbe;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.evaluation.ProbeReport;
import dev.contrastive4j.runtime.evaluation.ProbeProtocol;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.run.Checkpoint;
import dev.contrastive4j.runtime.run.CheckpointEpochs;
import dev.contrastive4j.runtime.run.Divergence;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.TrainedConfig;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code contrastive4j evaluate --run DIR}: rebuilds a run's model from its checkpoint with the
 * best parameters saved so far (a run still training or stopped early is evaluated as far as it
 * got), embeds the graph again and probes the embeddings; prints the accuracies as JSON, with
 * the epochs the checkpoint's run had trained and the epoch of the parameters probed.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Probe the embeddings of a trained run again (from its checkpoint) and print "
        + "the accuracies as JSON.")
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Option(names = "--run", required = true, paramLabel = "DIR", converter = NonBlankPath.class,
      description = "The run directory.")
  Path run;

  @Option(names = "--probe-repeats", paramLabel = "N",
      description = "Linear probes to fit (default: the run's setting).")
  Integer probeRepeats;

  @Override
  public Integer call() throws Exception {
    RunDirectory dir = RunDirectory.open(run);
    Experiment saved = dir.readConfigToRebuild("evaluate");
    Experiment experiment = saved;
    if (!Checkpoint.exists(dir)) {
      if (dir.inUse()) {
        // Not "stopped": resuming it now would be refused, the run is still training.
        throw new UserInputException(run + ": has no checkpoint yet: the run is still training "
            + "and writes its first one at epoch " + saved.training().firstCheckpointEpoch()
            + " (or at its end); evaluate it after that");
      }
      Divergence diverged = dir.readDivergence();
      if (diverged != null) {
        // Resuming would only diverge again: say what happened instead.
        throw new UserInputException(run + ": has no checkpoint: " + diverged.describe()
            + ", before its first checkpoint at epoch " + saved.training().firstCheckpointEpoch()
            + ", so there is nothing to evaluate; start a new run with a lower learning rate");
      }
      if (Checkpoint.lostFromFinishedRun(dir)) {
        // Resuming it would train it again over its outputs: the summary and embeddings
        // written at its end are what is left.
        throw new UserInputException(run + ": " + Checkpoint.LOST_FROM_FINISHED_RUN + "; evaluate "
            + "rebuilds the model from it, so it cannot probe this run again (its summary.json "
            + "and " + RunDirectory.EMBEDDINGS + " hold what the run's own probe found and "
            + "used)");
      }
      throw new UserInputException(run + ": has no checkpoint: the run stopped before its "
          + "first one; finish it with '" + CommandName.resume(run) + "'");
    }
    if (probeRepeats != null) {
      experiment = experiment.withEvaluation(
          experiment.evaluation().withProbeRepeats(probeRepeats));
    }
    // A refusal of a field of config.json names it, as train --resume's do; one of the field
    // --probe-repeats sets is the option's.
    ConfigFileRefusals fromFile = new ConfigFileRefusals(dir.resolve(RunDirectory.CONFIG),
        ExperimentDifferences.fields(saved, experiment), saved.dataset().dataDir());
    Injector injector;
    ExperimentRun rebuilt;
    try {
      if (probeRepeats != null) {
        // Checked as train checks its options: at the field the option sets, before any work.
        experiment = ExperimentValidator.validate(experiment);
      }
      injector = Guice.createInjector(new RunModule(experiment));
      // Building the run creates every parameter; only then can the checkpoint fill them.
      rebuilt = injector.getInstance(ExperimentRun.class);
    } catch (RuntimeException refused) {
      throw fromFile.attribute(refused);
    }
    ChangedPlanetoidFilesNote.of(experiment.dataset())
        .ifPresent(spec.commandLine().getErr()::println);
    // Rebuilt from an edited config.json, the model would not be the one trained, and the
    // numbers would be another model's without a word. Checked where --resume checks it: once
    // the run is built, so that what does not fit the data is told first, as there.
    TrainedConfig.requireUnchanged(dir, saved, "evaluating it would probe another model than "
        + "the one trained");
    CheckpointEpochs probed =
        Checkpoint.loadBest(dir, injector.getInstance(ParameterStore.class));
    var embeddings = rebuilt.embed();
    GraphDataset dataset = injector.getInstance(GraphDataset.class);
    // The run's own protocol, so the numbers are comparable with its summary.json.
    ProbeProtocol protocol = ProbeProtocol.of(experiment.evaluation());
    ChosenProbe chosen = protocol.evaluate(injector.getInstance(LinearProbe.class),
        experiment.evaluation().probeC(), embeddings, dataset,
        experiment.evaluation().probeRepeats());
    ProbeReport report = chosen.report();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("run", run.toString());
    out.put("test_accuracy", report.testMean());
    out.put("test_accuracy_std", report.testStd());
    out.put("val_accuracy", report.valMean());
    out.put("val_accuracy_std", report.valStd());
    // Which parameters were probed: a run still training, or stopped, is probed as far as it got.
    out.put("epochs_run", probed.epochsRun());
    out.put("best_epoch", probed.bestEpoch());
    out.put("probe_c", chosen.probe().config().c());
    out.put("probe_level", dataset.labelLevel().id());
    out.put("probe_protocol", protocol.id());
    JsonOutput.print(spec.commandLine().getOut(), out);
    chosen.cAtEdge().ifPresent(edge ->
        spec.commandLine().getErr().println(ProbeCEdgeNote.of(edge, run)));
    return 0;
  }
}
