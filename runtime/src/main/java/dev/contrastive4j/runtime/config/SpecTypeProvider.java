package dev.contrastive4j.runtime.config;

/**
 * Registers more {@code type} names (generated tasks, user corruptors or readouts) with every
 * {@link ExperimentMapper#withPlugins()} mapper, and so with {@link ExperimentFiles#read}. Found
 * with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/dev.contrastive4j.runtime.config.SpecTypeProvider}.
 */
public interface SpecTypeProvider {
  /** Registers this plugin's types, for example with {@link ExperimentMapper#registerTaskType}. */
  void registerTypes(ExperimentMapper mapper);
}
