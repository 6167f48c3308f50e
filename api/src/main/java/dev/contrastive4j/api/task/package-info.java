/**
 * The contracts of one training step, after TF-GNN's {@code runner.Task}: a
 * {@link dev.contrastive4j.api.task.Task} makes {@link dev.contrastive4j.api.task.Views} of a
 * graph (using {@link dev.contrastive4j.api.task.Corruptor}s), an
 * {@link dev.contrastive4j.api.task.Encoder} turns each view into an
 * {@link dev.contrastive4j.api.task.EncodedGraph}, the task reads them out with a
 * {@link dev.contrastive4j.api.task.Readout} into {@code [items, dim]} representations and
 * contrasts them into {@link dev.contrastive4j.api.task.Predictions}, and its
 * {@link dev.contrastive4j.api.task.TaskLoss}es and
 * {@link dev.contrastive4j.api.task.TaskMetric}s score them.
 *
 * <p>The implementations live in the runtime ({@code dev.contrastive4j.runtime.tasks},
 * {@code .encoders}, {@code .corruptors}, {@code .readouts}); implement these interfaces to
 * bring your own, and declare corruptors and readouts with the annotations of
 * {@link dev.contrastive4j.api.annotations} to use them from experiments.
 * {@link dev.contrastive4j.api.task.Replayable} lets a resumed run draw the random views an
 * uninterrupted one would.
 */
package dev.contrastive4j.api.task;
