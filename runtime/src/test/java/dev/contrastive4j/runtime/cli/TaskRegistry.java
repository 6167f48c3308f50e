package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import java.util.List;

/** A plugin registry of task plugins alone, as a test needs them. */
record TaskRegistry(List<TaskPlugin> tasks) implements PluginRegistry {

  static TaskRegistry of(TaskPlugin... tasks) {
    return new TaskRegistry(List.of(tasks));
  }

  @Override
  public List<CorruptorPlugin> corruptors() {
    return List.of();
  }

  @Override
  public List<ReadoutPlugin> readouts() {
    return List.of();
  }
}
