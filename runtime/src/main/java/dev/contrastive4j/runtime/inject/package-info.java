/**
 * The Guice wiring of a run. {@link dev.contrastive4j.runtime.inject.RunModule} installs one
 * module per part (experiment, built-in components, plugins, data set, model, training,
 * evaluation); replace a part with {@code Modules.override(new RunModule(e)).with(yourModule)}.
 * Tasks, corruptors and readouts are made from their specs by factories in map bindings keyed by
 * spec class ({@link dev.contrastive4j.runtime.inject.ComponentsModule}), which plugins add to.
 * An experiment that cannot be built fails with a
 * {@link dev.contrastive4j.runtime.inject.ConfigException}, a replacement the run cannot use
 * with a {@link dev.contrastive4j.runtime.inject.BindingException}.
 */
package dev.contrastive4j.runtime.inject;
