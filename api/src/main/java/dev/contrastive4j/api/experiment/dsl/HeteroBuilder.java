package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.EncoderSpec;

/** Configures a heterogeneous (R-GCN) encoder ({@link EncoderSpec.HeteroSpec}). */
public final class HeteroBuilder extends EncoderBuilder<HeteroBuilder> {
  private String aggregation;
  private boolean selfTransform;

  HeteroBuilder(EncoderSpec.HeteroSpec start) {
    super(start);
    aggregation = start.aggregation();
    selfTransform = start.selfTransform();
  }

  @Override
  HeteroBuilder self() {
    return this;
  }

  EncoderSpec.HeteroSpec build() {
    return new EncoderSpec.HeteroSpec(getUnits(), getActivation(), getDropout(), aggregation,
        selfTransform);
  }

  /** How each edge set's messages are combined: {@code mean} (default) or {@code sum}. */
  public String getAggregation() {
    return aggregation;
  }

  /** Sets how each edge set's messages are combined. */
  public void setAggregation(String value) {
    aggregation = set("aggregation", value);
  }

  /** Sets how each edge set's messages are combined. */
  public HeteroBuilder aggregation(String value) {
    setAggregation(value);
    return this;
  }

  /** Whether each node set also transforms its own state (default true). */
  public boolean getSelfTransform() {
    return selfTransform;
  }

  /** Sets whether each node set also transforms its own state. */
  public void setSelfTransform(boolean value) {
    checkOpen();
    selfTransform = value;
  }

  /** Sets whether each node set also transforms its own state. */
  public HeteroBuilder selfTransform(boolean value) {
    setSelfTransform(value);
    return this;
  }
}
