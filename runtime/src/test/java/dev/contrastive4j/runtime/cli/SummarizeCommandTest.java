package dev.contrastive4j.runtime.cli;

import static dev.contrastive4j.runtime.testing.SampleStatistics.mean;
import static dev.contrastive4j.runtime.testing.SampleStatistics.sampleStd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summarize RUN...} over runs that {@code train} wrote: the mean and spread of their
 * accuracies, each run's figures, and one line naming the run at fault otherwise.
 */
class SummarizeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void summarizesTheSeedsOfOneExperimentAsTheirSummariesSay(@TempDir Path tmp) throws Exception {
    Path a = CliRun.tinyRun(tmp.resolve("a"), "--seed", "1");
    Path b = CliRun.tinyRun(tmp.resolve("b"), "--seed", "2");
    Path c = CliRun.tinyRun(tmp.resolve("c"), "--seed", "3");
    CliRun run = CliRun.of("summarize", a.toString(), b.toString(), c.toString());
    assertEquals(0, run.exitCode(), run.err());

    double[] test = new double[3];
    double[] val = new double[3];
    Path[] runs = {a, b, c};
    JsonNode out = JSON.readTree(run.out());
    for (int i = 0; i < 3; i++) {
      JsonNode summary = JSON.readTree(runs[i].resolve("summary.json").toFile());
      JsonNode row = out.get("per_run").get(i);
      assertEquals(runs[i].toString(), row.get("run").asText());
      assertEquals(i + 1, row.get("seed").asLong());
      for (String field : new String[] {"test_accuracy", "val_accuracy", "epochs_run",
          "best_epoch", "median_epoch_seconds"}) {
        assertEquals(summary.get(field), row.get(field), field);
      }
      test[i] = summary.get("test_accuracy").asDouble();
      val[i] = summary.get("val_accuracy").asDouble();
    }
    assertEquals("csbm", out.get("dataset").asText());
    assertEquals("dgi", out.get("task").asText());
    assertEquals(3, out.get("runs").asInt());
    assertEquals(mean(test), out.get("test_accuracy").asDouble(), 1e-12);
    assertEquals(sampleStd(test), out.get("test_accuracy_std").asDouble(), 1e-12);
    assertEquals(mean(val), out.get("val_accuracy").asDouble(), 1e-12);
    assertEquals(sampleStd(val), out.get("val_accuracy_std").asDouble(), 1e-12);
    assertEquals(String.format(Locale.ROOT,
        "csbm, dgi: test accuracy %.3f ± %.3f over 3 runs (seeds 1, 2, 3)", mean(test),
        sampleStd(test)) + System.lineSeparator(), run.err());

    CliRun one = CliRun.of("summarize", b.toString());
    assertEquals(0, one.exitCode(), one.err());
    assertTrue(one.err().endsWith("over 1 run (seed 2)" + System.lineSeparator()), one.err());
  }

  @Test
  void refusesRunsOfAnotherExperimentInOneLine(@TempDir Path tmp) {
    Path a = CliRun.tinyRun(tmp.resolve("a"), "--seed", "1");
    Path lr = CliRun.tinyRun(tmp.resolve("lr"), "--seed", "2", "--lr", "0.01");
    CliRun run = CliRun.of("summarize", a.toString(), lr.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals("contrastive4j: " + lr + ": its experiment differs from that of " + a
        + " in more than the seed (training.learning_rate: 0.001 in " + a + ", 0.01 in " + lr
        + "); give runs of one experiment" + System.lineSeparator(), run.err());

    CliRun missing = CliRun.of("summarize", a.toString(), tmp.resolve("none").toString());
    assertEquals(1, missing.exitCode());
    assertEquals("contrastive4j: " + tmp.resolve("none") + ": no such directory; give the "
        + "directory of a run" + System.lineSeparator(), missing.err());

    CliRun none = CliRun.of("summarize");
    assertEquals(2, none.exitCode());
    assertTrue(none.err().startsWith("contrastive4j: Missing required parameter: 'RUN'"),
        none.err());
  }
}
