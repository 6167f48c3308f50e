/**
 * Experiment configurations as JSON and YAML: {@link
 * dev.contrastive4j.runtime.config.ExperimentFiles} reads and writes files, {@link
 * dev.contrastive4j.runtime.config.ExperimentMapper} reads and writes text and holds the
 * {@code type} names of tasks, corruptors and readouts (plugins add theirs, directly or through
 * {@link dev.contrastive4j.runtime.config.SpecTypeProvider}).
 *
 * <p>Reading checks the whole configuration before giving up and reports every problem at once,
 * each with its JSON path: unknown properties (with a did-you-mean), unknown or missing type
 * names (with the known ones), values of the wrong kind, and then the ranges and names that
 * {@link dev.contrastive4j.api.experiment.ExperimentValidator} checks on the model.
 */
@NullMarked
package dev.contrastive4j.runtime.config;

import org.jspecify.annotations.NullMarked;
