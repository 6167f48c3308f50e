package dev.contrastive4j.runtime.data.planetoid.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;

/** Writes hand-built pickles to a test's directory and checks the one-line refusals. */
final class PickleFiles {
  private PickleFiles() {}

  /** {@code bytes} in a new file of {@code dir}. */
  static Path write(Path dir, byte[] bytes) {
    try {
      Path f = Files.createTempFile(dir, "test", ".pkl");
      Files.write(f, bytes);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that reading {@code pickle} with {@code reader} fails with exactly
   * {@code "<file>: " + problem}, naming the file.
   */
  static void expectProblem(Path dir, byte[] pickle, Function<Path, ?> reader, String problem) {
    Path f = write(dir, pickle);
    DatasetException e = assertThrows(DatasetException.class, () -> reader.apply(f));
    assertEquals(f + ": " + problem, e.getMessage());
    assertEquals(f, e.file());
  }

  /** Asserts that {@code bytes} parse, and that every cut of them is reported as truncated. */
  static void expectTruncatedAtEveryCut(Path dir, byte[] bytes) {
    Path label = dir.resolve("cut.pkl");
    assertNotNull(PickleFileReader.parse(label, bytes));
    for (int length = 1; length < bytes.length; length++) {
      byte[] cut = Arrays.copyOf(bytes, length);
      DatasetException e = assertThrows(DatasetException.class,
          () -> PickleFileReader.parse(label, cut), "cut after " + length + " bytes");
      assertEquals(label + ": truncated pickle (unexpected end of data)", e.getMessage(),
          "cut after " + length + " bytes");
    }
  }
}
