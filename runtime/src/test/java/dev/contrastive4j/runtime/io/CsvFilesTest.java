package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CsvFilesTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  private static String message(Path file, DataType type) {
    return assertThrows(DatasetException.class, () -> CsvFiles.read(file, type)).getMessage();
  }

  /** Writes {@code text} to {@code name}; reading it as {@code type} must fail with problem. */
  private void expectProblem(String name, String text, DataType type, String problem)
      throws IOException {
    Path f = file(name, text);
    assertEquals(f + ": " + problem, message(f, type), text);
  }

  @Test
  void readsAHeaderAndTracksLines() throws IOException {
    Path f = file("edges.csv",
        "\uFEFFsource, target\r\n0,1\n\n# a comment\n 2 , 3\r\n\"4\",5\n");
    CsvTable t = CsvFiles.read(f, DataType.INT64);
    assertEquals(List.of("source", "target"), t.header());
    assertEquals(Nd4j.createFromArray(new long[][] {{0, 1}, {2, 3}, {4, 5}}), t.values());
    assertArrayEquals(new int[] {2, 5, 6}, t.lines());
    assertEquals(5, t.lineOf(1));
  }

  @Test
  void readsWithoutAHeaderIntoEachType() throws IOException {
    Path f = file("x.csv", "1.5,-2e-3,+3\n.25,7.,0\n");
    CsvTable t = CsvFiles.read(f, DataType.FLOAT);
    assertTrue(t.header().isEmpty());
    assertEquals(DataType.FLOAT, t.values().dataType());
    assertEquals(Nd4j.createFromArray(new float[][] {{1.5f, -2e-3f, 3f}, {0.25f, 7f, 0f}}),
        t.values());
    assertEquals(0.1, CsvFiles.read(file("d.csv", "0.1\n"), DataType.DOUBLE).values()
        .getDouble(0, 0), 0);
    assertEquals(Nd4j.createFromArray(new boolean[][] {{true, false}, {false, true}}),
        CsvFiles.read(file("b.csv", "flag,other\n1,false\n0,TRUE\n"), DataType.BOOL).values());
    INDArray u8 = CsvFiles.read(file("u.csv", "255\n0\n"), DataType.UINT8).values();
    assertEquals(DataType.UINT8, u8.dataType());
    assertEquals(255, u8.getInt(0, 0));
  }

  @Test
  void readsAHeaderAloneAsATableWithoutRows() throws IOException {
    CsvTable headerOnly = CsvFiles.read(file("h.csv", "\uFEFFsource,target\r\n\t\n"),
        DataType.INT64);
    assertArrayEquals(new long[] {0, 2}, headerOnly.values().shape());
    assertEquals(List.of("source", "target"), headerOnly.header());
  }

  @Test
  void refusesAFileCutInsideItsHeaderLine() throws IOException {
    // It read as an edge set without edges: only a one-column cut ('sou') was refused, for
    // its width.
    for (String text : new String[] {"source,tar", "# edges\nsource,tar", "\uFEFFsource,target"}) {
      int line = text.startsWith("#") ? 2 : 1;
      expectProblem("e.csv", text, DataType.INT64, "line " + line + ": the file ends inside its "
          + "header line (no line break after it), as a file cut short does; a table without "
          + "rows is written as its header line and a line break");
    }
    // A header with its line break, or followed by a comment, is a table without rows.
    for (String text : new String[] {"source,tar\n", "source,tar\r\n", "source,tar\n# none"}) {
      assertArrayEquals(new long[] {0, 2},
          CsvFiles.read(file("h.csv", text), DataType.INT64).values().shape(), text);
    }
  }

  @Test
  void aFirstRowOfValuesThatAreNotFiniteIsDataNotAHeader() throws IOException {
    // Taken for a header, the row was dropped, and the file refused for a row short.
    expectProblem("x.csv", "NaN,nan\n1,2\n", DataType.FLOAT,
        "line 1, column 1: 'NaN' is not finite; the values must be finite numbers");
    expectProblem("y.csv", "-inf\n1\n", DataType.DOUBLE,
        "line 1, column 1: '-inf' is not finite; the values must be finite numbers");
    expectProblem("l.csv", "nan\n1\n", DataType.INT64, "line 1, column 1: 'nan' is not a number");
  }

  @Test
  void refusesAFileWithoutHeaderOrRows() throws IOException {
    // An edge file cut off to nothing is not an edge set without edges.
    for (String text : new String[] {"", "\uFEFF", "\n \n\t\n", "# edges\n"}) {
      expectProblem("e.csv", text, DataType.INT64, "is empty (no rows, not even a header line); "
          + "a table without rows is written as its header line alone");
    }
    // White space alone on a line is a blank line among rows, too.
    assertEquals(Nd4j.createFromArray(new long[][] {{1}, {2}}),
        CsvFiles.read(file("b.csv", "\uFEFF\n1\n \t \n2\n"), DataType.INT64).values());
  }

  @Test
  void namesFileLineAndColumnOfABadCell() throws IOException {
    Path f = file("edges/cites.csv", "source,target\n0,1\n1,2\n2,3\n3,4\n4,5\n5,x3\n");
    assertEquals(f + ": line 7, column 2: 'x3' is not a number", message(f, DataType.INT64));
    assertEquals(f + ": line 7, column 2: 'x3' is not a number", message(f, DataType.FLOAT));
    Path frac = file("frac.csv", "1,2\n3,4.5\n");
    assertEquals(frac + ": line 2, column 2: '4.5' is not an integer",
        message(frac, DataType.INT32));
    Path nan = file("nan.csv", "1\nNaN\n");
    assertEquals(nan + ": line 2, column 1: 'NaN' is not finite; the values must be finite "
        + "numbers", message(nan, DataType.FLOAT));
    Path blank = file("blank.csv", ",\n1,2\n");
    assertEquals(blank + ": line 1, column 1: '' is not a number", message(blank, DataType.FLOAT));
    Path empty = file("gap.csv", "1,,3\n");
    assertEquals(empty + ": line 1, column 2: '' is not a number", message(empty, DataType.FLOAT));
    Path big = file("big.csv", "1\n3000000000\n");
    assertEquals(big + ": line 2, column 1: '3000000000' is outside the int32 range",
        message(big, DataType.INT32));
    assertEquals(3000000000L, CsvFiles.read(big, DataType.INT64).values().getLong(1, 0));
    Path huge = file("huge.csv", "1e39\n");
    assertEquals(huge + ": line 1, column 1: '1e39' is outside the float32 range",
        message(huge, DataType.FLOAT));
    Path bool = file("bool.csv", "1\n2\n");
    assertEquals(bool + ": line 2, column 1: '2' is not a bool (0, 1, true or false)",
        message(bool, DataType.BOOL));
  }

  @Test
  void showsABadCellOnOneLineAndNamesAnotherSeparator() throws IOException {
    // A quoted cell may span lines; the message stays on one.
    expectProblem("quoted.csv", "\"1\n2\",3\n", DataType.INT64,
        "line 1, column 1: '1\\n2' is not a number");
    expectProblem("long.csv", "1\n" + "x".repeat(100) + "1\n", DataType.INT64,
        "line 2, column 1: '" + "x".repeat(40) + "...' is not a number");
    // Numbers joined by another separator than the comma, as some tools export them.
    String commas = "; cells are separated by commas, not ";
    expectProblem("semicolons.csv", "source;target\n0;1\n", DataType.INT64,
        "line 2, column 1: '0;1' is not a number" + commas + "';'");
    expectProblem("tabs.csv", "a\tb\n0.5\t1e-3\n", DataType.FLOAT,
        "line 2, column 1: '0.5\\t1e-3' is not a number" + commas + "tabs");
    expectProblem("spaces.csv", "source target\n4 1\n", DataType.INT64,
        "line 2, column 1: '4 1' is not a number" + commas + "spaces");
  }

  @Test
  void namesAnotherSeparatorOnlyBetweenNumbers() throws IOException {
    // Words joined by a semicolon are not numbers in another format: no hint that misleads.
    expectProblem("words.csv", "1\nx;y\n", DataType.INT64, "line 2, column 1: 'x;y' is not a "
        + "number");
  }

  @Test
  void refusesFloatsOutsideTheRangeOfTheirType() throws IOException {
    Path f = file("range.csv", "70000\n1e39\n");
    // float16 holds up to 65504 and float32 up to about 3.4e38, so each would be infinite.
    assertEquals(f + ": line 1, column 1: '70000' is outside the float16 range",
        message(f, DataType.HALF));
    assertEquals(f + ": line 2, column 1: '1e39' is outside the float32 range",
        message(f, DataType.FLOAT));
    assertEquals(Nd4j.createFromArray(new double[][] {{70000}, {1e39}}),
        CsvFiles.read(f, DataType.DOUBLE).values());
    assertEquals(Nd4j.createFromArray(new double[][] {{65504}, {-65504}}),
        CsvFiles.read(file("edge.csv", "65504\n-65504\n"), DataType.HALF).values()
            .castTo(DataType.DOUBLE));
  }

  @Test
  void readsTablesLargerThanItsFirstBuffer() throws IOException {
    // The cells are gathered in a buffer of 1024 that grows: none may be lost on the way.
    long[][] rows = new long[700][];
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new long[] {i, -i};
      text.append(i).append(',').append(-i).append('\n');
    }
    Path f = file("big.csv", text.toString());
    INDArray expected = Nd4j.createFromArray(rows);
    assertEquals(expected, CsvFiles.read(f, DataType.INT64).values());
    assertEquals(expected.castTo(DataType.DOUBLE), CsvFiles.read(f, DataType.DOUBLE).values());
  }

  @Test
  void refusesControlCharactersSuchAsTheZeroBytesOfAFileCutShortByACrash() throws IOException {
    String damage = "line 4, column 1: holds the control character U+0000, which text does "
        + "not; the file is damaged or not CSV";
    // The end zeroed on a line of its own: not a table of two rows.
    expectProblem("tail.csv", "node\n12\n13\n\0\0\0\0\0\0\n", DataType.INT64, damage);
    // Zeros after the first digit of 14: not the node 1.
    expectProblem("cut.csv", "node\n12\n13\n1\0\0\0\n", DataType.INT64, damage);
    // Nothing but zeros: not a header of one column without rows.
    expectProblem("zeros.csv", "\0\0\0\0", DataType.INT64,
        damage.replace("line 4", "line 1"));
    expectProblem("bell.csv", "1,2\n3,4\u00075\n", DataType.INT64,
        "line 2, column 2: holds the control character U+0007, which text does not; the file "
            + "is damaged or not CSV");
    // Tabs and spaces around cells are still trimmed, also around a quoted one.
    assertEquals(Nd4j.createFromArray(new long[][] {{1, 2}, {3, 4}}),
        CsvFiles.read(file("ok.csv", "a,b\n\t1 ,\t 2\n \"3\"\t, 4\t\n"), DataType.INT64)
            .values());
  }

  @Test
  void aFileOfMoreCellsThanAnArrayHoldsIsNamed() {
    Path f = dir.resolve("huge.csv");
    assertEquals(f + ": has more than 2147483631 cells, more than an array holds; use .npy "
        + "files for arrays this large", assertThrows(DatasetException.class,
            () -> CsvFiles.grow(f, Integer.MAX_VALUE - 16)).getMessage());
  }

  @Test
  void rejectsRaggedRowsAndBrokenQuoting() throws IOException {
    Path f = file("r.csv", "a,b\n1,2\n3\n");
    assertEquals(f + ": line 3: has 1 column but line 1 has 2", message(f, DataType.INT64));
    Path g = file("q.csv", "1,2\n3,\"4\n");
    assertTrue(message(g, DataType.INT64).startsWith(g + ": line "), message(g, DataType.INT64));
    Path missing = dir.resolve("missing.csv");
    assertEquals(missing + ": file not found", message(missing, DataType.INT64));
    Path directory = Files.createDirectory(dir.resolve("edges.csv"));
    assertEquals(directory + ": is a directory, not a file", message(directory, DataType.INT64));
  }

  @Test
  void namesTheLineOfTextThatIsNotUtf8() throws IOException {
    // Latin-1, as a spreadsheet may export it: one line, not 'java.io.CharConversionException'.
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "year,w\n2001,1\n2002,\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(latin1 + ": line 3: not UTF-8 text; save the file as UTF-8",
        message(latin1, DataType.INT64));
    // A .npy file given the name of a CSV file.
    Path npy = dir.resolve("feat.csv");
    NpyFiles.write(dir.resolve("feat.npy"), Nd4j.zeros(DataType.FLOAT, 2, 2));
    Files.copy(dir.resolve("feat.npy"), npy);
    assertTrue(message(npy, DataType.FLOAT).startsWith(npy + ": line 1: not UTF-8 text"),
        message(npy, DataType.FLOAT));
    // UTF-16 with its byte order mark is text all the same.
    Path utf16 = dir.resolve("utf16.csv");
    Files.write(utf16, "source,target\r\n0,1\r\n".getBytes(StandardCharsets.UTF_16));
    assertEquals(Nd4j.createFromArray(new long[][] {{0, 1}}),
        CsvFiles.read(utf16, DataType.INT64).values());
  }

  @Test
  void writesWhatItReadsBackExactly() throws IOException {
    INDArray floats = Nd4j.rand(DataType.FLOAT, 7, 3).subi(0.5).muli(1e-3);
    Path f = dir.resolve("out/f.csv");
    CsvFiles.write(f, floats, List.of("a", "b", "c"));
    CsvTable back = CsvFiles.read(f, DataType.FLOAT);
    assertEquals(floats, back.values());
    assertEquals(List.of("a", "b", "c"), back.header());

    INDArray doubles = Nd4j.rand(DataType.DOUBLE, 4, 2);
    CsvFiles.write(f, doubles, List.of());
    assertEquals(doubles, CsvFiles.read(f, DataType.DOUBLE).values());

    INDArray ids = Nd4j.createFromArray(5L, -1L, 3L);
    CsvFiles.write(f, ids, List.of("label"));
    assertEquals("label\n5\n-1\n3\n", Files.readString(f));
    assertEquals(ids.reshape(3, 1), CsvFiles.read(f, DataType.INT64).values());
  }

  @Test
  void writesEachFloatInTheShortestFormOfItsType() throws IOException {
    // A float32 0.1 is 0.10000000149011612 as a double; its file says 0.1, as it was given.
    Path f = dir.resolve("w.csv");
    CsvFiles.write(f, Nd4j.createFromArray(0.1f, 1e-3f), List.of("x"));
    assertEquals("x\n0.1\n0.001\n", Files.readString(f));
    CsvFiles.write(f, Nd4j.createFromArray(0.1, 0.1 + 0.2), List.of("x"));
    assertEquals("x\n0.1\n0.30000000000000004\n", Files.readString(f));
  }

  @Test
  void writesATableOfMoreColumnsThanRows() throws IOException {
    Path f = dir.resolve("wide.csv");
    CsvFiles.write(f, Nd4j.createFromArray(new long[][] {{1, 2, 3}}), List.of());
    assertEquals("1,2,3\n", Files.readString(f));
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedWithTheReasonInWords() throws IOException {
    // It said 'cannot write: java.nio.file.FileAlreadyExistsException: .../out'.
    Path out = Files.writeString(dir.resolve("out"), "x");
    Path f = out.resolve("labels.csv");
    assertEquals(f + ": cannot be written (" + out + " is a file, not a directory)",
        assertThrows(DatasetException.class, () -> CsvFiles.write(f,
            Nd4j.createFromArray(1L, 2L), List.of("label"))).getMessage());
  }

  @Test
  void refusesToWriteWhatItCouldNotRead() {
    Path f = dir.resolve("w.csv");
    assertTrue(assertThrows(DatasetException.class, () -> CsvFiles.write(f,
        Nd4j.createFromArray(1f, Float.NaN), List.of())).getMessage()
        .contains("cannot write NaN (row 1, column 0)"));
    assertTrue(assertThrows(DatasetException.class, () -> CsvFiles.write(f,
        Nd4j.zeros(2, 2, 2), List.of())).getMessage().contains("CSV holds 1-D or 2-D arrays"));
    assertTrue(assertThrows(DatasetException.class, () -> CsvFiles.write(f,
        Nd4j.zeros(2, 2), List.of("a", "2"))).getMessage().contains("header name '2'"));
    assertTrue(assertThrows(DatasetException.class, () -> CsvFiles.write(f,
        Nd4j.zeros(2, 2), List.of("a"))).getMessage().contains("1 names for 2 columns"));
    // What would read back as an empty file.
    assertTrue(assertThrows(DatasetException.class, () -> CsvFiles.write(f,
        Nd4j.zeros(0, 2), List.of())).getMessage().contains("give the column names"));
    assertTrue(assertThrows(DatasetException.class, () -> CsvFiles.write(f,
        Nd4j.zeros(3, 0), List.of())).getMessage().contains("a table without columns"));
    assertTrue(Files.notExists(f));
  }
}
