package dev.contrastive4j.runtime.evaluation;

import java.util.List;
import java.util.Optional;

/**
 * A chosen {@code C} that is the smallest or the largest of its candidates: the best
 * validation accuracy may lie beyond them, so the candidates were probably too narrow a range.
 * Found by {@link ChosenProbe#cAtEdge()}.
 *
 * <p>{@link ProbeSelection} keeps the first of candidates tied on validation accuracy; a
 * chosen {@code C} at an edge that other candidates tied with ({@link #tiedWith}) was kept for
 * being listed first, so validation does not point beyond the edge then.
 *
 * @param side which end of the candidates the chosen {@code C} is
 * @param c the chosen {@code C}
 * @param candidates every candidate, in the order given
 * @param tiedWith the other candidates (each value once, in the order given) whose probes had
 *     the chosen one's validation accuracy; empty when the chosen {@code C} was strictly the best
 */
public record ProbeCEdge(Side side, double c, List<Double> candidates, List<Double> tiedWith) {
  /** Which end of the candidates. */
  public enum Side {
    /** The smallest candidate: the strongest regularization tried. */
    SMALLEST,
    /** The largest candidate: the weakest regularization tried. */
    LARGEST
  }

  /** Copies the lists. */
  public ProbeCEdge {
    candidates = List.copyOf(candidates);
    tiedWith = List.copyOf(tiedWith);
  }

  /** Whether the chosen {@code C} was kept on a tie rather than for the best accuracy. */
  public boolean tied() {
    return !tiedWith.isEmpty();
  }

  /**
   * The edge that {@code chosen} is at among the {@code compared} candidates, if it is one.
   * Nothing was chosen, and so nothing is at an edge, when fewer than two distinct values were
   * compared.
   *
   * @param compared the candidates with their validation accuracies, in the order given
   * @param chosen the {@code C} kept
   * @throws IllegalArgumentException if {@code chosen} is not one of the compared values
   */
  public static Optional<ProbeCEdge> of(List<CandidateAccuracy> compared, double chosen) {
    List<Double> values = compared.stream().map(CandidateAccuracy::c).toList();
    if (!compared.isEmpty() && !values.contains(chosen)) {
      throw new IllegalArgumentException("C = " + chosen + " is not one of the compared "
          + values);
    }
    List<Double> distinct = values.stream().distinct().toList();
    if (distinct.size() < 2) {
      return Optional.empty();
    }
    double smallest = distinct.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double largest = distinct.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    Side side = chosen == smallest ? Side.SMALLEST : chosen == largest ? Side.LARGEST : null;
    if (side == null) {
      return Optional.empty();
    }
    double accuracy = compared.get(values.indexOf(chosen)).valAccuracy();
    List<Double> tiedWith = compared.stream()
        .filter(candidate -> candidate.c() != chosen && candidate.valAccuracy() == accuracy)
        .map(CandidateAccuracy::c).distinct().toList();
    return Optional.of(new ProbeCEdge(side, chosen, values, tiedWith));
  }
}
