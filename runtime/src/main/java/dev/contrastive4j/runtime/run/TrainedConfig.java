package dev.contrastive4j.runtime.run;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.config.ExperimentDifferences;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The configuration a run's checkpoint was trained under (its copy of {@code config.json}),
 * against which the run's {@code config.json} is checked before the run is resumed or evaluated:
 * an edit in a field that shapes training would continue, or probe, another model than the one
 * trained.
 */
public final class TrainedConfig {
  private TrainedConfig() {}

  /**
   * Refuses {@code saved} (the run's {@code config.json}) if it differs from the configuration
   * of {@code out}'s checkpoint in a field that shapes training. The epochs, the checkpoint
   * interval, where the data set is read from (it may have moved), the probe and the output may
   * change. A run without a
   * checkpoint, or with one written before checkpoints kept the configuration, passes.
   *
   * @param consequence what would happen otherwise, for the message (e.g. "continuing would
   *     train one run under two configurations")
   * @throws RunException naming {@code config.json} and each changed field
   */
  public static void requireUnchanged(RunDirectory out, Experiment saved, String consequence) {
    Path copy = Checkpoint.trainedConfig(out);
    if (copy == null) {
      return;
    }
    Experiment trained;
    try {
      trained = ExperimentFiles.read(copy);
    } catch (ConfigValidationException e) {
      throw new RunException(e.getMessage(), e);
    }
    Experiment comparable = trained.withTraining(trained.training()
            .withResumableSettingsOf(saved.training()))
        .withDataset(trained.dataset().withName(saved.dataset().name())
            .withDataDir(saved.dataset().dataDir()))
        .withEvaluation(saved.evaluation())
        .withOutput(saved.output());
    List<String> changes = ExperimentDifferences.between(comparable, "in " + copy, saved,
        "here", Set.of());
    if (!changes.isEmpty()) {
      throw new RunException(out.resolve(RunDirectory.CONFIG) + ": was changed after the "
          + "run's checkpoint was written (" + String.join("; ", changes) + "); " + consequence
          + ": undo the change, or start a new run");
    }
  }
}
