package dev.contrastive4j.runtime.evaluation;

/**
 * The outcome of one linear probe: accuracy on the val and test nodes of the split.
 *
 * @param valAccuracy fraction of val nodes classified correctly, NaN if the split has none
 * @param testAccuracy fraction of test nodes classified correctly, NaN if the split has none
 * @param seed seed of the probe's weight initialization
 * @param epochs number of full-batch epochs trained
 * @param objective training objective at the last epoch: mean cross-entropy over the train
 *     nodes plus the L2 term {@code 0.5 * l2 * ||W||^2}
 */
public record ProbeResult(double valAccuracy, double testAccuracy, long seed, int epochs,
    double objective) {}
