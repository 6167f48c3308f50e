package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line itself: one line, exit status 2, the closest right spelling. */
class UsageErrorTest {

  @Test
  void aMisspeltOptionNamesItAndTheClosestOption(@TempDir Path tmp) {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--epoch", "5", "--out", out.toString());
    assertEquals(2, run.exitCode());
    assertEquals("contrastive4j: unknown option '--epoch' (did you mean '--epochs'?); see "
        + "'contrastive4j train --help'", run.err().strip());
    assertEquals(false, Files.exists(out));
  }

  @Test
  void aMisspeltOptionWithItsValueAttachedNamesTheOptionOnly() {
    assertUsageError("unknown option '--learning-rate'; see 'contrastive4j train --help'",
        "train", "--learning-rate=0.01");
  }

  @Test
  void aMisspeltCommandNamesTheClosestCommand() {
    assertUsageError("unknown command 'trian' (did you mean 'train'?); see "
        + "'contrastive4j --help'", "trian");
  }

  @Test
  void aMisspeltSubcommandNamesTheClosestOne() {
    assertUsageError("unknown command 'infoo' (did you mean 'info'?); see "
        + "'contrastive4j dataset --help'", "dataset", "infoo");
  }

  @Test
  void anArgumentACommandWithoutSubcommandsDoesNotTakeIsNamed() {
    assertUsageError("unexpected argument 'cora'; see 'contrastive4j train --help'", "train",
        "cora");
  }

  @Test
  void otherUsageErrorsAreOneLineToo() {
    assertUsageError("Invalid value for option '--epochs': 'ten' is not an int; see "
        + "'contrastive4j train --help'", "train", "--epochs", "ten");
  }

  @Test
  void aBlankPathIsAUsageErrorNamingTheOption() {
    // Path.of("") is the working directory: '--run ""' said ": is not a run directory" and
    // 'init -o ""' that the file already exists.
    assertUsageError("Invalid value for option '--run': must not be blank, was ''; see "
        + "'contrastive4j evaluate --help'", "evaluate", "--run", "");
    assertUsageError("Invalid value for option '--resume': must not be blank, was ''; see "
        + "'contrastive4j train --help'", "train", "--resume", "");
    assertUsageError("Invalid value for option '--config': must not be blank, was ' '; see "
        + "'contrastive4j train --help'", "train", "--config", " ");
    assertUsageError("Invalid value for option '--out': must not be blank, was ''; see "
        + "'contrastive4j init --help'", "init", "dgi", "-o", "");
  }

  @Test
  void aProgramThatRunsTheCommandLineGetsTheExitStatus() {
    // Main.run is main without System.exit, for a program that embeds the command line.
    assertEquals(2, Main.run("trian"));
  }

  private static void assertUsageError(String expected, String... args) {
    CliRun run = CliRun.of(args);
    assertEquals(2, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: " + expected, run.errLines()[0]);
  }
}
