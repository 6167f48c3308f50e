/**
 * Plugins declared with annotations, as a user writes them: a task ({@link
 * dev.contrastive4j.examples.annotated.RewiredDgi}), a corruptor ({@link
 * dev.contrastive4j.examples.annotated.EdgeRewiring}) and a readout ({@link
 * dev.contrastive4j.examples.annotated.ScaledNodes}). The contrastive4j processor generates their
 * specs, factories and Guice modules and this module's plugin registry.
 */
package dev.contrastive4j.examples.annotated;
