/**
 * The training loop ({@link dev.contrastive4j.runtime.training.Trainer}): full-batch or on
 * mini-batches of components ({@link dev.contrastive4j.runtime.training.ComponentBatches}),
 * with early stopping on the training loss and the best epoch's parameters restored at the end.
 * Its settings are {@link dev.contrastive4j.runtime.training.TrainingOptions}, its outcome a
 * {@link dev.contrastive4j.runtime.training.TrainingResult}; training that stops being finite
 * ends in a {@link dev.contrastive4j.runtime.training.DivergenceException}.
 */
package dev.contrastive4j.runtime.training;
