package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.testing.PluginOnClassPath;
import dev.contrastive4j.runtime.testing.TestReadouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory that runs out in the middle of {@code train} (a plugin readout that throws
 * {@link OutOfMemoryError} after a number of reads; DGI reads twice per step, the clean and the
 * corrupted graph, and full-batch training makes one step per epoch): one line that says how to
 * carry on the run, a kept run directory, and a {@code --resume} that does carry it on.
 * {@code RunOutOfMemoryTest} checks the words for each case.
 */
class RunOutOfMemoryCliTest {
  @TempDir Path tmp;

  /** The plugin on the class path, as its jar would put it there. */
  @RegisterExtension
  final PluginOnClassPath plugins = new PluginOnClassPath(TestReadouts.class);

  /** DGI on the example graph for 10 epochs, a checkpoint every 5, memory gone after reads. */
  private static CliRun train(Path out, int reads) {
    return CliRun.of("train", "--task", "dgi", "--readout", TestReadouts.EXHAUSTING,
        "--readout-param", "reads=" + reads, "--dataset",
        DatasetInfoCommandTest.exampleDirectory().toString(), "--epochs", "10",
        "--checkpoint-every", "5", "--patience", "0", "--hidden", "8", "--probe-repeats", "1",
        "--quiet", "--out", out.toString());
  }

  private static String line(Path run, String carryOn) {
    return "contrastive4j: out of memory (Java heap space) while training into " + run + "; "
        + ErrorReporter.MORE_HEAP + " and " + carryOn + " with: CONTRASTIVE4J_HEAP=4g "
        + "contrastive4j train --resume " + run + ", or use a smaller model or graph in a new "
        + "--out";
  }

  @Test
  void beforeTheFirstCheckpointTheLineSaysToStartAgain() throws IOException {
    Path out = tmp.resolve("run");
    CliRun run = train(out, 6);
    assertEquals(1, run.exitCode(), run.err());
    assertArrayEquals(new String[] {line(out, "start the run again from epoch 1 (it stopped "
        + "before its first checkpoint, at epoch 5)")}, run.errLines());
    assertTrue(Files.exists(out.resolve(RunDirectory.CONFIG)), "the run directory is kept");
    assertFalse(Files.exists(out.resolve(RunDirectory.SUMMARY)));
    assertEquals(3, Files.readAllLines(out.resolve(RunDirectory.METRICS)).size(),
        "the three epochs that read twice");
  }

  @Test
  void afterACheckpointTheRunIsContinuedFromIt() throws IOException {
    Path out = tmp.resolve("run");
    CliRun run = train(out, 14);
    assertEquals(1, run.exitCode(), run.err());
    assertArrayEquals(new String[] {line(out, "continue the run from its last checkpoint")},
        run.errLines());

    // As the line says (the heap is the test's): the new readout reads the five epochs left.
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertEquals(10, new ObjectMapper().readTree(out.resolve(RunDirectory.SUMMARY).toFile())
        .get("epochs_run").asInt());
  }

  @Test
  void aResumeThatRunsOutAgainSaysTheSame() throws IOException {
    Path out = tmp.resolve("run");
    assertEquals(1, train(out, 14).exitCode());
    // The resumed run's readout is built from config.json: 14 reads again, for the 15 epochs
    // after the checkpoint of epoch 5 (only the epochs can change on --resume). It stops at
    // epoch 13, after the checkpoint of epoch 10.
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--epochs", "20",
        "--quiet");
    assertEquals(1, resumed.exitCode(), resumed.err());
    assertArrayEquals(new String[] {line(out, "continue the run from its last checkpoint")},
        resumed.errLines());
    assertEquals(12, Files.readAllLines(out.resolve(RunDirectory.METRICS)).size());
  }
}
