package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} and {@code evaluate --run} note on stderr a probe C chosen at an edge of
 * {@code evaluation.probe_c}, with {@code --quiet} too, and the note's advice works: the run's
 * config.json takes other candidates, and {@code evaluate --run} probes with them.
 */
class ProbeCAtEdgeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void aCChosenAtAnEdgeIsNotedAndEvaluateWithTheRunsConfigProbesAgain() throws Exception {
    Path config = tmp.resolve("experiment.yaml");
    // Of two candidates the chosen one is always the smaller or the larger.
    Files.writeString(config, "evaluation: {probe_c: [0.01, 100.0]}\n");
    Path out = tmp.resolve("run");
    CliRun run = CliRun.trainExample(out, "--config", config.toString());
    assertEquals(0, run.exitCode(), run.err());
    // stdout holds the summary and nothing else.
    JsonNode summary = JSON.readTree(run.out());
    double c = summary.get("probe_c").asDouble();
    String[] lines = run.errLines();
    assertEquals(2, lines.length, run.err());
    String note = lines[0];
    assertTrue(note.startsWith("contrastive4j: note: the probe chose C = " + c + ", the "
        + (c == 0.01 ? "smallest" : "largest") + " of evaluation.probe_c [0.01, 100.0]"), note);
    assertTrue(note.endsWith(" values to evaluation.probe_c in " + out.resolve("config.json")
        + " and probe again with 'contrastive4j evaluate --run " + out + "'"), note);
    assertEquals("run written to " + out, lines[1], "the last line stays the outcome");

    // The same embeddings and candidates: the same choice, and the same note.
    CliRun evaluated = CliRun.of("evaluate", "--run", out.toString());
    assertEquals(0, evaluated.exitCode(), evaluated.err());
    assertEquals(List.of(note), List.of(evaluated.errLines()));

    // As the note advises, the run's config.json is given other candidates (here the one
    // chosen, alone), and evaluate probes with them: a C given, not chosen, is no edge.
    ObjectNode saved = (ObjectNode) JSON.readTree(out.resolve("config.json").toFile());
    ((ObjectNode) saved.get("evaluation")).putArray("probe_c").add(c);
    JSON.writeValue(out.resolve("config.json").toFile(), saved);
    CliRun fixed = CliRun.of("evaluate", "--run", out.toString());
    assertEquals(0, fixed.exitCode(), fixed.err());
    assertEquals("", fixed.err());
    JsonNode again = JSON.readTree(fixed.out());
    assertEquals(c, again.get("probe_c").asDouble());
    assertEquals(summary.get("test_accuracy").asDouble(), again.get("test_accuracy").asDouble());
  }
}
