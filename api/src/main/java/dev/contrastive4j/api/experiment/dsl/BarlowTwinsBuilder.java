package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.TaskSpec;
import org.jspecify.annotations.Nullable;

/** Configures a Barlow Twins task ({@link TaskSpec.BarlowTwinsSpec}). */
public final class BarlowTwinsBuilder extends TaskBuilder<BarlowTwinsBuilder> {
  private @Nullable Double lambda;
  private boolean normalizeBatch;

  BarlowTwinsBuilder(TaskSpec.BarlowTwinsSpec start) {
    super(start);
    lambda = start.lambda();
    normalizeBatch = start.normalizeBatch();
  }

  @Override
  BarlowTwinsBuilder self() {
    return this;
  }

  TaskSpec.BarlowTwinsSpec build() {
    return new TaskSpec.BarlowTwinsSpec(getNodeSet(), getFeature(), getProjectorUnits(),
        getSeed(), getCorruptor(), getCleanView(), getReadout(), lambda, normalizeBatch);
  }

  /**
   * The weight of the off-diagonal terms, at least 0; null (default) means 1 / dim, the width
   * the loss compares (the last projector units, else the embedding width).
   */
  public @Nullable Double getLambda() {
    return lambda;
  }

  /** Sets the weight of the off-diagonal terms; null means 1 / dim. */
  public void setLambda(@Nullable Double value) {
    checkOpen();
    lambda = value;
  }

  /** Sets the weight of the off-diagonal terms. */
  public BarlowTwinsBuilder lambda(double value) {
    setLambda(value);
    return this;
  }

  /** Whether to standardize each dimension over the batch (default true). */
  public boolean getNormalizeBatch() {
    return normalizeBatch;
  }

  /** Sets whether to standardize each dimension over the batch. */
  public void setNormalizeBatch(boolean value) {
    checkOpen();
    normalizeBatch = value;
  }

  /** Sets whether to standardize each dimension over the batch. */
  public BarlowTwinsBuilder normalizeBatch(boolean value) {
    setNormalizeBatch(value);
    return this;
  }
}
