/**
 * One experiment run from start to finish ({@link dev.contrastive4j.runtime.run.ExperimentRun}:
 * train, embed, probe, write) and the directory it writes
 * ({@link dev.contrastive4j.runtime.run.RunDirectory}): {@code config.json},
 * {@code metrics.jsonl}, the checkpoint that {@code train --resume} and {@code evaluate} start
 * from ({@link dev.contrastive4j.runtime.run.Checkpoint}), the embeddings and
 * {@code summary.json} ({@link dev.contrastive4j.runtime.run.RunSummary}). Whole files are
 * written atomically (a temporary file, then a rename). A JSON file that cannot be read or
 * written fails with a {@link dev.contrastive4j.runtime.run.RunException} that names it; a .npy
 * file (embeddings, checkpoint arrays) with the .npy reader's and writer's
 * {@link dev.contrastive4j.api.data.DatasetException}, which names it too. Finished runs of one
 * experiment with other seeds are summarized by {@link dev.contrastive4j.runtime.run.SeedRuns}.
 */
package dev.contrastive4j.runtime.run;
