package dev.contrastive4j.runtime.cli;

import java.nio.file.Path;

/**
 * How the user runs the command line, for the commands it suggests ("continue the run with:
 * ./contrastive4j train --resume ..."): the launcher passes the command as it was typed in the
 * system property {@code contrastive4j.command}; without it (a JVM started otherwise), the plain
 * name {@code contrastive4j}.
 */
final class CommandName {
  /** The system property the launcher sets. */
  static final String PROPERTY = "contrastive4j.command";

  private CommandName() {}

  /** The command to put in front of a suggested subcommand. */
  static String get() {
    String typed = System.getProperty(PROPERTY);
    return typed == null || typed.isBlank() ? "contrastive4j" : typed;
  }

  /** The command that continues the run in {@code run}: {@code contrastive4j train --resume DIR}. */
  static String resume(Path run) {
    return get() + " train --resume " + run;
  }
}
