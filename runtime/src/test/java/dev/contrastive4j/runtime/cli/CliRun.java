package dev.contrastive4j.runtime.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    return of(Main.commandLine(), args);
  }

  /**
   * Runs the CLI with {@code command} added as the sub-command {@code name}: a command of the
   * test's own, to see what the error handling makes of a failure no real command can be made
   * to have.
   */
  static CliRun withCommand(String name, Object command, String... args) {
    CommandLine cli = Main.commandLine();
    cli.addSubcommand(name, command);
    return of(cli, args);
  }

  private static CliRun of(CommandLine cli, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    cli.setOut(console(out));
    cli.setErr(console(err));
    int code = cli.execute(args);
    // Not flushed here: what a command leaves in the writer's buffer, the user never sees.
    return new CliRun(code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /**
   * A writer to {@code bytes} as picocli's own to stdout and stderr are: an encoder that
   * buffers what is written until a flush, which println makes on its own but print does not.
   */
  private static PrintWriter console(ByteArrayOutputStream bytes) {
    return new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), true);
  }

  /**
   * Copies the example data directory to {@code data} and trains a finished two-epoch run on
   * that copy into {@code out}, failing the test if it fails: a run whose data set the test can
   * then change or remove.
   */
  static Path tinyRunOnACopy(Path data, Path out) throws IOException {
    TreeCopy.copy(DatasetInfoCommandTest.exampleDirectory(), data);
    return tinyRun(out, "--dataset", data.toString());
  }

  /**
   * Trains a finished two-epoch run into {@code out}, with {@code more} options after the
   * others, failing the test if it fails.
   */
  static Path tinyRun(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("train", "--epochs", "2", "--hidden", "8",
        "--probe-repeats", "1", "--quiet", "--out", out.toString()));
    args.addAll(List.of(more));
    CliRun run = of(args.toArray(String[]::new));
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
