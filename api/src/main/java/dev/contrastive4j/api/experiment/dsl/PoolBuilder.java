package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.ReadoutSpec;

/** Configures a pooled readout ({@link ReadoutSpec.Pool}). */
public final class PoolBuilder extends BlockBuilder {
  private String pooling = new ReadoutSpec.Pool(null).pooling();

  PoolBuilder() {}

  ReadoutSpec.Pool build() {
    return new ReadoutSpec.Pool(pooling);
  }

  /**
   * How a component's node states are summarized: {@code mean} (default), {@code sum} or
   * {@code max}.
   */
  public String getPooling() {
    return pooling;
  }

  /** Sets how a component's node states are summarized. */
  public void setPooling(String value) {
    pooling = set("pooling", value);
  }

  /** Sets how a component's node states are summarized. */
  public PoolBuilder pooling(String value) {
    setPooling(value);
    return this;
  }
}
