package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/** Running out of memory ends in one line that says what to do, not in a stack trace. */
class OutOfMemoryTest {
  private static final String ADVICE = "; give the JVM more with CONTRASTIVE4J_HEAP (e.g. 4g), "
      + "or use a smaller model or graph";

  @Test
  void aModelTooLargeToAllocateIsOneLine(@TempDir Path tmp) {
    // 1433 x 10^8 float weights (573 GB): the first allocation fails at once.
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--hidden", "100000000", "--epochs", "1", "--quiet",
        "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: out of memory ("), run.err());
    assertTrue(run.err().strip().endsWith(ADVICE), run.err());
    assertFalse(Files.exists(out), "nothing is written");
  }

  /** A command that runs out of JVM memory while it works. */
  @Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  @Test
  void anOutOfMemoryErrorReachesTheReporter() {
    CliRun run = CliRun.withCommand("exhaust", new Exhaust(), "exhaust");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: out of memory (Java heap space)" + ADVICE, run.err().strip());
  }
}
