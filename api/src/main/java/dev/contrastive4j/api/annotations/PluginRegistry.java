package dev.contrastive4j.api.annotations;

import java.util.List;

/**
 * The plugins (tasks, corruptors, readouts) one compilation declared with
 * {@link ContrastiveTask}, {@link Corruptor} and {@link Readout}. The annotation processor
 * generates one implementation per compilation and lists it in
 * {@code META-INF/services/dev.contrastive4j.api.annotations.PluginRegistry}, so that the
 * runtime finds every registry on the class path with {@link java.util.ServiceLoader}, without
 * scanning classes.
 */
public interface PluginRegistry {

  /** The service file that lists the registries of a jar. */
  String SERVICE_FILE = "META-INF/services/dev.contrastive4j.api.annotations.PluginRegistry";

  /** The tasks, in the order of their names. */
  List<TaskPlugin> tasks();

  /** The corruptors, in the order of their names. */
  List<CorruptorPlugin> corruptors();

  /** The readouts, in the order of their names. */
  List<ReadoutPlugin> readouts();
}
