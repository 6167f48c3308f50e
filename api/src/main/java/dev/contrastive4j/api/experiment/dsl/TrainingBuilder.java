package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import org.jspecify.annotations.Nullable;

/**
 * Configures the {@link TrainingSpec} of an experiment. The epochs and the patience start unset
 * (null), which means the task's ({@link TaskSpec#defaultTraining()}).
 */
public final class TrainingBuilder extends BlockBuilder {
  private @Nullable Integer epochs;
  private double learningRate;
  private double weightDecay;
  private @Nullable Integer patience;
  private int metricsEvery;
  private int batchComponents;
  private boolean shuffleComponents;
  private int checkpointEvery;

  TrainingBuilder(TrainingSpec start) {
    epochs = start.epochs();
    learningRate = start.learningRate();
    weightDecay = start.weightDecay();
    patience = start.patience();
    metricsEvery = start.metricsEvery();
    batchComponents = start.batchComponents();
    shuffleComponents = start.shuffleComponents();
    checkpointEvery = start.checkpointEvery();
  }

  TrainingSpec build() {
    return new TrainingSpec(epochs, learningRate, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents, checkpointEvery);
  }

  /**
   * The most epochs, at least 1; null (the default) for the task's: 1000 with early stopping
   * for DGI, 100 for Barlow Twins, 200 for VICReg, 50 for triplet.
   */
  public @Nullable Integer getEpochs() {
    return epochs;
  }

  /** Sets the most epochs; null for the task's. */
  public void setEpochs(@Nullable Integer value) {
    checkOpen();
    epochs = value;
  }

  /** Sets the most epochs. */
  public TrainingBuilder epochs(int value) {
    setEpochs(value);
    return this;
  }

  /** Adam's learning rate, greater than 0 (default 0.001). */
  public double getLearningRate() {
    return learningRate;
  }

  /** Sets Adam's learning rate. */
  public void setLearningRate(double value) {
    checkOpen();
    learningRate = value;
  }

  /** Sets Adam's learning rate. */
  public TrainingBuilder learningRate(double value) {
    setLearningRate(value);
    return this;
  }

  /** L2 weight decay added to the gradients, at least 0 (default 0). */
  public double getWeightDecay() {
    return weightDecay;
  }

  /** Sets the L2 weight decay. */
  public void setWeightDecay(double value) {
    checkOpen();
    weightDecay = value;
  }

  /** Sets the L2 weight decay. */
  public TrainingBuilder weightDecay(double value) {
    setWeightDecay(value);
    return this;
  }

  /**
   * Epochs without a better loss before stopping, at least 0; 0 never stops; null (the default)
   * for the task's: 20 for DGI, 0 for Barlow Twins, VICReg and triplet.
   */
  public @Nullable Integer getPatience() {
    return patience;
  }

  /** Sets the early-stopping patience; null for the task's. */
  public void setPatience(@Nullable Integer value) {
    checkOpen();
    patience = value;
  }

  /** Sets the early-stopping patience. */
  public TrainingBuilder patience(int value) {
    setPatience(value);
    return this;
  }

  /** Compute the task's metrics every this many epochs, at least 1 (default 50). */
  public int getMetricsEvery() {
    return metricsEvery;
  }

  /** Sets how often the task's metrics are computed. */
  public void setMetricsEvery(int value) {
    checkOpen();
    metricsEvery = value;
  }

  /** Sets how often the task's metrics are computed. */
  public TrainingBuilder metricsEvery(int value) {
    setMetricsEvery(value);
    return this;
  }

  /** Components (graphs) per mini-batch; 0 (the default) trains on the whole graph at once. */
  public int getBatchComponents() {
    return batchComponents;
  }

  /** Sets the components (graphs) per mini-batch; 0 for full-batch training. */
  public void setBatchComponents(int value) {
    checkOpen();
    batchComponents = value;
  }

  /** Sets the components (graphs) per mini-batch; 0 for full-batch training. */
  public TrainingBuilder batchComponents(int value) {
    setBatchComponents(value);
    return this;
  }

  /**
   * Whether mini-batches take the components in a new random order each epoch, drawn from the
   * experiment's seed (default true); false takes them in the data set's order every epoch.
   */
  public boolean getShuffleComponents() {
    return shuffleComponents;
  }

  /** Sets whether mini-batches take the components in a new random order each epoch. */
  public void setShuffleComponents(boolean value) {
    checkOpen();
    shuffleComponents = value;
  }

  /** Sets whether mini-batches take the components in a new random order each epoch. */
  public TrainingBuilder shuffleComponents(boolean value) {
    setShuffleComponents(value);
    return this;
  }

  /** Write the run's checkpoint every this many epochs, at least 1 (default 50). */
  public int getCheckpointEvery() {
    return checkpointEvery;
  }

  /** Sets how often the run's checkpoint is written. */
  public void setCheckpointEvery(int value) {
    checkOpen();
    checkpointEvery = value;
  }

  /** Sets how often the run's checkpoint is written. */
  public TrainingBuilder checkpointEvery(int value) {
    setCheckpointEvery(value);
    return this;
  }
}
