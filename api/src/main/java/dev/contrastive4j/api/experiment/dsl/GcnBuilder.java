package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EncoderSpec;

/** Configures a GCN encoder ({@link EncoderSpec.GcnSpec}). */
public final class GcnBuilder extends EncoderBuilder<GcnBuilder> {
  private boolean selfLoops;

  GcnBuilder(EncoderSpec.GcnSpec start) {
    super(start);
    selfLoops = start.selfLoops();
  }

  @Override
  GcnBuilder self() {
    return this;
  }

  EncoderSpec.GcnSpec build() {
    return new EncoderSpec.GcnSpec(getUnits(), getActivation(), getDropout(), selfLoops);
  }

  /** Whether to add a self loop per node before normalizing (default true). */
  public boolean getSelfLoops() {
    return selfLoops;
  }

  /** Sets whether to add self loops. */
  public void setSelfLoops(boolean value) {
    checkOpen();
    selfLoops = value;
  }

  /** Sets whether to add self loops. */
  public GcnBuilder selfLoops(boolean value) {
    setSelfLoops(value);
    return this;
  }
}
