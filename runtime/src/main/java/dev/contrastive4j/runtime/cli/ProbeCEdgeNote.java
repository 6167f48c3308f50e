package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.runtime.evaluation.ProbeCEdge;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The note {@code train} and {@code evaluate --run} print on stderr when the probe's chosen
 * {@code C} is the smallest or the largest of {@code evaluation.probe_c}: the grid was probably
 * too narrow, and the note says which way to widen it and how to probe the run again.
 */
final class ProbeCEdgeNote {
  private ProbeCEdgeNote() {}

  /**
   * The one-line note on {@code edge} of the run in {@code runDirectory}. A chosen {@code C}
   * kept on a tie is said to be, since validation then does not point beyond the edge.
   */
  static String of(ProbeCEdge edge, Path runDirectory) {
    boolean smallest = edge.side() == ProbeCEdge.Side.SMALLEST;
    String way = smallest ? "smaller" : "larger";
    String chose = "contrastive4j: note: the probe chose C = " + edge.c() + ", the "
        + (smallest ? "smallest" : "largest") + " of evaluation.probe_c " + edge.candidates();
    // The run's config.json is what evaluate --run reads its candidates from, and the probe
    // may change there (the embeddings do not depend on it): no need to train again.
    String widen = " values to evaluation.probe_c in " + runDirectory.resolve(RunDirectory.CONFIG)
        + " and probe again with '" + CommandName.get() + " evaluate --run " + runDirectory
        + "'";
    if (edge.tied()) {
      String others = edge.tiedWith().stream().map(String::valueOf)
          .collect(Collectors.joining(", "));
      return chose + ", kept on a tie as the first listed: C = " + others + " gave the same "
          + "validation accuracy, so validation does not point to a " + way + " C; to see "
          + "whether one fits better, add " + way + widen;
    }
    return chose + "; a " + way + " C (" + (smallest ? "stronger" : "weaker")
        + " regularization) may fit better: add " + way + widen;
  }
}
