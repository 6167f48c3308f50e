package dev.contrastive4j.api.experiment.dsl;

import org.jspecify.annotations.Nullable;

/**
 * Configures one of the rate-and-seed corruptors: {@link Experiments#shuffleFeaturesGlobally},
 * {@link Experiments#dropoutFeatures}, {@link Experiments#dropEdges} or
 * {@link Experiments#maskFeatureColumns}. The rate starts at that corruptor's default.
 */
public final class CorruptorBuilder extends BlockBuilder {
  private double rate;
  private @Nullable Long seed;

  CorruptorBuilder(double defaultRate) {
    rate = defaultRate;
  }

  /** The corruptor's rate, in [0, 1] (dropout: below 1). */
  public double getRate() {
    return rate;
  }

  /** Sets the corruptor's rate. */
  public void setRate(double value) {
    checkOpen();
    rate = value;
  }

  /** Sets the corruptor's rate. */
  public CorruptorBuilder rate(double value) {
    setRate(value);
    return this;
  }

  /** The corruptor's seed; null (default) derives one from the task's seed. */
  public @Nullable Long getSeed() {
    return seed;
  }

  /** Sets the corruptor's seed; null derives one from the task's seed. */
  public void setSeed(@Nullable Long value) {
    checkOpen();
    seed = value;
  }

  /** Sets the corruptor's seed. */
  public CorruptorBuilder seed(long value) {
    setSeed(value);
    return this;
  }
}
