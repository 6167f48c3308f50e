package dev.contrastive4j.runtime.evaluation;

import java.util.List;
import java.util.Optional;
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
 * @param compared the candidates of {@code C} compared on the validation split to choose the
 *     probe's, in the order given, with their validation accuracies; empty when nothing was
 *     chosen (a single candidate, or {@link ProbeProtocol#DGI_PAPER})
 */
public record ChosenProbe(LinearProbe probe, ProbeReport report, INDArray rows,
    List<CandidateAccuracy> compared) {
  /** Copies {@code compared}. */
  public ChosenProbe {
    compared = List.copyOf(compared);
  }

  /**
   * The end of the candidates that the chosen {@code C} is at, if it is the smallest or the
   * largest of two or more: a hint that the candidates were too narrow a range. Empty when the
   * chosen {@code C} lies between others, or when nothing was chosen.
   */
  public Optional<ProbeCEdge> cAtEdge() {
    return ProbeCEdge.of(compared, probe.config().c());
  }
}
