package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} draws its progress bar on the process's stderr, and {@code --quiet} leaves it
 * out. The bar goes to {@link System#err} itself, not to picocli's writer, so that it can redraw
 * its line: the test puts a stream of its own there.
 */
class QuietOptionTest {
  /** What a two-epoch {@code train} into {@code out}, quiet or not, drew on System.err. */
  private static String barOf(Path out, boolean quiet) {
    List<String> args = new ArrayList<>(List.of("train", "--epochs", "2", "--hidden", "8",
        "--probe-repeats", "1", "--out", out.toString()));
    if (quiet) {
      args.add("--quiet");
    }
    PrintStream stderr = System.err;
    ByteArrayOutputStream drawn = new ByteArrayOutputStream();
    System.setErr(new PrintStream(drawn, true, StandardCharsets.UTF_8));
    try {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, run.exitCode(), run.err());
    } finally {
      System.setErr(stderr);
    }
    return drawn.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theProgressBarIsDrawnUnlessQuiet(@TempDir Path tmp) {
    String bar = barOf(tmp.resolve("shown"), false);
    assertTrue(bar.contains("training") && bar.contains("2/2"), bar);
    assertFalse(barOf(tmp.resolve("quiet"), true).contains("training"));
  }
}
