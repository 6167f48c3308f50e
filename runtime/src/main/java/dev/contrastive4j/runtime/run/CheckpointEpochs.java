package dev.contrastive4j.runtime.run;

/**
 * How far the run of a checkpoint had trained, in {@code summary.json}'s terms: what
 * {@code evaluate} reports with the accuracies of the parameters it probed.
 *
 * @param epochsRun the epochs trained when the checkpoint was written
 * @param bestEpoch the epoch of the best parameters the checkpoint holds (1-based)
 */
public record CheckpointEpochs(int epochsRun, int bestEpoch) {}
