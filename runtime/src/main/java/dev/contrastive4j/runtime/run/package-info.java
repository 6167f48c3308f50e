/**
 * One experiment run from start to finish ({@link dev.contrastive4j.runtime.run.ExperimentRun}:
 * train, embed, probe, write) and the directory it writes
 * ({@link dev.contrastive4j.runtime.run.RunDirectory}): {@code config.json},
 * {@code metrics.jsonl}, the checkpoint that {@code train --resume} and {@code evaluate} start
 * from ({@link dev.contrastive4j.runtime.run.Checkpoint}), the embeddings and
 * {@code summary.json} ({@link dev.contrastive4j.runtime.run.RunSummary}). Whole files are
 * written atomically (a temporary file, then a rename), and a failure to read or write one is a
 * {@link dev.contrastive4j.runtime.run.RunException} that names it.
 */
package dev.contrastive4j.runtime.run;
