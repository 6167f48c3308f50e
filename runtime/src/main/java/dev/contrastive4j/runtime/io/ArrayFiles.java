package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads and writes arrays in the format their file name's extension names ({@link ArrayFormat}),
 * checking what is read against an {@link ArrayExpectation} and converting it to the type the
 * caller needs.
 */
public final class ArrayFiles {
  private ArrayFiles() {}

  /**
   * Reads {@code file} and returns its array as {@code type}.
   *
   * <p>A .npy file must hold elements of the same kind as {@code type} (float, integer or
   * bool) and is converted to {@code type}; integers must fit into it, and so must finite
   * floats. A CSV file is parsed
   * straight into {@code type}; as CSV is always a table, a one-column table becomes a 1-D
   * array when {@code expected} is 1-D; a table without data rows has as many columns as its
   * header has names.
   *
   * @param expected the required rank, kind and fixed dimension sizes
   * @throws DatasetException naming the file for a missing or unreadable file, an unknown
   *     extension, a cell that is not a number, or a type or shape other than expected
   */
  public static ArrayFile read(Path file, DataType type, ArrayExpectation expected) {
    ArrayFormat format = ArrayFormat.of(file).orElseThrow(() -> new DatasetException(file,
        "unknown array file type; use .npy or .csv"));
    if (format == ArrayFormat.NPY) {
      INDArray values = NpyFiles.read(file, expected);
      return new ArrayFile(file, convert(file, values, type), null);
    }
    if (expected.rank() > 2) {
      throw new DatasetException(file, "expected " + expected.describe()
          + ", which CSV cannot hold; use .npy");
    }
    CsvTable table = CsvFiles.read(file, type);
    INDArray values = table.values();
    // A table without rows has its header's width: a header cut short (an edge file's
    // 'sou') is refused here, not taken for an empty table of the expected width.
    if (expected.rank() == 1 && values.size(1) == 1) {
      values = values.reshape(values.size(0));
    }
    expected.check(file, values.dataType(), values.shape());
    return new ArrayFile(file, values, table.lines());
  }

  /**
   * Reads a 1-D integer array (a .npy vector or a one-column CSV file) as an {@code int[]}.
   *
   * @param length the required number of entries, or {@link ArrayExpectation#ANY}
   * @throws DatasetException as {@link #read}, or if a value does not fit an int
   */
  public static int[] readInts(Path file, long length) {
    INDArray values = read(file, DataType.INT32, ArrayExpectation.of(ElementKind.INTEGER, length))
        .values();
    return values.length() == 0 ? new int[0] : values.dup('c').data().asInt();
  }

  /**
   * Writes {@code values} to {@code file} in the format its extension names, atomically.
   *
   * @param csvHeader column names for a CSV file (ignored for .npy); empty for no header
   * @throws DatasetException for an unknown extension, an array the format cannot hold, or
   *     an I/O problem
   */
  public static void write(Path file, INDArray values, List<String> csvHeader) {
    ArrayFormat format = ArrayFormat.of(file).orElseThrow(() -> new DatasetException(file,
        "unknown array file type; use .npy or .csv"));
    if (format == ArrayFormat.NPY) {
      NpyFiles.write(file, values);
    } else {
      CsvFiles.write(file, values, csvHeader);
    }
  }

  /** {@code values} as {@code type}; integers and finite floats are checked to fit. */
  private static INDArray convert(Path file, INDArray values, DataType type) {
    if (values.dataType() == type) {
      return values;
    }
    ElementKind from = ElementKind.of(values.dataType());
    ElementKind to = ElementKind.of(type);
    if (from != to) {
      throw new DatasetException(file, "holds " + ArrayExpectation.typeName(values.dataType())
          + " values where " + to.word() + " values are needed");
    }
    if (to == ElementKind.INTEGER && values.length() > 0) {
      long min = values.minNumber().longValue();
      long max = values.maxNumber().longValue();
      long[] range = integerRange(type);
      if (min < range[0] || max > range[1]) {
        // Name the first value that does not fit, as for floats; a copy only on this path.
        long[] flat = values.dup('c').data().asLong();
        int i = 0;
        while (flat[i] >= range[0] && flat[i] <= range[1]) {
          i++;
        }
        long row = values.rank() == 0 ? 0 : i / (values.length() / values.size(0));
        throw new DatasetException(file, "row " + row + ": " + flat[i] + " is outside the "
            + ArrayExpectation.typeName(type) + " range");
      }
    }
    if (to == ElementKind.FLOAT) {
      return FloatNarrowing.cast(file, values, type, overflow -> "row " + overflow.row());
    }
    return values.castTo(type);
  }

  /** The smallest and largest value of an integer type. */
  static long[] integerRange(DataType type) {
    return switch (type) {
      case BYTE -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
      case UBYTE -> new long[] {0, 255};
      case SHORT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
      case INT -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
      default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    };
  }
}
