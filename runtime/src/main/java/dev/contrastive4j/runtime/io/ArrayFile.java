package dev.contrastive4j.runtime.io;

import java.nio.file.Path;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An array read from a file, with what is needed to point at one of its rows in a message:
 * {@code line 8} for a CSV file, {@code row 7} for a .npy file.
 *
 * @param file the file it was read from
 * @param values the array
 * @param csvLines for a CSV file the line number of each row, otherwise null
 */
public record ArrayFile(Path file, INDArray values, int[] csvLines) {

  /** Copies the line numbers. */
  public ArrayFile {
    csvLines = csvLines == null ? null : csvLines.clone();
  }

  /** A copy of the line number of each row, or null for a file that is not CSV. */
  @Override
  public int[] csvLines() {
    return csvLines == null ? null : csvLines.clone();
  }

  /** Where row {@code row} (0-based) is: {@code "line 8"} in a CSV file, else {@code "row 7"}. */
  public String rowName(long row) {
    return csvLines != null && row < csvLines.length ? "line " + csvLines[(int) row]
        : "row " + row;
  }
}
