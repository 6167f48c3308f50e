package dev.contrastive4j.runtime.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.contrastive4j.api.data.DatasetException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes comma-separated files of numbers as 2-D {@link INDArray}s.
 *
 * <p>The format: one row per line, cells separated by commas; blank lines and lines starting
 * with {@code #} are skipped; spaces around cells are ignored; cells may be quoted. The first
 * row is a header (column names) if none of its cells is empty, a number or a word for a value
 * that is not finite ({@code NaN}, {@code inf}); a file that ends inside its header line (no
 * line break after it) is refused as cut short. Every row has the same
 * number of cells. Integer columns accept only integers ({@code -3}, {@code 12}); float columns
 * accept decimal numbers with an optional exponent ({@code 0.5}, {@code -1e-3}), but not
 * {@code NaN} or infinities; bool columns accept {@code 0}, {@code 1}, {@code true},
 * {@code false}. Any other cell fails with a {@link DatasetException} such as
 * {@code edges/cites.csv: line 7, column 2: 'x3' is not a number}.
 *
 * <p>Parsing is done by Jackson's CSV parser, which also tracks line numbers.
 */
public final class CsvFiles {
  // No TRIM_SPACES: Jackson's trimming drops every character up to ' ', NUL bytes included, so
  // a file whose end was zeroed (a crash while it was written) would read as a shorter table.
  // Cells are trimmed of spaces and tabs here instead.
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.ALLOW_COMMENTS)
      .build();
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
  // The words NumPy and pandas write for values that are not finite.
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  private CsvFiles() {}

  /**
   * Reads {@code file} into a {@code [rows, columns]} array of {@code type}.
   *
   * @param type the element type of the result (float, integer or bool types)
   * @throws DatasetException naming the file, line and column of the first cell that is not a
   *     number of that type, of a row with a different number of cells, a file without a header
   *     or rows, or the I/O problem
   */
  public static CsvTable read(Path file, DataType type) {
    ElementKind kind = ElementKind.of(type);
    List<String> header = List.of();
    List<Integer> lines = new ArrayList<>();
    double[] doubles = kind == ElementKind.FLOAT ? new double[1024] : null;
    long[] longs = kind == ElementKind.FLOAT ? null : new long[1024];
    int count = 0;
    int columns = -1;
    int firstLine = 0;
    CsvParser p;
    try {
      FileInput.requireFile(file);
      p = MAPPER.getFactory().createParser(Files.newInputStream(file));
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    }
    try (p) {
      p.setSchema(CsvSchema.emptySchema());
      p.nextToken(); // START_ARRAY of the rows, or null for a file without any
      List<String> cells = new ArrayList<>();
      while (p.nextToken() == JsonToken.START_ARRAY) {
        cells.clear();
        int line = -1;
        while (p.nextToken() == JsonToken.VALUE_STRING) {
          if (line < 0) {
            line = p.currentTokenLocation().getLineNr();
          }
          cells.add(p.getText());
        }
        if (lines.isEmpty() && header.isEmpty() && cells.size() > 0
            && cells.get(0).startsWith("\uFEFF")) {
          cells.set(0, cells.get(0).substring(1)); // a UTF-8 byte order mark
        }
        for (int c = 0; c < cells.size(); c++) {
          cells.set(c, trimmed(cells.get(c)));
          checkText(file, line, c, cells.get(c));
        }
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue; // white space alone (tabs, a byte order mark) is a blank line too
        }
        if (lines.isEmpty() && header.isEmpty() && isHeader(cells)) {
          header = List.copyOf(cells);
          columns = cells.size();
          firstLine = line;
          continue;
        }
        if (columns < 0) {
          columns = cells.size();
          firstLine = line;
        } else if (cells.size() != columns) {
          throw new DatasetException(file, "line " + line + ": has " + cells.size()
              + (cells.size() == 1 ? " column" : " columns") + " but line " + firstLine
              + " has " + columns);
        }
        for (int c = 0; c < cells.size(); c++) {
          if (count == (doubles != null ? doubles.length : longs.length)) {
            if (doubles != null) {
              doubles = Arrays.copyOf(doubles, grow(file, count));
            } else {
              longs = Arrays.copyOf(longs, grow(file, count));
            }
          }
          String cell = cells.get(c);
          if (doubles != null) {
            doubles[count++] = parseFloat(file, line, c, cell, type);
          } else {
            longs[count++] = parseLong(file, line, c, cell, type);
          }
        }
        lines.add(line);
      }
      if (lines.isEmpty() && !header.isEmpty()
          && p.currentLocation().getLineNr() == firstLine) {
        // No line break after the header: a file cut off inside its first line ('source,tar'),
        // which would read as a table without rows.
        throw new DatasetException(file, "line " + firstLine + ": the file ends inside its "
            + "header line (no line break after it), as a file cut short does; a table without "
            + "rows is written as its header line and a line break");
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new DatasetException(file, (line > 0 ? "line " + line + ": " : "")
          + "not valid CSV: " + e.getOriginalMessage(), e);
    } catch (CharConversionException e) {
      // Jackson's words for it name Java's exception and no line.
      throw new DatasetException(file, "line " + p.currentLocation().getLineNr()
          + ": not UTF-8 text; save the file as UTF-8", e);
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    }
    int rows = lines.size();
    if (rows == 0 && header.isEmpty()) {
      // Cut off to nothing, say, which would read as a table without rows: no edges at all.
      throw new DatasetException(file, "is empty (no rows, not even a header line); a table "
          + "without rows is written as its header line alone");
    }
    if (rows == 0) {
      return new CsvTable(Nd4j.create(type, 0, columns), header, new int[0]);
    }
    INDArray values = toArray(type, doubles, longs, count).reshape('c', rows, columns);
    return new CsvTable(values, header, lines.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Writes a 1-D (one column) or 2-D array as CSV, atomically, with {@code header} as its first
   * line unless the list is empty. Floats are written in the shortest form that reads back to
   * the same value.
   *
   * @throws DatasetException if the array is not 1-D or 2-D, has no columns, has no rows and
   *     no header (it would read back as an empty file), the header does not have one name per
   *     column, a float is NaN or infinite, or the file cannot be written
   */
  public static void write(Path file, INDArray array, List<String> header) {
    if (array.rank() != 1 && array.rank() != 2) {
      throw new DatasetException(file, "CSV holds 1-D or 2-D arrays, not shape "
          + ArrayExpectation.shapeString(array.shape()) + "; use .npy");
    }
    long rows = array.size(0);
    long cols = array.rank() == 1 ? 1 : array.size(1);
    if (cols == 0) {
      throw new DatasetException(file, "CSV cannot hold a table without columns; use .npy");
    }
    if (rows == 0 && header.isEmpty()) {
      throw new DatasetException(file, "a table without rows is written to CSV as its header "
          + "line alone; give the column names");
    }
    if (!header.isEmpty() && header.size() != cols) {
      throw new DatasetException(file, "header has " + header.size() + " names for " + cols
          + " columns");
    }
    for (String name : header) {
      if (name.isEmpty() || DECIMAL.matcher(name).matches() || name.contains(",")
          || name.contains("\"") || name.startsWith("#")) {
        throw new DatasetException(file, "header name '" + name + "' must be non-empty, not a "
            + "number, and free of commas, quotes and a leading #");
      }
    }
    ElementKind kind = ElementKind.of(array.dataType());
    INDArray c = array.rank() == 1 ? array.reshape(rows, 1) : array;
    StringBuilder text = new StringBuilder();
    if (!header.isEmpty()) {
      text.append(String.join(",", header)).append('\n');
    }
    if (rows * cols > 0) {
      INDArray dense = c.dup('c');
      double[] d = kind == ElementKind.FLOAT ? dense.castTo(DataType.DOUBLE).data().asDouble()
          : null;
      long[] l = kind == ElementKind.FLOAT ? null : dense.castTo(DataType.INT64).data().asLong();
      for (long r = 0; r < rows; r++) {
        for (long k = 0; k < cols; k++) {
          int i = (int) (r * cols + k);
          if (k > 0) {
            text.append(',');
          }
          if (d != null) {
            if (!Double.isFinite(d[i])) {
              throw new DatasetException(file, "cannot write " + d[i] + " (row " + r
                  + ", column " + k + ") to CSV");
            }
            text.append(array.dataType() == DataType.DOUBLE ? Double.toString(d[i])
                : Float.toString((float) d[i]));
          } else {
            text.append(l[i]);
          }
        }
        text.append('\n');
      }
    }
    try {
      AtomicFiles.write(file, out -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.append(text);
        w.flush();
      });
    } catch (IOException e) {
      throw new DatasetException(file, FileOutput.problem(file, e), e);
    }
  }

  private static boolean isHeader(List<String> cells) {
    for (String cell : cells) {
      if (cell.isEmpty() || DECIMAL.matcher(cell).matches() || cell.equalsIgnoreCase("true")
          || cell.equalsIgnoreCase("false") || NON_FINITE.matcher(cell).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The next capacity of the cell buffer after {@code size} cells.
   *
   * @throws DatasetException naming {@code file} when it has more cells than a Java array holds
   */
  static int grow(Path file, int size) {
    if (size >= Integer.MAX_VALUE - 16) {
      throw new DatasetException(file, "has more than " + size + " cells, more than an array "
          + "holds; use .npy files for arrays this large");
    }
    return (int) Math.min(Integer.MAX_VALUE - 16L, size * 2L);
  }

  /** {@code cell} without the spaces and tabs around it. */
  private static String trimmed(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && (cell.charAt(start) == ' ' || cell.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (cell.charAt(end - 1) == ' ' || cell.charAt(end - 1) == '\t')) {
      end--;
    }
    return cell.substring(start, end);
  }

  /**
   * Refuses a cell holding a control character other than a tab or line break: text never
   * holds one, and runs of NUL bytes are what a file cut short by a crash often ends in.
   */
  private static void checkText(Path file, int line, int column, String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new DatasetException(file, "line " + line + ", column " + (column + 1)
            + ": holds the control character " + String.format("U+%04X", (int) c)
            + ", which text does not; the file is damaged or not CSV");
      }
    }
  }

  private static double parseFloat(Path file, int line, int column, String cell,
      DataType type) {
    if (NON_FINITE.matcher(cell).matches()) {
      throw new DatasetException(file, "line " + line + ", column " + (column + 1) + ": '"
          + cell + "' is not finite; the values must be finite numbers");
    }
    if (!DECIMAL.matcher(cell).matches()) {
      throw notA(file, line, column, cell, "number");
    }
    double v = Double.parseDouble(cell);
    boolean overflow = Double.isInfinite(v)
        || (type == DataType.FLOAT && Float.isInfinite((float) v))
        || (type == DataType.FLOAT16 && Math.abs(v) > 65504);
    if (overflow) {
      throw new DatasetException(file, "line " + line + ", column " + (column + 1) + ": '"
          + cell + "' is outside the " + ArrayExpectation.typeName(type) + " range");
    }
    return v;
  }

  private static long parseLong(Path file, int line, int column, String cell, DataType type) {
    if (type == DataType.BOOL) {
      return switch (cell.toLowerCase(java.util.Locale.ROOT)) {
        case "0", "false" -> 0;
        case "1", "true" -> 1;
        default -> throw notA(file, line, column, cell, "bool (0, 1, true or false)");
      };
    }
    if (!INTEGER.matcher(cell).matches()) {
      throw notA(file, line, column, cell, DECIMAL.matcher(cell).matches() ? "integer"
          : "number");
    }
    long[] range = ArrayFiles.integerRange(type);
    try {
      long v = Long.parseLong(cell.startsWith("+") ? cell.substring(1) : cell);
      if (v < range[0] || v > range[1]) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new DatasetException(file, "line " + line + ", column " + (column + 1) + ": '"
          + cell + "' is outside the " + ArrayExpectation.typeName(type) + " range");
    }
  }

  private static DatasetException notA(Path file, int line, int column, String cell,
      String what) {
    String article = what.startsWith("integer") ? "an " : "a ";
    return new DatasetException(file, "line " + line + ", column " + (column + 1) + ": '"
        + shown(cell) + "' is not " + article + what + separatorHint(cell));
  }

  /**
   * A cell as a message shows it: on one line (a quoted cell may hold line breaks and tabs,
   * written as Java escapes; other control characters are refused before) and at most 40
   * characters long.
   */
  private static String shown(String cell) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    for (; i < cell.length() && s.length() < 40; i++) {
      char c = cell.charAt(i);
      switch (c) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> s.append(c);
      }
    }
    return i < cell.length() ? s + "..." : s.toString();
  }

  /**
   * For a cell of numbers joined by another separator than the comma (a semicolon, tab, space
   * or bar), which other tools write: how this reader separates cells.
   */
  private static String separatorHint(String cell) {
    for (String separator : new String[] {";", "\t", " ", "|"}) {
      String[] parts = cell.split(Pattern.quote(separator), -1);
      if (parts.length > 1 && Arrays.stream(parts)
          .allMatch(part -> DECIMAL.matcher(part.strip()).matches())) {
        String name = switch (separator) {
          case "\t" -> "tabs";
          case " " -> "spaces";
          default -> "'" + separator + "'";
        };
        return "; cells are separated by commas, not " + name;
      }
    }
    return "";
  }

  private static INDArray toArray(DataType type, double[] doubles, long[] longs, int count) {
    if (doubles != null) {
      double[] exact = Arrays.copyOf(doubles, count);
      return type == DataType.DOUBLE ? Nd4j.createFromArray(exact)
          : Nd4j.createFromArray(exact).castTo(type);
    }
    long[] exact = Arrays.copyOf(longs, count);
    if (type == DataType.BOOL) {
      boolean[] b = new boolean[count];
      for (int i = 0; i < count; i++) {
        b[i] = exact[i] != 0;
      }
      return Nd4j.createFromArray(b);
    }
    INDArray a = Nd4j.createFromArray(exact);
    return type == DataType.INT64 ? a : a.castTo(type);
  }
}
