package dev.contrastive4j.runtime.evaluation;

/**
 * One candidate {@code C} that {@link ProbeSelection} compared on the validation split, with the
 * validation accuracy of its probe (the fit with the probe's own seed).
 *
 * @param c the candidate {@code C}
 * @param valAccuracy fraction of the validation nodes (or graphs) its probe classified correctly
 */
public record CandidateAccuracy(double c, double valAccuracy) {}
