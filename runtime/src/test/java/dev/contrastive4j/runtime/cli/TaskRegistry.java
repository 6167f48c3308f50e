package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import java.util.List;

/**
 * A plugin registry of given lists, its record components answering the registry's methods; a
 * test's task plugins alone with {@link #of}.
 */
record TaskRegistry(List<TaskPlugin> tasks, List<CorruptorPlugin> corruptors,
    List<ReadoutPlugin> readouts) implements PluginRegistry {

  static TaskRegistry of(TaskPlugin... tasks) {
    return new TaskRegistry(List.of(tasks), List.of(), List.of());
  }
}
