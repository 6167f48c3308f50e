package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.runtime.testing.ThinningReadout;
import dev.contrastive4j.runtime.testing.PluginOnClassPath;
import dev.contrastive4j.runtime.testing.TestReadouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin readout's rows are not known before it reads: one that gives Barlow Twins or VICReg
 * a step of one row trained them without a word (Barlow Twins' loss a constant). Training now
 * stops at that step, in one line that names the step, the readout, its rows and why the task
 * needs more, and what the run wrote stays as it was.
 */
class PluginReadoutRowsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String READOUT = "the readout 'thinning' ("
      + ThinningReadout.class.getName() + ")";

  private static final String BARLOW_TWINS = "Barlow Twins standardizes each dimension over "
      + "the rows (normalize_batch): its loss would be constant and nothing would train; set "
      + "normalize_batch to false; or use a readout that gives every step at least 2 rows";

  @TempDir Path tmp;

  /** The plugin on the class path, as its jar would put it there. */
  @RegisterExtension
  final PluginOnClassPath plugins = new PluginOnClassPath(TestReadouts.class);

  /**
   * {@code train} of {@code task} on the example data directory (a small graph) reading with
   * the plugin readout, {@code more} options after.
   */
  private static CliRun train(Path out, String task, String... more) {
    List<String> args = new ArrayList<>(List.of("train", "--task", task, "--readout",
        "thinning", "--dataset", DatasetInfoCommandTest.exampleDirectory().toString(),
        "--hidden", "8", "--probe-repeats", "1", "--quiet", "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** The names of the files in {@code dir} that are not hidden (its lock file is). */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
          .sorted().toList();
    }
  }

  /** The losses of {@code metrics.jsonl}, by epoch. */
  private static List<Double> losses(Path run) throws IOException {
    List<Double> losses = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve("metrics.jsonl"))) {
      JsonNode epoch = JSON.readTree(line);
      assertEquals(losses.size() + 1, epoch.get("epoch").asInt(), line);
      losses.add(epoch.get("loss").asDouble());
    }
    return losses;
  }

  @Test
  void oneRowStopsBarlowTwinsAndVicRegInOneLine() throws Exception {
    String vicReg = "VICReg's variance and covariance terms (var_weight, cov_weight) are taken "
        + "over the rows: over one row they are constant, and only the invariance term would "
        + "train, towards collapse; set var_weight and cov_weight to 0 for the invariance term "
        + "alone; or use a readout that gives every step at least 2 rows";
    for (String[] task : new String[][] {{"barlow-twins", BARLOW_TWINS}, {"vicreg", vicReg}}) {
      Path out = tmp.resolve(task[0]);
      CliRun run = train(out, task[0], "--epochs", "3");
      assertEquals(1, run.exitCode(), run.err());
      assertEquals("", run.out());
      assertEquals(List.of("contrastive4j: training stopped in step 1 of epoch 1: " + READOUT
          + " gave that step one row, and " + task[1]), List.of(run.errLines()));
      assertEquals(List.of("config.json"), files(out));
    }
  }

  @Test
  void aLaterShortStepKeepsWhatTheRunWroteAndItsResumeStopsThereAgain() throws Exception {
    // Two reads a step (two views), one step an epoch: epoch 4 is the first of one row.
    Path out = tmp.resolve("run");
    CliRun run = train(out, "barlow-twins", "--readout-param", "full_reads=6", "--epochs",
        "10");
    String stopped = "contrastive4j: training stopped in step 1 of epoch 4: " + READOUT
        + " gave that step one row, and " + BARLOW_TWINS;
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of(stopped), List.of(run.errLines()));
    assertEquals(List.of("config.json", "metrics.jsonl"), files(out));
    byte[] config = Files.readAllBytes(out.resolve("config.json"));
    List<Double> losses = losses(out);
    assertEquals(3, losses.size());

    // Without a checkpoint the resume trains from the first epoch, to the same step.
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(1, resumed.exitCode(), resumed.err());
    assertEquals(List.of(stopped), List.of(resumed.errLines()));
    assertEquals(losses, losses(out));
    assertEquals(List.of("config.json", "metrics.jsonl"), files(out));
    assertArrayEquals(config, Files.readAllBytes(out.resolve("config.json")));
  }

  @Test
  void theCheckpointBeforeAShortStepStaysAndAResumeTrainsOnFromIt() throws Exception {
    // Every node for 51 epochs: the checkpoint of epoch 50 is written before the short step.
    Path out = tmp.resolve("run");
    CliRun run = train(out, "barlow-twins", "--readout-param", "full_reads=102", "--epochs",
        "52", "--patience", "0");
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("contrastive4j: training stopped in step 1 of epoch 52: "),
        run.err());
    assertEquals(List.of("checkpoint", "config.json", "metrics.jsonl"), files(out));
    assertEquals(50, JSON.readTree(out.resolve("checkpoint/progress.json").toFile())
        .get("epochs_done").asInt());
    List<Double> losses = losses(out);
    assertEquals(51, losses.size());

    // The resumed process counts the readout's reads anew, as a readout fixed since would give
    // every step enough rows: the run trains on from its checkpoint to the end.
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(52, JSON.readTree(resumed.out()).get("epochs_run").asInt());
    List<Double> after = losses(out);
    assertEquals(52, after.size());
    assertEquals(losses, after.subList(0, 51), "epoch 51 trains again as it did");
  }

  @Test
  void aPluginReadoutOfEnoughRowsTrains() throws Exception {
    Path out = tmp.resolve("run");
    CliRun run = train(out, "barlow-twins", "--readout-param", "rows=3", "--epochs", "2");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(2, JSON.readTree(run.out()).get("epochs_run").asInt());
    List<Double> losses = losses(out);
    assertFalse(losses.get(0).equals(losses.get(1)), "three rows train: " + losses);
  }
}
