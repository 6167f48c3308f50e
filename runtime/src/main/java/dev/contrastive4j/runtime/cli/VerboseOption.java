package dev.contrastive4j.runtime.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} flag that every command accepts: show stack traces on errors. */
public final class VerboseOption {
  @Option(names = "--verbose", description = "Print the full stack trace when a command fails.")
  boolean verbose;
}
