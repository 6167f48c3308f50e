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

  /** The lines written to stderr. */
  String[] errLines() {
    return err.isEmpty() ? new String[0] : err.split("\\R");
  }
}
