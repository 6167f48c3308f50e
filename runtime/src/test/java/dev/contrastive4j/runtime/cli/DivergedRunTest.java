package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose training diverged before its first checkpoint: evaluate said to finish it with
 * --resume, which would only diverge again. The run directory now records the divergence.
 */
class DivergedRunTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void evaluateAndResumeSayThatTheRunDivergedRatherThanSuggestingAResume(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("run");
    // Adam's steps are about the learning rate: 1e30 overflows float32 within a few epochs.
    CliRun train = CliRun.of("train", "--lr", "1e30", "--epochs", "10", "--hidden", "16",
        "--probe-repeats", "1", "--quiet", "--out", out.toString());
    assertEquals(1, train.exitCode(), train.err());
    JsonNode diverged = JSON.readTree(out.resolve("diverged.json").toFile());
    int epoch = diverged.get("epoch").asInt();
    String what = diverged.get("what").asText();
    assertTrue(train.err().contains("diverged at epoch " + epoch + ": " + what), train.err());
    // Its first checkpoint was to be its last epoch's, the 10th, before the interval's 50th.
    assertTrue(train.err().contains("no checkpoint had been written, the first is at epoch 10"),
        train.err());

    CliRun evaluate = CliRun.of("evaluate", "--run", out.toString());
    assertEquals(1, evaluate.exitCode(), evaluate.err());
    assertEquals("contrastive4j: " + out + ": has no checkpoint: the run's training diverged "
        + "at epoch " + epoch + " (" + what + "), before its first checkpoint at epoch 10, so "
        + "there is nothing to evaluate; start a new run with a lower learning rate",
        evaluate.err().strip());

    CliRun resume = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(1, resume.exitCode(), resume.err());
    assertEquals("contrastive4j: " + out + ": the run's training diverged at epoch " + epoch
        + " (" + what + "), and resumed it would diverge there again; start a new run with a "
        + "lower learning rate", resume.err().strip());

    // Fewer epochs than it got to do train: the run completes and no longer reads as diverged.
    if (epoch > 1) {
      CliRun shorter = CliRun.of("train", "--resume", out.toString(), "--epochs",
          Integer.toString(epoch - 1), "--quiet");
      assertEquals(0, shorter.exitCode(), shorter.err());
      assertFalse(Files.exists(out.resolve("diverged.json")));
      assertEquals(0, CliRun.of("evaluate", "--run", out.toString()).exitCode());
    }
  }
}
