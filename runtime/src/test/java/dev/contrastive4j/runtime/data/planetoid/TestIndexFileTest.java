package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The test.index file on its own: which lines are node indices, and the refusals. */
class TestIndexFileTest {
  @TempDir
  Path dir;

  @Test
  void indicesInFileOrderFromZeroUp() throws IOException {
    assertArrayEquals(new int[] {7, 0, 3}, TestIndexFile.read(write("7\n0\n\n 3 \n")));
    expectProblem("4\n-3\n", "line 2: node index -3 is negative");
  }

  @Test
  void anIndexListedTwiceAnywhere() throws IOException {
    assertArrayEquals(new int[] {5, 3}, TestIndexFile.read(write("5\n3\n")));
    expectProblem("5\n3\n8\n5\n", "node index 5 is listed twice");
  }

  @Test
  void aLongLineIsShortenedInTheMessage() throws IOException {
    String forty = "x".repeat(40);
    assertArrayEquals(new int[] {1}, TestIndexFile.read(write("1\n")));
    expectProblem("1\n" + forty + "\n", "line 2: '" + forty + "' is not a node index");
    expectProblem(forty + "yz\n", "line 1: '" + forty + "...' is not a node index");
  }

  @Test
  void aDeviceIsNotReadToItsEnd() throws IOException {
    Path good = write("1\n");
    assertArrayEquals(new int[] {1}, TestIndexFile.read(good));
    // /dev/zero has no end: reading it all would fill the memory.
    Path zeros = Files.createSymbolicLink(dir.resolve("ind.cora.test.index"),
        Path.of("/dev/zero"));
    DatasetException e = assertThrows(DatasetException.class, () -> TestIndexFile.read(zeros));
    assertEquals(zeros + ": is a pipe, device or socket, not a file", e.getMessage());
  }

  private Path write(String text) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "test", ".index"), text);
  }

  private void expectProblem(String text, String problem) throws IOException {
    Path f = write(text);
    DatasetException e = assertThrows(DatasetException.class, () -> TestIndexFile.read(f));
    assertEquals(f + ": " + problem, e.getMessage());
    assertEquals(f, e.file());
  }
}
