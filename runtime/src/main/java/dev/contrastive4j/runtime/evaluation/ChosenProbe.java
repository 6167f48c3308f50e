package dev.contrastive4j.runtime.evaluation;

/**
 * The outcome of {@link ProbeSelection#chooseCAndEvaluate}: the probe with the {@code C} chosen
 * on the validation split, and its repeated evaluation.
 *
 * @param probe the probe with the chosen {@code C}
 * @param report its repeated fits, the first with the probe's own seed
 */
public record ChosenProbe(LinearProbe probe, ProbeReport report) {}
