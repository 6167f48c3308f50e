package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.runtime.io.FileInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code ind.<name>.test.index}: one non-negative node index per line, as UTF-8 (or ASCII)
 * text whose byte order mark, if an editor added one, is ignored.
 */
final class TestIndexFile {
  private TestIndexFile() {}

  /**
   * The indices in file order. Blank lines are skipped.
   *
   * @throws DatasetException if the file is missing, a line is not a non-negative integer, or
   *     an index appears twice
   */
  static int[] read(Path file) {
    List<String> lines;
    try {
      FileInput.requireFile(file);
      lines = FileInput.text(Files.readAllBytes(file)).lines().toList();
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    } catch (IllegalArgumentException e) {
      throw new DatasetException(file, e.getMessage(), e); // not text
    }
    int[] out = new int[lines.size()];
    int count = 0;
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i).trim();
      if (text.isEmpty()) {
        continue;
      }
      int value;
      try {
        value = Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw new DatasetException(file, "line " + (i + 1) + ": '" + abbreviate(text)
            + "' is not a node index");
      }
      if (value < 0) {
        throw new DatasetException(file, "line " + (i + 1) + ": node index " + value
            + " is negative");
      }
      out[count++] = value;
    }
    if (count == 0) {
      throw new DatasetException(file, "lists no test nodes");
    }
    int[] result = Arrays.copyOf(out, count);
    int[] sorted = result.clone();
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        throw new DatasetException(file, "node index " + sorted[i] + " is listed twice");
      }
    }
    return result;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
