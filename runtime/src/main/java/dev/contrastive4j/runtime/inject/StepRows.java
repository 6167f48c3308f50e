package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Task;

/**
 * Refuses a run in which some training step would give the task fewer rows than it needs
 * ({@link Task#minRowsPerStep()}), built-in task or plugin: a loss that takes statistics over
 * the rows gets nothing from one row (Barlow Twins standardizes each dimension, so every value
 * becomes 0 and the loss a constant; VICReg's variance and covariance terms are constant too,
 * leaving only its invariance term, which pulls the views together towards collapse). A
 * readout of one row per component (first node, pooling) gives a step as many rows as it has
 * components: on a data set of few graphs, with small mini-batches, or as the last mini-batch
 * of an epoch when few components are left over. Refused when the run is built, at
 * {@code task.readout}, rather than trained without a word.
 */
final class StepRows {
  private StepRows() {}

  /**
   * Checks that every step of {@code experiment} on {@code dataset} gives {@code task} the rows
   * it needs.
   *
   * @throws ConfigException at {@code task.readout}, saying which step is short and why the
   *     task needs more rows
   * @throws IllegalStateException if the task declares fewer than 1 row
   */
  static void require(Task task, Experiment experiment, GraphDataset dataset) {
    int needed = task.minRowsPerStep();
    if (needed < 1) {
      throw new IllegalStateException("the task " + task.getClass().getName() + " declares "
          + "minRowsPerStep() = " + needed + ", which must be at least 1");
    }
    ReadoutSpec readout = experiment.task().readout();
    if (needed == 1
        || !(readout instanceof ReadoutSpec.FirstNode || readout instanceof ReadoutSpec.Pool)) {
      return;
    }
    int components = dataset.graph().numComponents();
    int perStep = experiment.training().batchComponents();
    String perComponent = "the " + SpecTypeNames.of(readout) + " readout gives one row per "
        + "component, ";
    String why = why(task, experiment.task(), needed);
    if (perStep == 0 || perStep >= components) {
      if (components < needed) {
        throw new ConfigException("task.readout", perComponent + "so " + rows(components)
            + " per step on data set '" + dataset.name() + "', which " + (components == 1
                ? "is one graph" : "has " + components + " components (graphs)")
            + ", and " + why);
      }
      return;
    }
    if (perStep < needed) {
      throw new ConfigException("task.readout", perComponent + "so " + rows(perStep)
          + " per step with training.batch_components = " + perStep + ", and " + why);
    }
    int last = components % perStep;
    if (last > 0 && last < needed) {
      throw new ConfigException("task.readout", perComponent + "so " + rows(last) + " in each "
          + "epoch's last step (data set '" + dataset.name() + "' has " + components
          + " components, and training.batch_components = " + perStep + " leaves "
          + (last == 1 ? "one" : String.valueOf(last)) + " for it), and " + why + "; or "
          + "choose a batch size that leaves the last step " + (needed == 2
              ? "more than one component" : "at least " + needed + " components"));
    }
  }

  /** The task's own reason, or what it declares. */
  private static String why(Task task, TaskSpec spec, int needed) {
    String reason = task.minRowsPerStepReason();
    if (reason != null && !reason.isBlank()) {
      return reason;
    }
    return "the task '" + TaskSpec.typeName(spec) + "' (" + task.getClass().getName()
        + ") needs at least " + needed + " rows per step (its minRowsPerStep()); read every "
        + "node (all-nodes, the default)";
  }

  private static String rows(int n) {
    return n == 1 ? "one row" : n + " rows";
  }
}
