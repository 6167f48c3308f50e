package dev.contrastive4j.runtime.evaluation;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The outcome of {@link ProbeSelection#chooseCAndEvaluate}: the probe with the {@code C} chosen
 * on the validation split, its repeated evaluation, and the rows it classified.
 *
 * @param probe the probe with the chosen {@code C}
 * @param report its repeated fits, the first with the probe's own seed
 * @param rows the rows the probe classified, as {@link ProbeRows#of} made them once for every
 *     fit: the embeddings themselves for a data set that labels nodes, the mean of each graph's
 *     for one that labels graphs
 */
public record ChosenProbe(LinearProbe probe, ProbeReport report, INDArray rows) {}
