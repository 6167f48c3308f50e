package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.tensor.WeightDecay;
import dev.contrastive4j.runtime.training.Trainer;
import dev.contrastive4j.runtime.training.TrainingOptions;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Provides the training options (checked against the data set), the optimizer (ND4J's Adam with
 * L2 weight decay) and the trainer.
 */
public final class TrainingModule extends AbstractModule {
  @Provides
  @Singleton
  TrainingOptions options(Experiment experiment, GraphDataset dataset) {
    TrainingSpec t = experiment.training();
    if (t.epochs() < 1) {
      throw new ConfigException("training.epochs", "must be at least 1, was " + t.epochs());
    }
    if (t.patience() < 0) {
      throw new ConfigException("training.patience", "must be >= 0, was " + t.patience());
    }
    if (t.metricsEvery() < 1) {
      throw new ConfigException("training.metrics_every", "must be at least 1, was "
          + t.metricsEvery());
    }
    if (t.batchComponents() < 0) {
      throw new ConfigException("training.batch_components", "must be >= 0, was "
          + t.batchComponents());
    }
    if (!t.shuffleComponents() && t.batchComponents() == 0) {
      // An experiment made in code is not validated as a file is: refused here all the same.
      throw new ConfigException("training.shuffle_components", "only mini-batches take the "
          + "components in an order, and training.batch_components 0 is the whole graph in "
          + "one step; leave it at true, was false");
    }
    int components = dataset.graph().numComponents();
    // A mini-batch of every component is the whole graph: the setting would change nothing.
    if (t.batchComponents() > 0 && components == 1) {
      throw new ConfigException("training.batch_components", "only a data set of many graphs "
          + "(components) trains in mini-batches of them, but data set '" + dataset.name()
          + "' is one graph; leave it at 0, was " + t.batchComponents());
    }
    if (t.batchComponents() > 0 && t.batchComponents() >= components) {
      throw new ConfigException("training.batch_components", "data set '" + dataset.name()
          + "' has " + components + " components (graphs), so a mini-batch of " + components
          + " or more is the whole graph in one step, as 0 is; use fewer than " + components
          + ", or 0, was " + t.batchComponents());
    }
    if (t.batchComponents() > 0) {
      requireNodesInEveryComponent(experiment, dataset);
    }
    return new TrainingOptions(t.epochs(), t.patience(), 0.0, t.metricsEvery(),
        t.batchComponents(), experiment.seed(), t.shuffleComponents());
  }

  /**
   * Mini-batches take the components in a new random order every epoch (or, not shuffled,
   * consecutively), so components without nodes in the node set the task reads out could make
   * up a whole mini-batch, which would have nothing to train on (and which the encoders cannot
   * encode: ND4J refuses arrays without rows). Refused now rather than failing in the middle of
   * training.
   */
  private static void requireNodesInEveryComponent(Experiment experiment, GraphDataset dataset) {
    String nodeSet = Tasks.nodeSet(experiment.task(), dataset);
    // An unknown node set is reported at task.node_set.
    if (!dataset.graph().nodeSets().containsKey(nodeSet)) {
      return;
    }
    long[] sizes = dataset.graph().nodeSet(nodeSet).sizes();
    for (int c = 0; c < sizes.length; c++) {
      if (sizes[c] == 0) {
        throw new ConfigException("training.batch_components", "in mini-batches every "
            + "component needs a node of node set '" + nodeSet + "', which the task reads out, "
            + "but component " + c + " of data set '" + dataset.name() + "' has none (a "
            + "mini-batch of such components would train on nothing); leave out the components "
            + "without nodes, or train on the whole graph (0), was "
            + experiment.training().batchComponents());
      }
    }
  }

  @Provides
  @Singleton
  Optimizer optimizer(Experiment experiment, ParameterStore store) {
    TrainingSpec t = experiment.training();
    if (!(t.learningRate() > 0) || Double.isInfinite(t.learningRate())) {
      throw new ConfigException("training.learning_rate", "must be positive, was "
          + t.learningRate());
    }
    if (!(t.weightDecay() >= 0) || Double.isInfinite(t.weightDecay())) {
      throw new ConfigException("training.weight_decay", "must be >= 0, was "
          + t.weightDecay());
    }
    WeightDecay decay = t.weightDecay() == 0 ? WeightDecay.none() : WeightDecay.l2(t.weightDecay());
    return new Optimizer(store, new Adam(t.learningRate()), decay);
  }

  @Provides
  @Singleton
  Trainer trainer(TrainingOptions options) {
    return new Trainer(options);
  }
}
