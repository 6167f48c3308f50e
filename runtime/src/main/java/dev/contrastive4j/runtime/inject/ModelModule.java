package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
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
    Task task = tasks.create(experiment.task(), dataset, store, encoder.outputDim(),
        experiment.seed());
    StepRows.require(task, experiment, dataset);
    return task;
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
