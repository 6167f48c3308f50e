package dev.contrastive4j.runtime.data;

/**
 * Where a run's {@code GraphDataset} came from, which decides what the run records of it in
 * {@code config.json}.
 */
public enum DatasetOrigin {
  /** Loaded as the experiment's {@code dataset} spec says. */
  EXPERIMENT,
  /**
   * Supplied in code by a binding of {@code GraphDataset} that replaced the configured one (for
   * example with {@code Modules.override}): the experiment's {@code dataset} spec was not used.
   */
  BINDING
}
