package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run under the default name ({@code runs/dgi-csbm-<time>}) that another run already has,
 * as two runs started in the same second have, goes under the next free {@code -2}, {@code -3},
 * ...: the user named no directory, so none is refused as taken.
 */
class DefaultRunNameTest {

  @Test
  void aNameAnEarlierRunWroteOrAnotherRunHoldsIsPassedOver(@TempDir Path tmp) throws Exception {
    Path name = tmp.resolve("runs").resolve("dgi-csbm-20261207-005208");
    Files.createDirectories(name);
    Files.writeString(name.resolve("summary.json"), "{}");
    try (RunDirectory holder = RunDirectory.create(tmp.resolve("runs")
            .resolve("dgi-csbm-20261207-005208-2"));
        RunDirectory third = TrainCommand.createUnderDefaultName(name)) {
      assertEquals(name.resolveSibling("dgi-csbm-20261207-005208-3"), third.path());
    }
    // The earlier run's file is where it was.
    assertEquals("{}", Files.readString(name.resolve("summary.json")));
  }

  @Test
  void aFreeNameIsTakenAsItIs(@TempDir Path tmp) {
    Path name = tmp.resolve("runs").resolve("dgi-csbm-20261207-005208");
    try (RunDirectory dir = TrainCommand.createUnderDefaultName(name)) {
      assertEquals(name, dir.path());
    }
  }

  /** A runs/ that cannot be made fails once, with the reason, not under a hundred names. */
  @Test
  void aProblemOtherThanATakenNameIsReportedAsItIs(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("runs");
    Files.writeString(file, "not a directory");
    RunException e = assertThrows(RunException.class,
        () -> TrainCommand.createUnderDefaultName(file.resolve("dgi-csbm-20261207-005208")));
    assertEquals(e.getMessage(), assertThrows(RunException.class,
        () -> RunDirectory.create(file.resolve("dgi-csbm-20261207-005208"))).getMessage());
    assertEquals(1, Files.list(tmp).count());
  }
}
