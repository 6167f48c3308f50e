package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.testing.PlanetoidCopies;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/** A copy of the real Cora files in a test's directory, to damage and load. */
final class CoraCopy {
  private final Path dir;

  private CoraCopy(Path dir) {
    this.dir = dir;
  }

  /** Copies the eight Cora files into {@code dir} (skipped without ../shared, as usual). */
  static CoraCopy in(Path dir) {
    try {
      return new CoraCopy(PlanetoidCopies.of(PlanetoidName.CORA, dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  GraphDataset load() {
    return Planetoid.load("cora", PlanetoidSource.builder().dataDir(dir).download(false).build());
  }

  /** {@code ind.cora.<suffix>} of the copy. */
  Path file(String suffix) {
    return dir.resolve("ind.cora." + suffix);
  }

  /** Replaces {@code ind.cora.<suffix>} with the real file {@code name} (another data set's). */
  void replaceWithReal(String suffix, String name) throws IOException {
    Files.copy(SharedData.planetoidDir().resolve(name), file(suffix),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Loading fails with one one-line message naming {@code ind.cora.<suffix>}. */
  DatasetException expectFailure(String suffix) {
    DatasetException e = assertThrows(DatasetException.class, this::load);
    assertEquals(file(suffix), e.file());
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    return e;
  }

  void expectProblem(String suffix, String problem) {
    assertEquals(file(suffix) + ": " + problem, expectFailure(suffix).getMessage());
  }

  /** Replaces the one occurrence of {@code from} (which must occur exactly once). */
  void replace(String suffix, byte[] from, byte[] to) throws IOException {
    byte[] bytes = Files.readAllBytes(file(suffix));
    int at = indexOf(bytes, from);
    assertTrue(at >= 0, "pattern not found in " + suffix);
    assertEquals(-1, indexOf(Arrays.copyOfRange(bytes, at + 1, bytes.length), from),
        "pattern occurs more than once in " + suffix);
    System.arraycopy(to, 0, bytes, at, to.length);
    Files.write(file(suffix), bytes);
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }
}
