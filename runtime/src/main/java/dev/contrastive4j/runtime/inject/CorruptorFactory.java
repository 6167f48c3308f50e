package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.task.Corruptor;

/**
 * Makes the corruptor a {@link CorruptorSpec} describes. Built-in kinds are bound in
 * {@link ComponentsModule}; a plugin adds its own to the {@code MapBinder} keyed by spec class.
 */
@FunctionalInterface
public interface CorruptorFactory {
  /**
   * @param spec the configured corruptor
   * @param seed the seed to use when the spec gives none
   * @param path where the spec sits in the experiment, for error messages
   */
  Corruptor create(CorruptorSpec spec, long seed, String path);
}
