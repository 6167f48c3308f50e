package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.runtime.config.Suggestions;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on stderr: {@code contrastive4j: <message>}. Exit status 1 for a
 * failed command, 2 for bad usage (which ends in a pointer to the command's {@code --help}, and
 * names the closest option or command when one is misspelt). With {@code --verbose} the stack
 * trace follows.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception thrown, CommandLine cli, ParseResult parsed) {
    Throwable e = unwrap(thrown);
    PrintWriter err = cli.getErr();
    err.println("contrastive4j: " + messageOf(e));
    if (isVerbose(parsed)) {
      e.printStackTrace(err);
    } else if (!isExpected(e)) {
      err.println("(run again with --verbose for the stack trace)");
    }
    err.flush();
    return FAILED;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    err.println("contrastive4j: " + usageProblem(e) + "; see '"
        + cli.getCommandSpec().qualifiedName() + " --help'");
    err.flush();
    return USAGE;
  }

  /**
   * What is wrong with the command line. An unknown option or command is named on its own (not
   * picocli's list of every argument it could not place) with the closest known one, found as
   * the configuration's did-you-mean finds property names.
   */
  private static String usageProblem(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return e.getMessage();
    }
    CommandSpec command = e.getCommandLine().getCommandSpec();
    String first = unmatched.getUnmatched().get(0);
    if (first.startsWith("-")) {
      String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      return "unknown option '" + option + "'"
          + Suggestions.didYouMean(option, command.optionsMap().keySet());
    }
    if (!command.subcommands().isEmpty()) {
      return "unknown command '" + first + "'"
          + Suggestions.didYouMean(first, command.subcommands().keySet());
    }
    return "unexpected argument '" + first + "'";
  }

  /**
   * Guice wraps what a provider throws, and {@link Main} wraps an {@link OutOfMemoryError}; the
   * user's problem is the cause.
   */
  static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while ((t instanceof com.google.inject.ProvisionException
        || t instanceof com.google.inject.CreationException
        || t instanceof CommandLine.ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * Whether {@code e} says that memory ran out: the JVM's (or JavaCPP's, for ND4J's off-heap
   * arrays) {@link OutOfMemoryError}, or the native allocator's failure, which ND4J reports as a
   * plain {@code RuntimeException("Allocation failed...")}.
   */
  static boolean isOutOfMemory(Throwable e) {
    return e instanceof OutOfMemoryError || (e instanceof RuntimeException
        && e.getMessage() != null && e.getMessage().startsWith("Allocation failed"));
  }

  /** Errors a user can cause carry a message written for them; others show their type too. */
  private static boolean isExpected(Throwable e) {
    return e instanceof IllegalArgumentException || e instanceof UserInputException
        || isOutOfMemory(e)
        || e instanceof RunOutOfMemoryException
        || e instanceof dev.contrastive4j.api.data.DatasetException
        || e instanceof dev.contrastive4j.runtime.run.RunException
        || e instanceof dev.contrastive4j.runtime.inject.BindingException
        || e instanceof dev.contrastive4j.runtime.training.DivergenceException
        || e instanceof dev.contrastive4j.runtime.training.TooFewRowsException
        || e instanceof dev.contrastive4j.runtime.charts.ChartException
        || e instanceof dev.contrastive4j.runtime.plugins.PluginException;
  }

  /** The launcher's variable that sets the JVM's heap. */
  static final String HEAP = "CONTRASTIVE4J_HEAP";

  /** What every line about memory that ran out advises first. */
  static final String MORE_HEAP = "give the JVM more with " + HEAP + " (e.g. 4g)";

  /** The start of the line about memory that ran out: {@code out of memory (Java heap space)}. */
  static String outOfMemory(String what) {
    return "out of memory (" + what + ")";
  }

  private static String messageOf(Throwable e) {
    String m = e.getMessage();
    if (isOutOfMemory(e)) {
      return outOfMemory(m) + "; " + MORE_HEAP + ", or use a smaller model or graph";
    }
    if (isExpected(e) && m != null) {
      return m;
    }
    if (e instanceof com.google.inject.CreationException c) {
      // Its message runs to dozens of lines of where each binding was requested.
      return "the run's parts could not be wired: "
          + dev.contrastive4j.runtime.inject.GuiceMessages.summary(c.getErrorMessages());
    }
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static boolean isVerbose(ParseResult parsed) {
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
