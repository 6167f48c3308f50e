package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.experiment.SpecTypeNames;

/**
 * The refusal of a task, corruptor or readout spec that no factory is bound for. Jackson and the
 * DSL know a plugin's spec class from its registry or from code, but the injector builds it only
 * with the plugin's Guice module, which {@code PluginModules} installs for the registries it
 * finds on the class path; a module left out of a hand-made injector gets here.
 */
final class UnregisteredSpec {
  private UnregisteredSpec() {}

  /**
   * A {@link ConfigException} at {@code path}: {@code task.corruptor: no corruptor is
   * registered for type 'gaussian-noise' (com.example.GaussianNoiseSpec); ...}.
   *
   * @param kind the spec's kind in words, such as {@code corruptor}
   */
  static ConfigException at(String path, String kind, Object spec) {
    return new ConfigException(path, "no " + kind + " is registered for type '"
        + SpecTypeNames.of(spec) + "' (" + spec.getClass().getName() + "); put its plugin's "
        + "jar on the class path, where PluginModules finds the plugin registry, or install "
        + "the plugin's generated Guice module in the injector");
  }
}
