package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.runtime.evaluation.ProbeCEdge;
import dev.contrastive4j.runtime.evaluation.ProbeCEdge.Side;
import dev.contrastive4j.runtime.testing.SystemProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The note on a chosen C at an edge of evaluation.probe_c says which way to widen it. */
class ProbeCEdgeNoteTest {
  private static final List<Double> GRID = List.of(0.01, 0.03, 0.1, 0.3, 1.0, 3.0);
  private static final Path RUN = Path.of("runs", "dgi-cora");

  @Test
  void theLargestCandidateAsksForLargerOnes() {
    assertEquals("contrastive4j: note: the probe chose C = 3.0, the largest of "
        + "evaluation.probe_c [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]; a larger C (weaker "
        + "regularization) may fit better: add larger values to evaluation.probe_c in "
        + RUN.resolve("config.json") + " and probe again with 'contrastive4j evaluate --run "
        + RUN + "'", ProbeCEdgeNote.of(new ProbeCEdge(Side.LARGEST, 3.0, GRID, List.of()), RUN));
  }

  @Test
  void theReadmeShowsTheNoteAsItIsPrinted() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    // As the launcher runs it, which passes the command as typed.
    SystemProperty.with(CommandName.PROPERTY, "./contrastive4j", () -> {
      String note = ProbeCEdgeNote.of(new ProbeCEdge(Side.LARGEST, 3.0, GRID, List.of()), RUN);
      assertTrue(note.contains("'./contrastive4j evaluate --run " + RUN + "'"), note);
      assertTrue(readme.contains("\n" + note + "\n"), "README.md shows the line " + note);
    });
  }

  @Test
  void theSmallestCandidateAsksForSmallerOnes() {
    assertEquals("contrastive4j: note: the probe chose C = 0.01, the smallest of "
        + "evaluation.probe_c [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]; a smaller C (stronger "
        + "regularization) may fit better: add smaller values to evaluation.probe_c in "
        + RUN.resolve("config.json") + " and probe again with 'contrastive4j evaluate --run "
        + RUN + "'", ProbeCEdgeNote.of(new ProbeCEdge(Side.SMALLEST, 0.01, GRID, List.of()),
            RUN));
  }

  @Test
  void anEdgeKeptOnATieDoesNotClaimValidationPointsBeyondIt() {
    assertEquals("contrastive4j: note: the probe chose C = 0.01, the smallest of "
        + "evaluation.probe_c [0.01, 0.03, 0.1, 0.3, 1.0, 3.0], kept on a tie as the first "
        + "listed: C = 0.03, 0.1 gave the same validation accuracy, so validation does not "
        + "point to a smaller C; to see whether one fits better, add smaller values to "
        + "evaluation.probe_c in " + RUN.resolve("config.json") + " and probe again with "
        + "'contrastive4j evaluate --run " + RUN + "'",
        ProbeCEdgeNote.of(new ProbeCEdge(Side.SMALLEST, 0.01, GRID, List.of(0.03, 0.1)), RUN));
  }
}
