package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The words every reader uses for a file it cannot read, instead of the JDK's exception. */
class FileInputTest {
  @TempDir Path dir;

  @Test
  void saysWhyAFileCannotBeRead() throws IOException {
    Path file = dir.resolve("labels.csv");
    assertEquals("file not found", FileInput.problem(file, new NoSuchFileException(
        file.toString())));
    // Run as root, the tests cannot make a file unreadable; the JDK's exception stands for it.
    assertEquals("permission denied", FileInput.problem(file, new AccessDeniedException(
        file.toString())));
    assertEquals("cannot be read (Input/output error)", FileInput.problem(file,
        new FileSystemException(file.toString(), null, "Input/output error")));
    assertEquals("cannot be read (disk on fire)", FileInput.problem(file,
        new IOException("disk on fire")));
    Path directory = Files.createDirectory(file);
    assertEquals("is a directory, not a file", FileInput.problem(directory,
        new IOException("Is a directory")));
  }
}
