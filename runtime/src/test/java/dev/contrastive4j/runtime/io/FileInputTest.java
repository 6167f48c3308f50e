package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
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

  @Test
  void namesThePathOfAnExceptionThatGivesNoReason() {
    // The JDK's message of these is the path alone, which says nothing of what went wrong.
    assertEquals("/runs/a already exists", FileInput.systemReason(
        new FileAlreadyExistsException("/runs/a")));
    assertEquals("/runs/a is a directory that is not empty", FileInput.systemReason(
        new DirectoryNotEmptyException("/runs/a")));
    assertEquals("/runs/a not found", FileInput.systemReason(new NoSuchFileException("/runs/a")));
    assertEquals("Not a directory", FileInput.systemReason(
        new NoSuchFileException("/runs/a", null, "Not a directory")));
    assertEquals("IOException", FileInput.systemReason(new IOException()));
  }

  @Test
  void saysWhyADirectoryCannotBeRead() throws IOException {
    assertNull(FileInput.directoryProblem(dir));
    assertEquals("directory not found", FileInput.directoryProblem(dir.resolve("cora")));
    Path file = Files.writeString(dir.resolve("cora.zip"), "x");
    assertEquals("not a directory", FileInput.directoryProblem(file));
  }

  @Test
  void aFileOfNothingButAByteOrderMarkIsEmpty() {
    // An editor saves an empty file so: it is empty text, not a stray U+FEFF.
    assertEquals("", FileInput.text(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
    assertEquals("", FileInput.text(new byte[] {(byte) 0xFF, (byte) 0xFE}));
  }

  @Test
  void decodesUtf8WithOrWithoutAByteOrderMarkAndUtf16WithOne() {
    assertEquals("a: é\n", FileInput.text("a: é\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("a: é\n", FileInput.text("\uFEFFa: é\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("a: é\n", FileInput.text("\uFEFFa: é\n".getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("a: é\n", FileInput.text("a: é\n".getBytes(StandardCharsets.UTF_16)));
    assertEquals("", FileInput.text(new byte[0]));
  }

  @Test
  void namesTheFirstByteThatIsNotText() {
    byte[] latin1 = "name: x\nsé: 1\n".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals("line 2, column 2: not UTF-8 text (byte 0xe9); save the file as UTF-8",
        assertThrows(IllegalArgumentException.class, () -> FileInput.text(latin1))
            .getMessage());
    byte[] npy = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    assertEquals("line 1, column 1: not UTF-8 text (byte 0x93); save the file as UTF-8",
        assertThrows(IllegalArgumentException.class, () -> FileInput.text(npy)).getMessage());
  }
}
