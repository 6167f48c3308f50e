package dev.contrastive4j.runtime.plugins;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.google.inject.AbstractModule;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.PluginRegistry;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.runtime.inject.ComponentsModule;
import dev.contrastive4j.runtime.tasks.DeepGraphInfomax;
import java.util.List;

/**
 * A registry written by hand the way the processor generates one (the processor's own tests
 * cover generated registries): a DGI task, a corruptor and its module.
 */
final class HandWrittenRegistry implements PluginRegistry {
  private final String taskName;
  private final String implementation;
  private final Object module;

  HandWrittenRegistry(String taskName, String implementation, Object module) {
    this.taskName = taskName;
    this.implementation = implementation;
    this.module = module;
  }

  /** The task {@code hand-dgi} with {@link HandModule}. */
  static HandWrittenRegistry standard() {
    return new HandWrittenRegistry("hand-dgi", "test.HandDgi", new HandModule());
  }

  @JsonTypeName("hand-dgi")
  record HandDgiSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout) implements TaskSpec {
    static final HandDgiSpec DEFAULT = new HandDgiSpec(null, null, null, null,
        null, null, null);

    HandDgiSpec {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
    }
  }

  @JsonTypeName("identity")
  record IdentitySpec() implements CorruptorSpec {}

  /** Registers the task and the corruptor, as a generated module does. */
  static final class HandModule extends AbstractModule {
    @Override
    protected void configure() {
      ComponentsModule.tasks(binder()).addBinding(HandDgiSpec.class).toInstance(
          (spec, settings, store, dim, c) -> new DeepGraphInfomax(settings, store, dim));
      ComponentsModule.corruptors(binder()).addBinding(IdentitySpec.class).toInstance(
          (spec, seed, path) -> Corruptor.identity());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof HandModule;
    }

    @Override
    public int hashCode() {
      return HandModule.class.hashCode();
    }
  }

  @Override
  public List<TaskPlugin> tasks() {
    return List.of(new TaskPlugin(taskName, "dgi", "by hand", implementation, HandDgiSpec.class,
        HandDgiSpec.DEFAULT, List.of(new ParameterInfo("node_set", "string", "null", "")),
        module));
  }

  @Override
  public List<CorruptorPlugin> corruptors() {
    return List.of(new CorruptorPlugin("identity", "", "test.Identity", IdentitySpec.class,
        new IdentitySpec(), List.of(), module));
  }

  @Override
  public List<ReadoutPlugin> readouts() {
    return List.of();
  }
}
