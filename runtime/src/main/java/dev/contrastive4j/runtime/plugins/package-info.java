/**
 * Plugins declared with {@code @ContrastiveTask}, {@code @Corruptor} and {@code @Readout}:
 * {@link dev.contrastive4j.runtime.plugins.Plugins} finds the generated registries with
 * {@link java.util.ServiceLoader}, and {@link dev.contrastive4j.runtime.plugins.PluginModules}
 * installs their Guice modules into a run.
 */
package dev.contrastive4j.runtime.plugins;
