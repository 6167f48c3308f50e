package dev.contrastive4j.runtime.io;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The numbers of a CSV file as a 2-D array, with the header row (if the file had one) and the
 * line of the file each row came from, so that later checks can name the line at fault.
 *
 * @param values {@code [rows, columns]}
 * @param header the header's column names, or an empty list if the file had no header row
 * @param lines the 1-based line number of each row of {@code values}
 */
public record CsvTable(INDArray values, List<String> header, int[] lines) {

  /** Copies the header and line numbers. */
  public CsvTable {
    header = List.copyOf(header);
    lines = lines.clone();
  }

  /** A copy of the 1-based line number of each row. */
  @Override
  public int[] lines() {
    return lines.clone();
  }

  /** The 1-based line number of row {@code row}. */
  public int lineOf(int row) {
    return lines[row];
  }
}
