package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words every writer uses for a file it cannot write, instead of the JDK's exception. */
class FileOutputTest {
  @TempDir Path dir;

  @Test
  void saysWhyAFileCannotBeWritten() throws IOException {
    Path file = dir.resolve("emb.npy");
    // Run as root, the tests cannot make a directory read-only; the JDK's exception stands for it.
    assertEquals("permission denied", FileOutput.problem(file, new AccessDeniedException(
        dir.resolve(".emb.npy.1f.tmp").toString())));
    assertEquals("cannot be written (No space left on device)", FileOutput.problem(file,
        new FileSystemException(file.toString(), null, "No space left on device")));
    assertEquals("cannot be written (disk on fire)", FileOutput.problem(file,
        new IOException("disk on fire")));
    // The JDK's message of these is the path alone.
    assertEquals("cannot be written (" + file + " already exists)", FileOutput.problem(file,
        new FileAlreadyExistsException(file.toString())));
    Path directory = Files.createDirectory(file);
    assertEquals("is a directory, not a file", FileOutput.problem(directory,
        new FileSystemException(file.toString(), null, "Is a directory")));
  }

  @Test
  void namesAFileWhereADirectoryShouldBe() throws IOException {
    Path runs = Files.writeString(dir.resolve("runs"), "x");
    Path target = runs.resolve("a/emb.npy");
    assertEquals(runs, FileOutput.fileAbove(target));
    assertEquals("cannot be written (" + runs + " is a file, not a directory)",
        FileOutput.problem(target, new FileSystemException(runs.resolve("a").toString(), null,
            "Not a directory")));
    assertEquals(runs + " is a file, not a directory", FileOutput.reason(target,
        new FileAlreadyExistsException(runs.toString())));
    assertNull(FileOutput.fileAbove(dir.resolve("a/b/emb.npy")));
  }
}
