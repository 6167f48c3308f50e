package dev.contrastive4j.runtime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Trains a finished two-epoch run into {@code out}, failing the test if it fails. */
  static Path tinyRun(Path out) {
    CliRun run = of("train", "--epochs", "2", "--hidden", "8", "--probe-repeats", "1",
        "--quiet", "--out", out.toString());
    if (run.exitCode() != 0) {
      throw new AssertionError("the tiny run failed: " + run.err());
    }
    return out;
  }

  /**
   * {@code train} on the example data directory for 3 epochs, 8 units and one probe into
   * {@code out}, with {@code more} options after those.
   */
  static CliRun trainExample(Path out, String... more) {
    String[] base = {"train", "--dataset", DatasetInfoCommandTest.exampleDirectory().toString(),
        "--epochs", "3", "--hidden", "8", "--probe-repeats", "1", "--quiet", "--out",
        out.toString()};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return of(args);
  }

  /** The lines written to stderr. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }
}
