package dev.contrastive4j.runtime.training;

/**
 * How long and how carefully to train.
 *
 * @param epochs the most epochs to run
 * @param patience stop after this many epochs without a lower training loss (DGI uses 20);
 *     0 turns early stopping off
 * @param minDelta how much lower a loss must be to count as better
 * @param metricsEvery compute the task's metrics every this many epochs (and on the last);
 *     the SVD metrics cost several training steps
 * @param componentsPerBatch train on mini-batches of this many components per step; 0 trains
 *     on the whole graph in one step
 * @param seed the seed of the order in which mini-batches take the components, a new one every
 *     epoch ({@link ComponentBatches#shuffledOrder})
 * @param shuffleComponents whether mini-batches take the components in that new order every
 *     epoch; false takes them in the graph's order every epoch (and {@code seed} is not used)
 */
public record TrainingOptions(int epochs, int patience, double minDelta, int metricsEvery,
    int componentsPerBatch, long seed, boolean shuffleComponents) {
  /**
   * The Deep Graph Infomax defaults: up to 1000 epochs, patience 20, full batch. Unlike an
   * experiment's default (every 50 epochs), the task's metrics are computed every epoch.
   */
  public static final TrainingOptions DEFAULTS = new TrainingOptions(1000, 20, 0.0, 1);

  /** Full-batch training. */
  public TrainingOptions(int epochs, int patience, double minDelta, int metricsEvery) {
    this(epochs, patience, minDelta, metricsEvery, 0);
  }

  /** Training with the components of mini-batches shuffled from seed 0. */
  public TrainingOptions(int epochs, int patience, double minDelta, int metricsEvery,
      int componentsPerBatch) {
    this(epochs, patience, minDelta, metricsEvery, componentsPerBatch, 0);
  }

  /** Training with the components of mini-batches shuffled from {@code seed}. */
  public TrainingOptions(int epochs, int patience, double minDelta, int metricsEvery,
      int componentsPerBatch, long seed) {
    this(epochs, patience, minDelta, metricsEvery, componentsPerBatch, seed, true);
  }

  /**
   * Checks the ranges.
   *
   * @throws IllegalArgumentException if {@code epochs} or {@code metricsEvery} is below 1, or
   *     {@code patience}, {@code minDelta} or {@code componentsPerBatch} is below 0
   */
  public TrainingOptions {
    if (epochs < 1) {
      throw new IllegalArgumentException("training: epochs must be at least 1, was " + epochs);
    }
    if (patience < 0) {
      throw new IllegalArgumentException("training: patience must be >= 0, was " + patience);
    }
    if (!(minDelta >= 0)) {
      throw new IllegalArgumentException("training: minDelta must be >= 0, was " + minDelta);
    }
    if (componentsPerBatch < 0) {
      throw new IllegalArgumentException("training: componentsPerBatch must be >= 0, was "
          + componentsPerBatch);
    }
    if (metricsEvery < 1) {
      throw new IllegalArgumentException("training: metricsEvery must be at least 1, was "
          + metricsEvery);
    }
  }

  /** These options with another most number of epochs. */
  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(value, patience, minDelta, metricsEvery, componentsPerBatch, seed,
        shuffleComponents);
  }

  /** These options with another patience (0 turns early stopping off). */
  public TrainingOptions withPatience(int value) {
    return new TrainingOptions(epochs, value, minDelta, metricsEvery, componentsPerBatch, seed,
        shuffleComponents);
  }

  /** These options with metrics every {@code value} epochs. */
  public TrainingOptions withMetricsEvery(int value) {
    return new TrainingOptions(epochs, patience, minDelta, value, componentsPerBatch, seed,
        shuffleComponents);
  }

  /** These options with another mini-batch size in components (0: the whole graph). */
  public TrainingOptions withComponentsPerBatch(int value) {
    return new TrainingOptions(epochs, patience, minDelta, metricsEvery, value, seed,
        shuffleComponents);
  }

  /** These options with another seed of the mini-batches' order. */
  public TrainingOptions withSeed(long value) {
    return new TrainingOptions(epochs, patience, minDelta, metricsEvery, componentsPerBatch,
        value, shuffleComponents);
  }

  /**
   * These options with mini-batches in a new order each epoch (true) or in the graph's order
   * (false).
   */
  public TrainingOptions withShuffleComponents(boolean value) {
    return new TrainingOptions(epochs, patience, minDelta, metricsEvery, componentsPerBatch,
        seed, value);
  }
}
