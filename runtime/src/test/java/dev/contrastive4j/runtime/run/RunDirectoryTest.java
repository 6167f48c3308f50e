package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.Experiment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void aDirectoryThatARunIsWritingIsRefusedToAnotherRunUntilItEnds(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("run");
    String inUse = dir + ": is in use: another run is writing it (it holds .lock); wait for "
        + "that run to end, or stop it, before resuming or writing this one";
    RunDirectory first = RunDirectory.create(dir);
    assertTrue(first.inUse());
    // A second run starting in the same new directory (it holds nothing but the lock file yet),
    // or resuming it, was let in: both appended to metrics.jsonl and replaced checkpoints.
    assertEquals(inUse, assertThrows(RunException.class, () -> RunDirectory.create(dir))
        .getMessage());
    RunDirectory second = RunDirectory.open(writeConfig(dir));
    assertTrue(second.inUse());
    assertEquals(inUse, assertThrows(RunException.class, second::lock).getMessage());

    first.unlock();
    assertFalse(second.inUse());
    second.lock();
    second.lock(); // already held: nothing to do
    assertEquals(inUse, assertThrows(RunException.class, first::lock).getMessage());
    second.close();
    first.lock();
    first.close();
    // The lock file stays; it does not make the directory a run's or keep a new run out.
    assertEquals(List.of(RunDirectory.LOCK, RunDirectory.CONFIG), names(dir));
    Path empty = tmp.resolve("ended-before-writing");
    RunDirectory.create(empty).close();
    RunDirectory.create(empty).close();
  }

  /**
   * A run killed while it wrote its first file leaves the lock and a temporary file: no run to
   * resume, so the directory takes a new run (which removes the file) instead of being refused.
   */
  @Test
  void aDirectoryLeftByARunKilledWhileWritingItsFirstFileTakesANewRun(@TempDir Path tmp)
      throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("run"));
    Files.writeString(dir.resolve(RunDirectory.LOCK), "");
    Files.writeString(dir.resolve(".config.json.1a2b3c.tmp"), "{\"se");
    try (RunDirectory run = RunDirectory.create(dir)) {
      assertEquals(List.of(RunDirectory.LOCK), names(dir));
    }
    // Any other file is an earlier run's, which is kept.
    Files.writeString(dir.resolve("notes.txt"), "mine");
    RunException e = assertThrows(RunException.class, () -> RunDirectory.create(dir));
    assertEquals(dir + ": already exists and is not empty; choose another output directory or "
        + "resume that run", e.getMessage());
  }

  @Test
  void twoRunsWriteTwoDirectoriesAtOnce(@TempDir Path tmp) {
    // The lock is held per directory: one run's directory does not keep another out of its own.
    try (RunDirectory a = RunDirectory.create(tmp.resolve("a"));
        RunDirectory b = RunDirectory.create(tmp.resolve("b"))) {
      assertTrue(a.inUse());
      assertTrue(b.inUse());
    }
  }

  private static Path writeConfig(Path dir) throws Exception {
    Files.writeString(dir.resolve(RunDirectory.CONFIG), "{}");
    return dir;
  }

  private static List<String> names(Path dir) throws Exception {
    try (var entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRunDirectoryThatCannotBeLockedSaysWhy(@TempDir Path tmp) throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("run"));
    Files.createDirectories(dir.resolve(RunDirectory.LOCK));
    RunException e = assertThrows(RunException.class, () -> RunDirectory.open(writeConfig(dir))
        .lock());
    assertTrue(e.getMessage().startsWith(dir.resolve(RunDirectory.LOCK) + ": cannot be written ("),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("); a run locks it so that no other run writes " + dir
        + " at the same time"), e.getMessage());
  }

  @Test
  void temporaryFilesOfTheRunsOwnFilesAreRemovedAndNothingElse(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("run");
    try (RunDirectory run = RunDirectory.create(dir)) {
      // What a run cut off while writing leaves: AtomicFiles' and the charts' temporary files.
      for (String name : List.of(".summary.json.1f2e3d.tmp", ".embeddings.npy.0.tmp",
          ".loss.png.abc123.tmp", "notes.txt", ".notes.txt.1f.tmp", ".summary.json.tmp",
          "summary.json")) {
        Files.writeString(dir.resolve(name), "x");
      }
      run.removeStrayTemporaryFiles();
      assertEquals(List.of(".lock", ".notes.txt.1f.tmp", ".summary.json.tmp", "notes.txt",
          "summary.json"), names(dir));
    }
  }
}
