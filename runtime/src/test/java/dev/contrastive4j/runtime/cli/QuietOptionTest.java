package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} draws its progress bar on the process's stderr, and {@code --quiet} leaves it
 * out. The bar goes to {@link System#err} itself, not to picocli's writer, so that it can redraw
 * its line: the test puts a stream of its own there.
 */
class QuietOptionTest {
  /** What {@code train} with {@code more} options drew on System.err. */
  private static String barOf(Path out, String... more) {
    String[] base = {"train", "--epochs", "2", "--hidden", "8", "--probe-repeats", "1",
        "--out", out.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    PrintStream stderr = System.err;
    ByteArrayOutputStream drawn = new ByteArrayOutputStream();
    System.setErr(new PrintStream(drawn, true, StandardCharsets.UTF_8));
    try {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode(), run.err());
    } finally {
      System.setErr(stderr);
    }
    return drawn.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theProgressBarIsDrawnUnlessQuiet(@TempDir Path tmp) {
    String bar = barOf(tmp.resolve("shown"));
    assertTrue(bar.contains("training") && bar.contains("2/2"), bar);
    assertFalse(barOf(tmp.resolve("quiet"), "--quiet").contains("training"));
  }
}
