package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped by a signal (Ctrl-C, kill) says how to continue it. A signal needs a JVM of its
 * own: the command line runs in a child process on the test class path.
 */
class TrainSignalTest {
  @Test
  void aKilledRunSaysHowToResumeIt(@TempDir Path tmp) throws Exception {
    // Process.destroy sends SIGTERM on Unix-like systems, which runs the shutdown hooks.
    assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "needs SIGTERM");
    Path out = tmp.resolve("run");
    Path err = tmp.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Patience 0 and a large budget: the run is still training when it is killed.
    Process process = new ProcessBuilder(java, "-Xmx512m", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "train", "--epochs",
        "100000", "--patience", "0", "--hidden", "16", "--quiet", "--out", out.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
    try {
      Path metrics = out.resolve("metrics.jsonl");
      for (int i = 0; i < 600 && process.isAlive() && !hasLines(metrics); i++) {
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
    String stderr = Files.readString(err);
    assertTrue(stderr.contains(TrainCommand.resumeHint(out)), stderr);
  }

  private static boolean hasLines(Path file) throws java.io.IOException {
    return Files.exists(file) && Files.size(file) > 0;
  }
}
