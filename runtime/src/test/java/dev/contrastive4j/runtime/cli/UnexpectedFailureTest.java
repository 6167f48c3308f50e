package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A failure no user input explains (a bug) names its exception type, since its message was not
 * written for the user, and says how to see the stack trace; {@code --verbose} prints it.
 */
class UnexpectedFailureTest {

  /** A command that fails as a bug would, with {@code message} (or none). */
  private static FailingCommand broken(String message) {
    return new FailingCommand(() -> {
      throw new IllegalStateException(message);
    });
  }

  @Test
  void namesTheExceptionAndPointsToVerbose() {
    CliRun run = CliRun.withCommand("fail", broken("no index"), "fail");
    assertEquals(1, run.exitCode());
    assertEquals(2, run.errLines().length, run.err());
    assertEquals("contrastive4j: IllegalStateException: no index", run.errLines()[0]);
    assertEquals("(run again with --verbose for the stack trace)", run.errLines()[1]);
  }

  @Test
  void oneWithoutAMessageIsNamedByItsType() {
    CliRun run = CliRun.withCommand("fail", broken(null), "fail");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: IllegalStateException", run.errLines()[0]);
  }

  @Test
  void verbosePrintsTheStackTraceInsteadOfThePointer() {
    CliRun run = CliRun.withCommand("fail", broken("no index"), "fail", "--verbose");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: IllegalStateException: no index", run.errLines()[0]);
    assertEquals("java.lang.IllegalStateException: no index", run.errLines()[1]);
    assertTrue(run.errLines()[2].strip().startsWith("at " + UnexpectedFailureTest.class.getName()
        + ".lambda$broken"),
        run.err());
    assertTrue(run.err().lines().noneMatch(l -> l.startsWith("(run again")), run.err());
  }
}
