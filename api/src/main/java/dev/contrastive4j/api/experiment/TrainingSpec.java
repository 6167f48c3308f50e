package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * How to train: Adam with the given learning rate and (L2) weight decay, early stopping on the
 * training loss, and the parameters of the epoch with the best loss kept at the end. Defaults
 * are Deep Graph Infomax's: learning rate 0.001, no weight decay, patience 20, and at most 1000
 * epochs (the paper trains until early stopping ends the run).
 *
 * @param epochs the most epochs, at least 1
 * @param learningRate Adam's learning rate, greater than 0
 * @param weightDecay L2 weight decay added to the gradients (PyTorch's Adam weight_decay), at
 *     least 0
 * @param patience epochs without a better loss before stopping, at least 0; 0 never stops early
 * @param metricsEvery compute the task's metrics every this many epochs, at least 1 (default 50:
 *     the SVD metrics cost several training steps)
 * @param batchComponents train on mini-batches of this many components (graphs) per step; 0
 *     (the default) trains on the whole graph in one step. A run refuses more than 0 for a data
 *     set of one graph, which would train in one step all the same
 * @param shuffleComponents whether mini-batches take the components in a new random order each
 *     epoch, drawn from the experiment's seed (the default, true), or in the data set's order
 *     every epoch (false). Only mini-batches have an order: false with {@code batchComponents}
 *     0 would change nothing, and is refused
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainingSpec(@Nullable Integer epochs, @Nullable Double learningRate,
    @Nullable Double weightDecay, @Nullable Integer patience, @Nullable Integer metricsEvery,
    @Nullable Integer batchComponents, @Nullable Boolean shuffleComponents) {
  /** Deep Graph Infomax's schedule. */
  public static final TrainingSpec DEFAULT = new TrainingSpec(null, null, null, null, null);

  /** Full-batch training with the given settings. */
  public TrainingSpec(@Nullable Integer epochs, @Nullable Double learningRate,
      @Nullable Double weightDecay, @Nullable Integer patience, @Nullable Integer metricsEvery) {
    this(epochs, learningRate, weightDecay, patience, metricsEvery, null);
  }

  /** Training with the given settings, mini-batches (if any) in a new order each epoch. */
  public TrainingSpec(@Nullable Integer epochs, @Nullable Double learningRate,
      @Nullable Double weightDecay, @Nullable Integer patience, @Nullable Integer metricsEvery,
      @Nullable Integer batchComponents) {
    this(epochs, learningRate, weightDecay, patience, metricsEvery, batchComponents, null);
  }

  /** Puts the default in for every null setting. */
  public TrainingSpec {
    epochs = epochs == null ? 1000 : epochs;
    learningRate = learningRate == null ? 0.001 : learningRate;
    weightDecay = weightDecay == null ? 0.0 : weightDecay;
    patience = patience == null ? 20 : patience;
    metricsEvery = metricsEvery == null ? 50 : metricsEvery;
    batchComponents = batchComponents == null ? 0 : batchComponents;
    shuffleComponents = shuffleComponents == null ? Boolean.TRUE : shuffleComponents;
  }

  /** Components per mini-batch step; 0 for the whole graph. Never null. */
  @Override
  public Integer batchComponents() {
    return batchComponents;
  }

  /**
   * Whether mini-batches take the components in a new random order each epoch (else in the
   * data set's order); never null.
   */
  @Override
  public Boolean shuffleComponents() {
    return shuffleComponents;
  }

  /** The most epochs; never null. */
  @Override
  public Integer epochs() {
    return epochs;
  }

  /** Adam's learning rate; never null. */
  @Override
  public Double learningRate() {
    return learningRate;
  }

  /** The L2 weight decay; never null. */
  @Override
  public Double weightDecay() {
    return weightDecay;
  }

  /** Epochs without a better loss before stopping (0: never); never null. */
  @Override
  public Integer patience() {
    return patience;
  }

  /** Compute metrics every this many epochs; never null. */
  @Override
  public Integer metricsEvery() {
    return metricsEvery;
  }

  /** These settings with another number of epochs. */
  public TrainingSpec withEpochs(int value) {
    return new TrainingSpec(value, learningRate, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents);
  }

  /** These settings with another learning rate. */
  public TrainingSpec withLearningRate(double value) {
    return new TrainingSpec(epochs, value, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents);
  }
}
