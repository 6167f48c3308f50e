/**
 * Declarative plugins: {@link dev.contrastive4j.api.annotations.ContrastiveTask},
 * {@link dev.contrastive4j.api.annotations.Corruptor} and
 * {@link dev.contrastive4j.api.annotations.Readout} on classes, {@link
 * dev.contrastive4j.api.annotations.Param} and {@link dev.contrastive4j.api.annotations.Seed} on
 * their constructor parameters. The {@code contrastive4j-processor} annotation processor checks
 * them and generates the specs, factories and Guice modules that wire them into the runtime,
 * plus one {@link dev.contrastive4j.api.annotations.PluginRegistry} per compilation, which the
 * runtime finds with {@link java.util.ServiceLoader}.
 */
package dev.contrastive4j.api.annotations;
