package dev.contrastive4j.runtime.readouts;

/** How {@link PoolReadout} summarizes the states of a component's nodes. */
public enum Pooling {
  /** The mean (0 for a component without nodes). */
  MEAN,
  /** The sum. */
  SUM,
  /** The column-wise maximum (0 for a component without nodes). */
  MAX
}
