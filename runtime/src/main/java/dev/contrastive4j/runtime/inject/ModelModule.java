package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.encoders.HeteroEncoder;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;

/**
 * Provides what is trained: the parameter store (seeded by the experiment), the encoder and
 * the task (with its corruptor, readout and projector), all sharing that store.
 */
public final class ModelModule extends AbstractModule {
  @Provides
  @Singleton
  ParameterStore parameters(Experiment experiment) {
    return new ParameterStore(experiment.seed());
  }

  @Provides
  @Singleton
  Encoder encoder(Experiment experiment, GraphDataset dataset, ParameterStore store) {
    return Encoders.create(experiment.encoder(), dataset, store, experiment.seed());
  }

  @Provides
  @Singleton
  Task task(Experiment experiment, GraphDataset dataset, ParameterStore store, Encoder encoder,
      Tasks tasks) {
    requireEncoded(experiment, dataset, encoder);
    requireBatchesOfSeveralRows(experiment, dataset);
    return tasks.create(experiment.task(), dataset, store, encoder.outputDim(),
        experiment.seed());
  }

  /**
   * A task whose loss takes statistics over a batch's rows gets nothing from a batch of one
   * row: Barlow Twins standardizes each dimension over the rows, so every value becomes 0 and
   * the loss a constant; VICReg's variance and covariance terms are constant too, leaving only
   * its invariance term, which pulls the views together towards collapse. A readout of one row
   * per component (first node, pooling) gives such batches on a data set of one graph, with
   * mini-batches of one component, or as the last mini-batch when one component is left over;
   * refused now rather than trained without a word.
   */
  private static void requireBatchesOfSeveralRows(Experiment experiment, GraphDataset dataset) {
    String overOneRow = overOneRow(experiment.task());
    ReadoutSpec readout = experiment.task().readout();
    if (overOneRow == null
        || !(readout instanceof ReadoutSpec.FirstNode || readout instanceof ReadoutSpec.Pool)) {
      return;
    }
    int components = dataset.graph().numComponents();
    int perStep = experiment.training().batchComponents();
    String rows = "the " + SpecTypeNames.of(readout) + " readout gives one row per component, ";
    if (components == 1 || perStep == 1) {
      throw new ConfigException("task.readout", rows + "so one row per step " + (components == 1
              ? "on data set '" + dataset.name() + "', which is one graph"
              : "with training.batch_components = 1")
          + ", and " + overOneRow);
    }
    if (perStep > 1 && components > perStep && components % perStep == 1) {
      // The last mini-batch of an epoch is the one component left over.
      throw new ConfigException("task.readout", rows + "so one row in each epoch's last step "
          + "(data set '" + dataset.name() + "' has " + components + " components, and "
          + "training.batch_components = " + perStep + " leaves one for it), and " + overOneRow
          + "; or choose a batch size that leaves the last step more than one component");
    }
  }

  /**
   * What becomes of {@code task}'s loss over one row, with what to do instead; null for a task
   * whose loss does not need several rows.
   */
  private static String overOneRow(TaskSpec task) {
    if (task instanceof TaskSpec.BarlowTwinsSpec bt && bt.normalizeBatch()) {
      return "Barlow Twins standardizes each dimension over the rows (normalize_batch): its "
          + "loss would be constant and nothing would train; read every node (all-nodes, the "
          + "default) or set normalize_batch to false";
    }
    if (task instanceof TaskSpec.VicRegSpec v && (v.varWeight() > 0 || v.covWeight() > 0)) {
      return "VICReg's variance and covariance terms (var_weight, cov_weight) are taken over the "
          + "rows: over one row they are constant, and only the invariance term would train, "
          + "towards collapse; read every node (all-nodes, the default), or set var_weight and "
          + "cov_weight to 0 for the invariance term alone";
    }
    return null;
  }

  /**
   * The task reads a node set and feature that a built-in encoder computes: checked now, so
   * that a mismatch fails before a run starts rather than in its first step.
   */
  private static void requireEncoded(Experiment experiment, GraphDataset dataset,
      Encoder encoder) {
    List<String> encoded = Encoders.encodedNodeSets(encoder);
    if (encoded == null) {
      return;
    }
    // Named by the encoder that runs, which a binding may have put in place of the spec's.
    String type = Encoders.typeName(encoder);
    TaskSpec task = experiment.task();
    String nodeSet = Tasks.nodeSet(task, dataset);
    // An unknown node set, or one without nodes, is reported by Tasks.create.
    if (dataset.graph().nodeSets().containsKey(nodeSet)
        && dataset.graph().nodeSet(nodeSet).totalSize() > 0 && !encoded.contains(nodeSet)) {
      throw new ConfigException("task.node_set", "the " + type + " encoder computes states for "
          + (encoded.size() == 1 ? "node set '" + encoded.get(0) + "' only"
              : "node sets " + encoded + " only") + ", not '" + nodeSet + "'"
          + (encoder instanceof HeteroEncoder h ? "; a node set without input feature '"
              + h.featureName() + "' has no state, nor, with the self transform off, one that "
              + "no edge set reaches"
              : "; the hetero encoder computes every node set with an input feature"));
    }
    if (task.feature() != null && !task.feature().equals(EncodedGraph.HIDDEN_STATE)) {
      throw new ConfigException("task.feature", "the " + type + " encoder writes '"
          + EncodedGraph.HIDDEN_STATE + "' only, was '" + task.feature() + "'");
    }
  }
}
