package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.Experiment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Creating a new run directory where it cannot be: one message naming what is in the way. */
class RunDirectoryTest {

  @Test
  void aFileWhereTheParentShouldBeIsNamedAndKept(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("afile");
    Files.writeString(file, "keep me");
    Path dir = file.resolve("sub");
    RunException e = assertThrows(RunException.class, () -> RunDirectory.create(dir));
    assertEquals(dir + ": cannot be created: " + file + " is a file, not a directory",
        e.getMessage());
    assertEquals("keep me", Files.readString(file));
  }

  @Test
  void aFileFurtherUpIsNamedAndNothingIsCreated(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("new").resolve("afile");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "keep me");
    Path dir = file.resolve("a").resolve("b");
    RunException e = assertThrows(RunException.class, () -> RunDirectory.create(dir));
    assertEquals(dir + ": cannot be created: " + file + " is a file, not a directory",
        e.getMessage());
    assertEquals("keep me", Files.readString(file));
    try (var entries = Files.list(tmp.resolve("new"))) {
      assertEquals(1, entries.count());
    }
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedWithTheReasonInWords(@TempDir Path tmp) throws Exception {
    // It said '.../config.json: cannot be written (FileSystemException: .../.config.json.<hex>
    // .tmp -> .../config.json: Is a directory)'.
    RunDirectory run = RunDirectory.create(tmp.resolve("run"));
    Path config = Files.createDirectories(run.resolve(RunDirectory.CONFIG).resolve("x"))
        .getParent();
    RunException e = assertThrows(RunException.class,
        () -> run.writeConfig(Experiment.defaults()));
    assertEquals(config + ": is a directory, not a file", e.getMessage());
  }

  @Test
  void missingParentsAreCreated(@TempDir Path tmp) {
    Path dir = tmp.resolve("a").resolve("b").resolve("run");
    RunDirectory.create(dir);
    assertTrue(Files.isDirectory(dir));
  }
}
