/**
 * The experiment model: one immutable description of a run (data set, encoder, task with its
 * corruptor, readout and projector, training, evaluation, output) that the command line,
 * JSON/YAML files and the {@linkplain dev.contrastive4j.api.experiment.dsl Java/Kotlin DSL} all
 * produce.
 *
 * <p>Record components that accept {@code null} in their constructor mean "the default"; the
 * constructors put the default in, so the accessors of those components never return null
 * (they are declared without {@code @Nullable}). Components that stay {@code @Nullable} are
 * resolved later, against the data set or the experiment's seed. Polymorphic parts are chosen
 * by a {@code type} name in JSON; {@link ExperimentValidator} checks ranges and names and
 * reports every problem with its JSON path.
 */
@NullMarked
package dev.contrastive4j.api.experiment;

import org.jspecify.annotations.NullMarked;
