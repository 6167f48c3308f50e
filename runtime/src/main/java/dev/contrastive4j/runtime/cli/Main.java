package dev.contrastive4j.runtime.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code contrastive4j} command line. Each sub-command lives in its own class; errors a
 * user can cause end in one line on stderr and a non-zero exit (see {@link ErrorReporter}).
 */
@Command(
    name = "contrastive4j",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Self-supervised, contrastive representation learning on graphs.",
    subcommands = {TrainCommand.class, EvaluateCommand.class, SummarizeCommand.class,
        DatasetCommand.class, TasksCommand.class, InitCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (for tests and embedding). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** The configured picocli command line, with the project's error handling. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    giveEveryCommandTheVersion(cli);
    ErrorReporter reporter = new ErrorReporter();
    cli.setExecutionExceptionHandler(reporter);
    cli.setParameterExceptionHandler(reporter);
    cli.setExecutionStrategy(parsed -> {
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (OutOfMemoryError e) {
        // picocli hands only exceptions to the reporter; an Error would end in a stack trace.
        throw new CommandLine.ExecutionException(parsed.commandSpec().commandLine(),
            "out of memory", e);
      }
    });
    return cli;
  }

  /**
   * Every command's {@code --version} prints the version: picocli gives a sub-command the
   * option (with {@code mixinStandardHelpOptions}) but not its parent's version provider, so
   * {@code train --version} printed nothing.
   */
  private static void giveEveryCommandTheVersion(CommandLine command) {
    if (command.getCommandSpec().versionProvider() == null) {
      command.getCommandSpec().versionProvider(new VersionProvider());
    }
    command.getSubcommands().values().forEach(Main::giveEveryCommandTheVersion);
  }
}
