package dev.contrastive4j.runtime.plugins;

import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.ReadoutPlugin;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.config.SpecTypeProvider;

/**
 * Registers the type names of the annotation-declared plugins ({@link Plugins#discover()}) with
 * experiment files: {@code ExperimentMapper.withPlugins()}, and so {@code train --config}, reads
 * {@code type: rewired-dgi} like a built-in name. Listed in
 * {@code META-INF/services/dev.contrastive4j.runtime.config.SpecTypeProvider}.
 */
public final class PluginSpecTypes implements SpecTypeProvider {
  private final Plugins plugins;

  /** The plugins on the class path (what {@link java.util.ServiceLoader} calls). */
  public PluginSpecTypes() {
    this(null);
  }

  /** The plugins of {@code plugins}; null means those on the class path when registering. */
  public PluginSpecTypes(Plugins plugins) {
    this.plugins = plugins;
  }

  @Override
  public void registerTypes(ExperimentMapper mapper) {
    Plugins p = plugins != null ? plugins : Plugins.discover();
    for (TaskPlugin t : p.tasks()) {
      mapper.registerTaskType(t.name(), t.specType());
    }
    for (CorruptorPlugin c : p.corruptors()) {
      mapper.registerCorruptorType(c.name(), c.specType());
    }
    for (ReadoutPlugin r : p.readouts()) {
      mapper.registerReadoutType(r.name(), r.specType());
    }
  }
}
