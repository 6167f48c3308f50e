package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.FeatureSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class ArrayFilesTest {
  @TempDir Path dir;

  private static final ArrayExpectation LABELS = ArrayExpectation.of(ElementKind.INTEGER, 3);

  @Test
  void readsOneColumnCsvAsA1dArrayWithLineNumbers() throws IOException {
    Path f = dir.resolve("labels.csv");
    Files.writeString(f, "label\n2\n\n0\n1\n");
    ArrayFile a = ArrayFiles.read(f, DataType.INT32, LABELS);
    assertEquals(Nd4j.createFromArray(2, 0, 1), a.values());
    assertEquals("line 4", a.rowName(1));
    DatasetException e = assertThrows(DatasetException.class,
        () -> ArrayFiles.read(f, DataType.INT32, ArrayExpectation.of(ElementKind.INTEGER, 4)));
    assertEquals(f + ": expected 1-D integer array with 4 entries, found int32 shape (3,)",
        e.getMessage());
  }

  @Test
  void readsIntVectorsFromEitherFormat() throws IOException {
    Path csv = dir.resolve("ids.csv");
    Files.writeString(csv, "node\n4\n-2\n");
    assertArrayEquals(new int[] {4, -2}, ArrayFiles.readInts(csv, ArrayExpectation.ANY));
    Path npy = dir.resolve("ids.npy");
    NpyFiles.write(npy, Nd4j.createFromArray(7L, 8L, 9L));
    assertArrayEquals(new int[] {7, 8, 9}, ArrayFiles.readInts(npy, 3));
    NpyFiles.write(npy, Nd4j.create(DataType.INT64, 0));
    assertArrayEquals(new int[0], ArrayFiles.readInts(npy, ArrayExpectation.ANY));
    Files.writeString(csv, "node\n4\n5000000000\n");
    assertEquals(csv + ": line 3, column 1: '5000000000' is outside the int32 range",
        assertThrows(DatasetException.class,
            () -> ArrayFiles.readInts(csv, ArrayExpectation.ANY)).getMessage());
  }

  @Test
  void givesAnEmptyCsvItsHeadersColumns() throws IOException {
    Path f = dir.resolve("edges.csv");
    Files.writeString(f, "source,target\n");
    ArrayExpectation edges = ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY, 2);
    assertArrayEquals(new long[] {0, 2}, ArrayFiles.read(f, DataType.INT64, edges).values()
        .shape());
    // An edge file cut inside its header was an empty edge set, and the edge feature files
    // were blamed for their rows.
    Files.writeString(f, "so\n");
    assertEquals(f + ": expected 2-D integer array with 2 columns, found int64 shape (0, 1)",
        assertThrows(DatasetException.class, () -> ArrayFiles.read(f, DataType.INT64, edges))
            .getMessage());
    Path labels = dir.resolve("labels.csv");
    Files.writeString(labels, "label,extra\n");
    assertThrows(DatasetException.class, () -> ArrayFiles.read(labels, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY)));
    Files.writeString(labels, "label\n");
    assertArrayEquals(new long[] {0}, ArrayFiles.read(labels, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, ArrayExpectation.ANY)).values().shape());
  }

  @Test
  void convertsNpyWithinAKindAndChecksIntegerRange() {
    Path f = dir.resolve("x.npy");
    NpyFiles.write(f, Nd4j.createFromArray(new double[][] {{0.5, 1}, {2, 3}}));
    ArrayFile a = ArrayFiles.read(f, DataType.FLOAT,
        ArrayExpectation.forFeature(new FeatureSpec("float32", List.of(2L), false), 2));
    assertEquals(DataType.FLOAT, a.values().dataType());
    assertEquals("row 1", a.rowName(1));
    assertNull(a.csvLines());

    Path g = dir.resolve("ids.npy");
    NpyFiles.write(g, Nd4j.createFromArray(1L, 5_000_000_000L, 2L));
    assertEquals(g + ": row 1: 5000000000 is outside the int32 range",
        assertThrows(DatasetException.class,
            () -> ArrayFiles.read(g, DataType.INT32, LABELS)).getMessage());
    // The row of a 2-D array, not the index of the element.
    Path pairs = dir.resolve("pairs.npy");
    NpyFiles.write(pairs, Nd4j.createFromArray(new long[][] {{0, 1}, {2, 3}, {-40_000, 5}}));
    assertEquals(pairs + ": row 2: -40000 is outside the int16 range",
        assertThrows(DatasetException.class, () -> ArrayFiles.read(pairs, DataType.SHORT,
            ArrayExpectation.of(ElementKind.INTEGER, 3, 2))).getMessage());
    assertEquals(DataType.INT64, ArrayFiles.read(g, DataType.INT64, LABELS).values().dataType());

    // float64 too large for float32: named as such, not as the infinity it would become.
    Path big = dir.resolve("big.npy");
    NpyFiles.write(big, Nd4j.createFromArray(new double[][] {{0, 1}, {1e300, 2}}));
    assertEquals(big + ": row 1: 1.0E300 is outside the float32 range",
        assertThrows(DatasetException.class, () -> ArrayFiles.read(big, DataType.FLOAT,
            ArrayExpectation.of(ElementKind.FLOAT, 2, 2))).getMessage());
    // An infinity in the file stays the file's, for the caller to refuse.
    NpyFiles.write(big, Nd4j.createFromArray(Double.NEGATIVE_INFINITY, 1.0));
    assertEquals(Float.NEGATIVE_INFINITY, ArrayFiles.read(big, DataType.FLOAT,
        ArrayExpectation.of(ElementKind.FLOAT, 2)).values().getFloat(0), 0);
    assertEquals(g + ": expected 1-D float array with 3 entries, found int64 shape (3,)",
        assertThrows(DatasetException.class, () -> ArrayFiles.read(g, DataType.FLOAT,
            ArrayExpectation.of(ElementKind.FLOAT, 3))).getMessage());
  }

  @Test
  void readsIntegersOnTheEdgesOfTheTargetRangeAndNamesTheFirstPastThem() {
    Path f = dir.resolve("ids.npy");
    NpyFiles.write(f, Nd4j.createFromArray((long) Integer.MIN_VALUE, Integer.MAX_VALUE));
    assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
        ArrayFiles.readInts(f, 2));
    NpyFiles.write(f, Nd4j.createFromArray((long) Integer.MIN_VALUE, Integer.MAX_VALUE,
        1L << 31));
    assertEquals(f + ": row 2: 2147483648 is outside the int32 range",
        assertThrows(DatasetException.class, () -> ArrayFiles.readInts(f, 3)).getMessage());
  }

  @Test
  void readsBoolArraysFromEitherFormat() throws IOException {
    ArrayExpectation mask = ArrayExpectation.of(ElementKind.BOOL, 3);
    INDArray expected = Nd4j.createFromArray(true, false, true);
    Path csv = dir.resolve("mask.csv");
    Files.writeString(csv, "train\ntrue\n0\n1\n");
    assertEquals(expected, ArrayFiles.read(csv, DataType.BOOL, mask).values());
    Path npy = dir.resolve("mask.npy");
    NpyFiles.write(npy, expected);
    assertEquals(expected, ArrayFiles.read(npy, DataType.BOOL, mask).values());
  }

  @Test
  void writesTheFormatThatTheExtensionNames() throws IOException {
    INDArray ids = Nd4j.createFromArray(3L, 1L);
    Path npy = dir.resolve("ids.NPY");
    ArrayFiles.write(npy, ids, List.of("id"));
    assertEquals(ids, NpyFiles.read(npy));
    // A name made with the format's extension is read back in that format.
    Path csv = dir.resolve("ids" + ArrayFormat.CSV.extension());
    ArrayFiles.write(csv, ids, List.of("id"));
    assertEquals("id\n3\n1\n", Files.readString(csv));
    ArrayFile back = ArrayFiles.read(csv, DataType.INT64,
        ArrayExpectation.of(ElementKind.INTEGER, 2));
    assertArrayEquals(new int[] {2, 3}, back.csvLines());
    Path txt = dir.resolve("ids.txt");
    assertEquals(txt + ": unknown array file type; use .npy or .csv",
        assertThrows(DatasetException.class, () -> ArrayFiles.write(txt, ids, List.of()))
            .getMessage());
    assertTrue(Files.notExists(txt));
  }

  @Test
  void refusesAPipeOrADeviceInsteadOfWaitingOnIt() throws Exception {
    // Opening a named pipe waits for a writer (forever, here); /dev/zero never ends.
    Path pipe = dir.resolve("labels.csv");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
        "mkfifo makes a named pipe");
    Path npyPipe = Files.createSymbolicLink(dir.resolve("labels.npy"), pipe);
    Path zeros = Files.createSymbolicLink(dir.resolve("zeros.csv"), Path.of("/dev/zero"));
    for (Path p : List.of(pipe, npyPipe, zeros)) {
      DatasetException e = assertTimeoutPreemptively(Duration.ofMinutes(1),
          () -> assertThrows(DatasetException.class,
              () -> ArrayFiles.read(p, DataType.INT64, LABELS)));
      assertEquals(p + ": is a pipe, device or socket, not a file", e.getMessage());
    }
  }

  @Test
  void rejectsUnknownExtensionsAndHighRankCsv() throws IOException {
    Path f = dir.resolve("x.txt");
    Files.writeString(f, "1\n");
    assertEquals(f + ": unknown array file type; use .npy or .csv",
        assertThrows(DatasetException.class, () -> ArrayFiles.read(f, DataType.FLOAT,
            ArrayExpectation.of(ElementKind.FLOAT, 1))).getMessage());
    Path g = dir.resolve("x.csv");
    Files.writeString(g, "1\n");
    assertEquals(g + ": expected 3-D float array with 1 row, which CSV cannot hold; use .npy",
        assertThrows(DatasetException.class, () -> ArrayFiles.read(g, DataType.FLOAT,
            ArrayExpectation.of(ElementKind.FLOAT, 1, ArrayExpectation.ANY,
                ArrayExpectation.ANY))).getMessage());
  }

  @Test
  void namesWhereTheRowCountComesFromOnlyWhenTheRowsDiffer() throws IOException {
    Path f = dir.resolve("feat.csv");
    Files.writeString(f, "a,b\n1,2\n3,4\n");
    ArrayExpectation threeRows = ArrayExpectation.of(ElementKind.FLOAT, 3, 2)
        .withRowsFrom("field 'node_counts.paper' of dataset.json");
    assertEquals(f + ": expected 2-D float array with 3 rows (field 'node_counts.paper' of "
        + "dataset.json) and 2 columns, found float32 shape (2, 2)",
        assertThrows(DatasetException.class,
            () -> ArrayFiles.read(f, DataType.FLOAT, threeRows)).getMessage());
    ArrayExpectation twoRowsThreeColumns = ArrayExpectation.of(ElementKind.FLOAT, 2, 3)
        .withRowsFrom("field 'node_counts.paper' of dataset.json");
    assertEquals(f + ": expected 2-D float array with 2 rows and 3 columns, found float32 "
        + "shape (2, 2)", assertThrows(DatasetException.class,
            () -> ArrayFiles.read(f, DataType.FLOAT, twoRowsThreeColumns)).getMessage());
  }

  @Test
  void describesExpectations() {
    assertEquals("2-D float array with 30 rows and 4 columns",
        ArrayExpectation.of(ElementKind.FLOAT, 30, 4).describe());
    assertEquals("3-D array with 1 row, 2 columns and 5 in dimension 2",
        ArrayExpectation.of(null, 1, 2, 5).describe());
    assertEquals("1-D bool array with 1 entry", ArrayExpectation.of(ElementKind.BOOL, 1)
        .describe());
    assertEquals("2-D integer array", ArrayExpectation.of(ElementKind.INTEGER,
        ArrayExpectation.ANY, ArrayExpectation.ANY).describe());
  }
}
