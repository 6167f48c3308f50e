package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by a signal (Ctrl-C, kill) says how to continue it. A signal needs a JVM of its
 * own: the command line runs in a child process on the test class path.
 */
class TrainSignalTest {
  /**
   * Starts a run in a child JVM that is still training when this returns: patience 0 and a large
   * budget, and it has written its first epoch. {@code more} options follow the others.
   */
  private static Process startTraining(Path out, Path err, String... more) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "train", "--epochs",
        "100000", "--patience", "0", "--hidden", "16", "--quiet", "--out", out.toString()));
    command.addAll(List.of(more));
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    Path metrics = out.resolve("metrics.jsonl");
    for (int i = 0; i < 600 && process.isAlive() && !hasLines(metrics); i++) {
      Thread.sleep(100);
    }
    assertTrue(process.isAlive(), "the run ended before it was killed: "
        + Files.readString(err));
    return process;
  }

  @Test
  void aRunKilledBeforeItsFirstCheckpointSaysItStartsAgain(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    String stderr = killed(out, tmp.resolve("stderr.txt"), null);
    assertTrue(stderr.contains("contrastive4j: stopped before the run's first checkpoint (at "
        + "epoch 50); start it again from epoch 1 with: contrastive4j train --resume " + out),
        stderr);
  }

  @Test
  void aRunKilledAfterACheckpointSaysItContinuesFromIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    // The hint gives the run's own interval.
    String stderr = killed(out, tmp.resolve("stderr.txt"), out.resolve("checkpoint"),
        "--checkpoint-every", "3");
    assertTrue(stderr.contains("contrastive4j: stopped; continue the run from its last "
        + "checkpoint (one every 3 epochs) with: contrastive4j train --resume " + out), stderr);
  }

  /**
   * Starts a run with {@code more} options, kills it once {@code awaited} exists (if not null),
   * and returns what it printed on stderr.
   */
  private static String killed(Path out, Path err, Path awaited, String... more)
      throws Exception {
    // Process.destroy sends SIGTERM on Unix-like systems, which runs the shutdown hooks.
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "needs SIGTERM");
    Process process = startTraining(out, err, more);
    try {
      for (int i = 0; i < 1200 && awaited != null && !Files.exists(awaited); i++) {
        Thread.sleep(100);
      }
      assertTrue(process.isAlive(), "the run ended before it was killed: "
          + Files.readString(err));
      process.destroy();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the run did not stop");
    } finally {
      process.destroyForcibly();
    }
    assertNotEquals(0, process.exitValue());
    return Files.readString(err);
  }

  @Test
  void aRunThatAnotherProcessIsTrainingIsNotResumedBesideIt(@TempDir Path tmp)
      throws Exception {
    Path out = tmp.resolve("run");
    Process process = startTraining(out, tmp.resolve("stderr.txt"));
    try {
      // Both ran: each appended its epochs to metrics.jsonl and replaced the other's
      // checkpoints (a run of 120 epochs ended with 160 lines, epochs 100 to 119 twice).
      CliRun second = CliRun.of("train", "--resume", out.toString(), "--quiet");
      assertEquals(1, second.exitCode(), second.out());
      assertEquals("contrastive4j: " + out + ": is in use: another run is writing it (it holds "
          + ".lock); wait for that run to end, or stop it, before resuming or writing this one",
          second.err().strip());
      assertTrue(process.isAlive(), "the first run goes on");
    } finally {
      process.destroyForcibly();
      process.waitFor(60, TimeUnit.SECONDS);
    }
    // Killed (SIGKILL), the run holds its lock no more: the system released it.
    assertTrue(Files.isRegularFile(out.resolve(".lock")));
    try (var dir = dev.contrastive4j.runtime.run.RunDirectory.open(out)) {
      dir.lock();
    }
  }

  private static boolean hasLines(Path file) throws java.io.IOException {
    return Files.exists(file) && Files.size(file) > 0;
  }
}
