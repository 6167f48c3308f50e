package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * How to train: Adam with the given learning rate and (L2) weight decay, early stopping on the
 * training loss, and the parameters of the epoch with the best loss kept at the end. Defaults:
 * learning rate 0.001, no weight decay; the epochs and the patience default to the task's
 * schedule ({@link TaskSpec#defaultTraining()}), which an {@link Experiment} puts in:
 * Deep Graph Infomax's (at most 1000 epochs, patience 20: the paper trains until early stopping
 * ends the run) unless the task gives another; Barlow Twins, VICReg and triplet train a fixed
 * number of epochs, since their loss keeps falling long after their embeddings stop improving.
 *
 * @param epochs the most epochs, at least 1; null: the task's default
 * @param learningRate Adam's learning rate, greater than 0
 * @param weightDecay L2 weight decay added to the gradients (PyTorch's Adam weight_decay), at
 *     least 0
 * @param patience epochs without a better loss before stopping, at least 0; 0 never stops early;
 *     null: the task's default
 * @param metricsEvery compute the task's metrics every this many epochs, at least 1 (default 50:
 *     the SVD metrics cost several training steps)
 * @param batchComponents train on mini-batches of this many components (graphs) per step; 0
 *     (the default) trains on the whole graph in one step. A run refuses more than 0 for a data
 *     set of one graph, which would train in one step all the same
 * @param shuffleComponents whether mini-batches take the components in a new random order each
 *     epoch, drawn from the experiment's seed (the default, true), or in the data set's order
 *     every epoch (false). Only mini-batches have an order: false with {@code batchComponents}
 *     0 would change nothing, and is refused
 * @param checkpointEvery write the run's checkpoint every this many epochs (and at the end), at
 *     least 1 (default 50). A stopped run resumes from its last checkpoint, so this bounds the
 *     epochs it trains again; each checkpoint writes the parameters and the optimizer state and
 *     syncs a dozen files to disk, which is why it is not every epoch. It does not change the
 *     numbers, so a resumed run may change it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainingSpec(@Nullable Integer epochs, @Nullable Double learningRate,
    @Nullable Double weightDecay, @Nullable Integer patience, @Nullable Integer metricsEvery,
    @Nullable Integer batchComponents, @Nullable Boolean shuffleComponents,
    @Nullable Integer checkpointEvery) {
  /** Every default; the epochs and the patience are the task's. */
  public static final TrainingSpec DEFAULT = new TrainingSpec(null, null, null, null, null);

  /**
   * Deep Graph Infomax's schedule, every task's unless it gives another: at most 1000 epochs,
   * stopping after 20 without a lower loss.
   */
  public static final TrainingSpec EARLY_STOPPING = new TrainingSpec(1000, null, null, 20, null);

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

  /** Training with the given settings, a checkpoint every 50 epochs. */
  public TrainingSpec(@Nullable Integer epochs, @Nullable Double learningRate,
      @Nullable Double weightDecay, @Nullable Integer patience, @Nullable Integer metricsEvery,
      @Nullable Integer batchComponents, @Nullable Boolean shuffleComponents) {
    this(epochs, learningRate, weightDecay, patience, metricsEvery, batchComponents,
        shuffleComponents, null);
  }

  /**
   * Puts the default in for every null setting but the epochs and the patience, which depend on
   * the task ({@link #resolvedFor}).
   */
  public TrainingSpec {
    learningRate = learningRate == null ? 0.001 : learningRate;
    weightDecay = weightDecay == null ? 0.0 : weightDecay;
    metricsEvery = metricsEvery == null ? 50 : metricsEvery;
    batchComponents = batchComponents == null ? 0 : batchComponents;
    shuffleComponents = shuffleComponents == null ? Boolean.TRUE : shuffleComponents;
    checkpointEvery = checkpointEvery == null ? 50 : checkpointEvery;
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

  /**
   * A schedule of exactly {@code epochs} epochs, without early stopping: Barlow Twins', VICReg's
   * and triplet's default.
   */
  public static TrainingSpec fixedEpochs(int epochs) {
    return new TrainingSpec(epochs, null, null, 0, null);
  }

  /**
   * These settings with the task's default schedule ({@link TaskSpec#defaultTraining()}) put in
   * for unset epochs and patience; the settings of an {@link Experiment}, which calls it.
   */
  public TrainingSpec resolvedFor(TaskSpec task) {
    if (epochs != null && patience != null) {
      return this;
    }
    TrainingSpec schedule = task.defaultTraining();
    return new TrainingSpec(epochs != null ? epochs : schedule.epochs, learningRate, weightDecay,
        patience != null ? patience : schedule.patience, metricsEvery, batchComponents,
        shuffleComponents, checkpointEvery);
  }

  /** The most epochs; null (unset) until {@link #resolvedFor} puts the task's in. */
  @Override
  public @Nullable Integer epochs() {
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

  /**
   * Epochs without a better loss before stopping (0: never); null (unset) until
   * {@link #resolvedFor} puts the task's in.
   */
  @Override
  public @Nullable Integer patience() {
    return patience;
  }

  /** Compute metrics every this many epochs; never null. */
  @Override
  public Integer metricsEvery() {
    return metricsEvery;
  }

  /** Write a checkpoint every this many epochs; never null. */
  @Override
  public Integer checkpointEvery() {
    return checkpointEvery;
  }

  /**
   * The epoch of a run's first checkpoint: {@code checkpointEvery}, or the last epoch if that
   * comes first (a run also writes one at its end, which early stopping may bring sooner).
   *
   * @throws IllegalStateException if the epochs are unset: the settings of an experiment have
   *     them ({@link #resolvedFor})
   */
  public int firstCheckpointEpoch() {
    if (epochs == null) {
      throw new IllegalStateException("training.epochs is unset; the first checkpoint is that "
          + "of an experiment's settings, which have the task's epochs");
    }
    return Math.min(checkpointEvery, epochs);
  }

  /** These settings with another number of epochs. */
  public TrainingSpec withEpochs(int value) {
    return new TrainingSpec(value, learningRate, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents, checkpointEvery);
  }

  /** These settings with another learning rate. */
  public TrainingSpec withLearningRate(double value) {
    return new TrainingSpec(epochs, value, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents, checkpointEvery);
  }

  /** These settings with another checkpoint interval. */
  public TrainingSpec withCheckpointEvery(int value) {
    return new TrainingSpec(epochs, learningRate, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents, value);
  }

  /**
   * These settings with the epochs and checkpoint interval of {@code other}: the two settings a
   * resumed run may change, since neither changes the numbers of the epochs it has trained.
   */
  public TrainingSpec withResumableSettingsOf(TrainingSpec other) {
    return new TrainingSpec(other.epochs, learningRate, weightDecay, patience, metricsEvery,
        batchComponents, shuffleComponents, other.checkpointEvery);
  }
}
