package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.training.RowsNeeded;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Refuses a run in which some training step would give the task fewer rows than it needs
 * ({@link Task#minRowsPerStep()}), built-in task or plugin: a loss that takes statistics over
 * the rows gets nothing from one row (Barlow Twins standardizes each dimension, so every value
 * becomes 0 and the loss a constant; VICReg's variance and covariance terms are constant too,
 * leaving only its invariance term, which pulls the views together towards collapse).
 *
 * <p>A readout of one row per component (first node, pooling) gives a step as many rows as it
 * has components: few on a data set of few graphs, with small mini-batches, or in the last
 * mini-batch of an epoch when few components are left over. Reading every node (the default)
 * gives a step as many rows as its components have nodes of the node set: few on a graph of a
 * single node, or in mini-batches that may draw graphs of one node. Refused when the run is
 * built, at {@code task.readout}, rather than trained without a word. A plugin readout's rows
 * are not known before it runs: the trainer counts the rows of every step, and stops at the
 * first that has too few ({@link dev.contrastive4j.runtime.training.TooFewRowsException}).
 */
final class StepRows {
  private StepRows() {}

  /**
   * Checks that every step of {@code experiment} on {@code dataset} gives {@code task} the rows
   * it needs.
   *
   * @throws ConfigException at {@code task.readout}, saying which step is short, why the task
   *     needs more rows and what would give them
   * @throws IllegalStateException if the task declares fewer than 1 row
   */
  static void require(Task task, Experiment experiment, GraphDataset dataset) {
    int needed = task.minRowsPerStep();
    if (needed < 1) {
      throw new IllegalStateException("the task " + task.getClass().getName() + " declares "
          + "minRowsPerStep() = " + needed + ", which must be at least 1");
    }
    if (needed == 1) {
      return;
    }
    ReadoutSpec readout = experiment.task().readout();
    TrainingSpec training = experiment.training();
    Shortfall shortfall;
    if (readout == null || readout instanceof ReadoutSpec.AllNodes) {
      shortfall = everyNode(dataset, Tasks.nodeSet(experiment.task(), dataset), training,
          needed);
    } else if (readout instanceof ReadoutSpec.FirstNode || readout instanceof ReadoutSpec.Pool) {
      shortfall = perComponent(SpecTypeNames.of(readout), dataset, training, needed);
    } else {
      // A plugin readout: its rows are counted when it reads, by the trainer.
      return;
    }
    if (shortfall == null) {
      return;
    }
    throw new ConfigException("task.readout", shortfall.facts() + ", and " + RowsNeeded.why(
        task, RowsNeeded.task(TaskSpec.typeName(experiment.task()), task), shortfall.remedies()));
  }

  /**
   * A short step in words: what the readout gives it, and what in the readout or the batches
   * would give it more rows (none when only the task can change).
   */
  private record Shortfall(String facts, List<String> remedies) {}

  /** The short step of a readout of one row per component, or null if none is short. */
  private static Shortfall perComponent(String type, GraphDataset dataset, TrainingSpec training,
      int needed) {
    long[] one = new long[dataset.graph().numComponents()];
    Arrays.fill(one, 1);
    ShortStep step = ShortStep.find(one, training.batchComponents(),
        training.shuffleComponents(), needed);
    if (step == null) {
      return null;
    }
    int components = one.length;
    int perStep = training.batchComponents();
    String facts = "the " + type + " readout gives one row per component, so "
        + rows(step.rows()) + switch (step.kind()) {
          case WHOLE_GRAPH -> " per step on data set '" + dataset.name() + "', which "
              + (components == 1 ? "is one graph" : "has " + components
                  + " components (graphs)");
          case FULL_STEP -> " per step with training.batch_components = " + perStep;
          case LAST_STEP -> " in each epoch's last step (data set '" + dataset.name() + "' has "
              + components + " components, and training.batch_components = " + perStep
              + " leaves " + count(step.rows()) + " for it)";
        };
    List<String> remedies = new ArrayList<>(List.of("read every node (all-nodes, the default)"));
    if (step.kind() == ShortStep.Kind.LAST_STEP) {
      remedies.add(largerLastStep(needed));
    }
    return new Shortfall(facts, remedies);
  }

  /** The short step of reading every node, or null if none is short. */
  private static Shortfall everyNode(GraphDataset dataset, String nodeSet, TrainingSpec training,
      int needed) {
    long[] nodes = dataset.graph().nodeSet(nodeSet).sizes();
    int perStep = training.batchComponents();
    boolean miniBatches = perStep > 0 && perStep < nodes.length;
    if (miniBatches && Arrays.stream(nodes).anyMatch(n -> n == 0)) {
      // Refused at training.batch_components, which says what to do about such components.
      return null;
    }
    boolean shuffled = training.shuffleComponents();
    ShortStep step = ShortStep.find(nodes, perStep, shuffled, needed);
    if (step == null) {
      return null;
    }
    String facts = "the all-nodes readout gives one row per node of node set '" + nodeSet
        + "', so " + rows(step.rows());
    String taken = components(step.components()) + " of data set '" + dataset.name() + "' ("
        + (step.rows() == 1 ? "one node" : step.rows() + " nodes") + " of the set"
        + (step.components().length > 1 ? " in all" : "") + ")";
    String order = " in the data set's order (training.shuffle_components false)";
    facts += switch (step.kind()) {
      case WHOLE_GRAPH -> " per step on data set '" + dataset.name() + "', which has "
          + (step.rows() == 1 ? "one such node" : step.rows() + " such nodes");
      case FULL_STEP -> (shuffled ? " in a step that draws " + taken
          : " in step " + step.step() + " of each epoch, which takes " + taken)
          + " with training.batch_components = " + perStep + (shuffled ? "" : order);
      case LAST_STEP -> (shuffled ? " in an epoch's last step when it draws " + taken
          : " in each epoch's last step, which takes " + taken) + ", as "
          + "training.batch_components = " + perStep + (shuffled ? "" : order) + " leaves "
          + count(step.components().length) + " of the " + nodes.length
          + " components for it";
    };
    List<String> remedies = switch (step.kind()) {
      case WHOLE_GRAPH -> List.of();
      case FULL_STEP -> List.of("train on more components per step "
          + "(training.batch_components), or on the whole graph (0)");
      case LAST_STEP -> List.of(largerLastStep(needed));
    };
    return new Shortfall(facts, remedies);
  }

  private static String largerLastStep(int needed) {
    return "choose a batch size that leaves the last step " + (needed == 2
        ? "more than one component" : "at least " + needed + " components");
  }

  /** {@code component 3}, {@code components 0 and 3}, {@code components 0, 3 and 5}. */
  private static String components(int[] components) {
    if (components.length == 1) {
      return "component " + components[0];
    }
    String all = Arrays.stream(components).mapToObj(String::valueOf)
        .collect(Collectors.joining(", "));
    int lastComma = all.lastIndexOf(", ");
    return "components " + all.substring(0, lastComma) + " and " + all.substring(lastComma + 2);
  }

  private static String rows(long n) {
    return n == 1 ? "one row" : n + " rows";
  }

  private static String count(long n) {
    return n == 1 ? "one" : String.valueOf(n);
  }
}
