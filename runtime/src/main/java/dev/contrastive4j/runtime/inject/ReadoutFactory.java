package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.task.Readout;

/**
 * Makes the readout a {@link ReadoutSpec} describes. Built-in kinds are bound in
 * {@link ComponentsModule}; a plugin (for example one generated from {@code @Readout}) adds its
 * own to the {@code MapBinder} keyed by spec class.
 */
@FunctionalInterface
public interface ReadoutFactory {
  /**
   * @param spec the configured readout
   * @param path where the spec sits in the experiment, for error messages
   */
  Readout create(ReadoutSpec spec, String path);
}
