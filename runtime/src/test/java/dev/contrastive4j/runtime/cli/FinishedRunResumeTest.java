package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import dev.contrastive4j.api.experiment.TrainingSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --resume} of a run that had already finished says so in its last line, and what
 * it rewrote, instead of "run written to": nothing is trained or probed then.
 */
class FinishedRunResumeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every file under {@code dir} with its content, by relative path. */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(),
            HexFormat.of().formatHex(Files.readAllBytes(p)));
      }
    }
    return files;
  }

  private static String lastLine(CliRun run) {
    String[] lines = run.errLines();
    return lines[lines.length - 1];
  }

  @Test
  void aFinishedRunIsLeftAsItWasAndTheLastLineSaysSo(@TempDir Path tmp) throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    Map<String, String> before = files(out);
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("run " + out + " had already finished; nothing was trained or probed "
        + "and its outputs are unchanged"), List.of(run.errLines()));
    assertEquals(JSON.readTree(out.resolve("summary.json").toFile()), JSON.readTree(run.out()));
    assertEquals(before, files(out));
  }

  @Test
  void aDamagedMetricsFileIsRestoredAndTheLastLineSaysSo(@TempDir Path tmp) throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    Map<String, String> before = files(out);
    Files.writeString(out.resolve("metrics.jsonl"), "{\"epoch\": 1, \"lo");
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("run " + out + " had already finished; nothing was trained or probed, "
        + "metrics.jsonl was restored from the checkpoint, and its other outputs are unchanged",
        lastLine(run));
    assertEquals(before, files(out));
  }

  @Test
  void aRunThatTrainsOnIsWritten(@TempDir Path tmp) {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--epochs", "3", "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("run written to " + out, lastLine(run));
  }

  @Test
  void aNewEpochCountRecordedInConfigJsonIsNamed() {
    assertEquals("run runs/bt had already finished; nothing was trained or probed, config.json "
        + "now records training.epochs = 40, metrics.jsonl was restored from the checkpoint, "
        + "and its other outputs are unchanged", TrainCommand.alreadyFinished(Path.of("runs/bt"),
            List.of("config.json", "metrics.jsonl"), List.of("training.epochs = 40")));
  }

  @Test
  void aNewCheckpointIntervalRecordedInConfigJsonIsNamed(@TempDir Path tmp) {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--checkpoint-every", "7",
        "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("run " + out + " had already finished; nothing was trained or probed, "
        + "config.json now records training.checkpoint_every = 7, and its other outputs are "
        + "unchanged", lastLine(run));
  }

  @Test
  void bothResumableSettingsAreNamedWhenBothChanged() {
    assertEquals("run runs/bt had already finished; nothing was trained or probed, config.json "
        + "now records training.epochs = 40 and training.checkpoint_every = 7, and its other "
        + "outputs are unchanged", TrainCommand.alreadyFinished(Path.of("runs/bt"),
            List.of("config.json"), TrainCommand.recordedNow(
                List.of("training.checkpoint_every", "training.epochs"),
                new TrainingSpec(40, null, null, null, null, null, null, 7))));
  }
}
