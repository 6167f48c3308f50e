package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.CsrMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sparse matrices in scipy's {@code .npz} files. The archives here are built entry by entry as
 * {@code scipy.sparse.save_npz} lays them out (with {@link NpyFilesTest#npy}), independently of
 * {@link SparseNpzFiles#write}; {@code ScipySparseInteropTest} checks both ways against scipy.
 */
class SparseNpzFilesTest {
  @TempDir Path dir;

  /** 3 x 4: [[0, 1.5, 0, 0], [0, 0, 0, 0], [2, 0, 0, -3]]. */
  private static final float[][] DENSE = {{0, 1.5f, 0, 0}, {0, 0, 0, 0}, {2, 0, 0, -3}};

  private static final ArrayExpectation ANY_SHAPE =
      ArrayExpectation.of(ElementKind.FLOAT, ArrayExpectation.ANY, ArrayExpectation.ANY);

  private static byte[] ints(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    return npyOf("<i4", values.length, b.array());
  }

  private static byte[] longs(long... values) {
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      b.putLong(v);
    }
    return npyOf("<i8", values.length, b.array());
  }

  private static byte[] doubles(double... values) {
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : values) {
      b.putDouble(v);
    }
    return npyOf("<f8", values.length, b.array());
  }

  private static byte[] npyOf(String descr, int length, byte[] data) {
    return NpyFilesTest.npy(1, "{'descr': '" + descr + "', 'fortran_order': False, 'shape': ("
        + length + ",), }", data);
  }

  private static byte[] format(String name) {
    return NpyFilesTest.npy(1, "{'descr': '|S" + name.length()
        + "', 'fortran_order': False, 'shape': (), }", name.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] shape(long rows, long cols) {
    ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(rows).putLong(cols);
    return npyOf("<i8", 2, b.array());
  }

  /** The entries of save_npz for {@link #DENSE} as CSR, in the order scipy writes them. */
  private static Map<String, byte[]> csrEntries() {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("indices", ints(1, 0, 3));
    e.put("indptr", ints(0, 1, 1, 3));
    e.put("format", format("csr"));
    e.put("shape", shape(3, 4));
    e.put("data", doubles(1.5, 2, -3));
    return e;
  }

  /** The entries of save_npz for a COO matrix, in the order scipy writes them. */
  private static Map<String, byte[]> coo(byte[] row, byte[] col, long rows, long cols,
      byte[] data) {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("row", row);
    e.put("col", col);
    e.put("format", format("coo"));
    e.put("shape", shape(rows, cols));
    e.put("data", data);
    return e;
  }

  private Path archive(String name, Map<String, byte[]> entries, boolean compressed)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
        if (!compressed) {
          // numpy.savez stores its entries; a stored entry states its size and CRC up front.
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    Path file = dir.resolve(name);
    Files.write(file, bytes.toByteArray());
    return file;
  }

  private static float[][] dense(CsrMatrix m) {
    float[][] out = new float[m.rows()][m.cols()];
    for (int r = 0; r < m.rows(); r++) {
      for (int k = m.indptrView()[r]; k < m.indptrView()[r + 1]; k++) {
        out[r][m.indicesView()[k]] += m.valuesView()[k];
      }
    }
    return out;
  }

  private String problem(Map<String, byte[]> entries) throws IOException {
    Path file = archive("bad.npz", entries, true);
    DatasetException e = assertThrows(DatasetException.class,
        () -> SparseNpzFiles.read(file, ANY_SHAPE));
    assertEquals(file, e.file());
    return e.problem();
  }

  @Test
  void readsCsrAsScipySavesItCompressedOrNot() throws IOException {
    for (boolean compressed : new boolean[] {true, false}) {
      CsrMatrix m = SparseNpzFiles.read(archive("x.npz", csrEntries(), compressed), ANY_SHAPE);
      assertArrayEquals(DENSE, dense(m));
      assertArrayEquals(new int[] {0, 1, 1, 3}, m.indptr());
      assertArrayEquals(new int[] {1, 0, 3}, m.indices());
    }
  }

  @Test
  void readsCscAndCooAsTheSameMatrix() throws IOException {
    Map<String, byte[]> csc = new LinkedHashMap<>();
    csc.put("indices", ints(2, 0, 2));
    csc.put("indptr", ints(0, 1, 2, 2, 3));
    csc.put("format", format("csc"));
    csc.put("shape", shape(3, 4));
    csc.put("data", doubles(2, 1.5, -3));
    assertArrayEquals(DENSE, dense(SparseNpzFiles.read(archive("csc.npz", csc, true),
        ANY_SHAPE)));

    Map<String, byte[]> coo = coo(longs(2, 0, 2), longs(3, 1, 0), 3, 4, doubles(-3, 1.5, 2));
    CsrMatrix fromCoo = SparseNpzFiles.read(archive("coo.npz", coo, true), ANY_SHAPE);
    assertArrayEquals(DENSE, dense(fromCoo));
    // Grouped by row, in the file's order within a row.
    assertArrayEquals(new int[] {1, 3, 0}, fromCoo.indices());

    // A COO array of scipy may hold its indices as one 'coords' entry of two rows.
    Map<String, byte[]> coords = new LinkedHashMap<>(coo);
    coords.remove("row");
    coords.remove("col");
    ByteBuffer b = ByteBuffer.allocate(48).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : new long[] {2, 0, 2, 3, 1, 0}) {
      b.putLong(v);
    }
    coords.put("coords", NpyFilesTest.npy(1,
        "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }", b.array()));
    assertArrayEquals(DENSE, dense(SparseNpzFiles.read(archive("coords.npz", coords, true),
        ANY_SHAPE)));
  }

  @Test
  void entriesAtTheSamePlaceAddUpAsInScipy() throws IOException {
    Map<String, byte[]> twice = coo(ints(0, 0), ints(1, 1), 1, 2, doubles(1, 2));
    assertArrayEquals(new float[][] {{0, 3}},
        dense(SparseNpzFiles.read(archive("dup.npz", twice, true), ANY_SHAPE)));
  }

  @Test
  void readsTheFormatWrittenAsAUnicodeString() throws IOException {
    // Files of scipy before 1.0 may hold the format as str ('<U3', four bytes a character).
    Map<String, byte[]> e = csrEntries();
    e.put("format", NpyFilesTest.npy(1, "{'descr': '<U3', 'fortran_order': False, "
        + "'shape': (), }", "csr".getBytes(Charset.forName("UTF-32LE"))));
    assertArrayEquals(DENSE, dense(SparseNpzFiles.read(archive("u.npz", e, true), ANY_SHAPE)));
  }

  @Test
  void writesWhatItReadsBackAndWhatScipyExpects() throws IOException {
    CsrMatrix m = new CsrMatrix(3, 4, new int[] {0, 1, 1, 3}, new int[] {1, 0, 3},
        new float[] {1.5f, 2, -3});
    Path file = dir.resolve("sub/out.npz");
    SparseNpzFiles.write(file, m);
    assertEquals(m, SparseNpzFiles.read(file, ANY_SHAPE));

    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      zip.stream().forEach(e -> {
        names.add(e.getName());
        assertEquals(ZipEntry.DEFLATED, e.getMethod(), e.getName());
      });
      byte[] format = zip.getInputStream(zip.getEntry("format.npy")).readAllBytes();
      assertEquals("csr", NpyFiles.readString(Path.of("format.npy"), format));
      assertTrue(new String(format, StandardCharsets.ISO_8859_1).contains("'descr': '|S3'"));
      byte[] shape = zip.getInputStream(zip.getEntry("shape.npy")).readAllBytes();
      assertEquals(Nd4j.createFromArray(3L, 4L),
          NpyFiles.read(Path.of("shape.npy"), shape, null));
      byte[] indices = zip.getInputStream(zip.getEntry("indices.npy")).readAllBytes();
      assertEquals(DataType.INT32, NpyFiles.read(Path.of("i.npy"), indices, null).dataType());
    }
    assertEquals(List.of("indices.npy", "indptr.npy", "format.npy", "shape.npy", "data.npy"),
        names);
    try (var left = Files.list(file.getParent())) {
      assertEquals(List.of(file), left.toList(), "no temporary file is left");
    }
  }

  @Test
  void anEmptyMatrixGoesThereAndBack() {
    CsrMatrix empty = new CsrMatrix(2, 5, new int[3], new int[0], new float[0]);
    Path file = dir.resolve("empty.npz");
    SparseNpzFiles.write(file, empty);
    assertEquals(empty, SparseNpzFiles.read(file, ANY_SHAPE));
  }

  @Test
  void aShapeOtherThanExpectedNamesWhereTheRowsComeFrom() throws IOException {
    Path file = archive("x.npz", csrEntries(), true);
    DatasetException e = assertThrows(DatasetException.class, () -> SparseNpzFiles.read(file,
        ArrayExpectation.of(ElementKind.FLOAT, 5, 4).withRowsFrom("node_counts.paper")));
    assertEquals("expected 2-D float array with 5 rows (node_counts.paper) and 4 columns, "
        + "found float64 shape (3, 4)", e.problem());
  }

  @Test
  void aShapeThatNoMatrixHereCanHaveIsRefused() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("shape", shape(-1, 4));
    assertEquals("entry 'shape.npy' holds (-1, 4); each size must be from 0 to 2147483646",
        problem(e));
    e.put("shape", shape(3, Integer.MAX_VALUE));
    assertEquals("entry 'shape.npy' holds (3, 2147483647); each size must be from 0 to "
        + "2147483646", problem(e));
  }

  @Test
  void sizesFromZeroToTheLargestAnIndptrCanCountAreTaken() throws IOException {
    Map<String, byte[]> none = new LinkedHashMap<>();
    none.put("indices", ints());
    none.put("indptr", ints(0));
    none.put("format", format("csr"));
    none.put("shape", shape(0, 4));
    none.put("data", doubles());
    CsrMatrix empty = SparseNpzFiles.read(archive("none.npz", none, true), ANY_SHAPE);
    assertEquals(0, empty.rows());
    assertEquals(4, empty.cols());
    // The largest size passes the shape's check, so the indptr is what is refused.
    Map<String, byte[]> e = csrEntries();
    e.put("shape", shape(2147483646, 4));
    assertEquals("entry 'indptr.npy': expected 1-D integer array with 2147483647 entries, found "
        + "int32 shape (4,)", problem(e));
  }

  @Test
  void aFileThatIsNotAnArchiveOrNotThereSaysSo() throws IOException {
    Path notZip = dir.resolve("x.npz");
    Files.write(notZip, NpyFilesTest.npy(1, "{'descr': '<f8', 'fortran_order': False, "
        + "'shape': (0,), }", new byte[0]));
    String problem = assertThrows(DatasetException.class,
        () -> SparseNpzFiles.read(notZip, ANY_SHAPE)).problem();
    assertTrue(problem.startsWith("not a .npz file (a zip archive of .npy files, as "
        + "scipy.sparse.save_npz writes): "), problem);
    assertEquals("file not found", assertThrows(DatasetException.class,
        () -> SparseNpzFiles.read(dir.resolve("none.npz"), ANY_SHAPE)).problem());
  }

  @Test
  void aDenseArchiveOfNumpySavezIsNotTakenForAMatrix() throws IOException {
    Map<String, byte[]> e = new LinkedHashMap<>();
    e.put("arr_0", doubles(1, 2));
    assertEquals("has no 'format' entry, so it is not a sparse matrix saved by "
        + "scipy.sparse.save_npz (its entries: arr_0)", problem(e));
    // Only .npy entries are arrays; a note beside them is no entry of the matrix.
    Path file = archive("noted.npz", e, true);
    try (FileSystem fs = FileSystems.newFileSystem(file)) {
      Files.writeString(fs.getPath("README.txt"), "format");
    }
    assertEquals("has no 'format' entry, so it is not a sparse matrix saved by "
        + "scipy.sparse.save_npz (its entries: arr_0)", assertThrows(DatasetException.class,
            () -> SparseNpzFiles.read(file, ANY_SHAPE)).problem());
  }

  @Test
  void otherFormatsAreRefusedWithTheConversion() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("format", format("bsr"));
    assertEquals("holds a scipy.sparse matrix of format 'bsr'; save it as CSR: "
        + "scipy.sparse.save_npz(path, matrix.tocsr())", problem(e));
  }

  @Test
  void aFormatEntryThatIsNotOneStringIsRefused() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("format", doubles(1));
    assertEquals("entry 'format.npy': holds '<f8' of shape (1,) where one string ('|S' or "
        + "'<U', shape ()) is expected", problem(e));
    e.put("format", NpyFilesTest.npy(1, "{'descr': '|S3', 'fortran_order': False, "
        + "'shape': (2, 2), }", new byte[12]));
    assertEquals("entry 'format.npy': holds '|S3' of shape (2, 2) where one string ('|S' or "
        + "'<U', shape ()) is expected", problem(e));
    e.put("format", NpyFilesTest.npy(1, "{'descr': '|S4', 'fortran_order': False, "
        + "'shape': (), }", "csr".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("entry 'format.npy': corrupt: the header declares a string of 4 bytes, but 3 "
        + "follow it", problem(e));
    // NumPy pads a shorter string with NULs, which are not part of it.
    e.put("format", NpyFilesTest.npy(1, "{'descr': '|S5', 'fortran_order': False, "
        + "'shape': (), }", new byte[] {'c', 's', 'r', 0, 0}));
    assertArrayEquals(DENSE, dense(SparseNpzFiles.read(archive("padded.npz", e, true),
        ANY_SHAPE)));
  }

  @Test
  void integerValuesAreRefusedAsADenseFileIsWithTheCast() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("data", longs(1, 2, 3));
    assertEquals("holds int64 values where float values are needed; save "
        + "matrix.astype(numpy.float32)", problem(e));
  }

  @Test
  void aValueThatIsNotFiniteOrTooLargeForFloat32IsNamedByRowAndColumn() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("data", doubles(Double.POSITIVE_INFINITY, 2, 1));
    assertEquals("row 0, column 1 (entry 0 of data.npy) holds Infinity; values must be finite",
        problem(e));
    e.put("data", doubles(1.5, 2, Double.NaN));
    assertEquals("row 2, column 3 (entry 2 of data.npy) holds NaN; values must be finite",
        problem(e));
    e.put("data", doubles(1.5, 1e300, 1));
    assertEquals("row 2, column 0 (entry 1 of data.npy): 1.0E300 is outside the float32 range",
        problem(e));
  }

  @Test
  void indicesOutsideTheMatrixNameTheirEntry() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("indices", ints(1, 0, 4));
    assertEquals("entry 'indices.npy': column index 4 at entry 2 is outside the matrix's 4 "
        + "columns (0 to 3)", problem(e));
    e.put("indices", longs(1, 0, 1L << 40));
    assertEquals("entry 'indices.npy': value 1099511627776 at entry 2 is outside the int32 "
        + "range", problem(e));

    assertEquals("entry 'row.npy': row index 3 at entry 1 is outside the matrix's 3 rows "
        + "(0 to 2)", problem(coo(ints(0, 3), ints(0, 0), 3, 4, doubles(1, 1))));
    // Converted formats name a bad value by its place too.
    assertEquals("row 2, column 1 (entry 1 of data.npy) holds NaN; values must be finite",
        problem(coo(ints(0, 2), ints(0, 1), 3, 4, doubles(1, Double.NaN))));
  }

  @Test
  void pointersThatDoNotDescribeTheValuesAreRefused() throws IOException {
    Map<String, byte[]> e = csrEntries();
    e.put("indptr", ints(0, 2, 1, 3));
    assertEquals("entry 'indptr.npy' decreases at entry 2 (2 then 1)", problem(e));
    e.put("indptr", ints(0, 1, 1, 2));
    assertEquals("entry 'indptr.npy' runs from 0 to 2; it must run from 0 to the number of "
        + "values, 3", problem(e));
    e.put("indptr", ints(0, 1, 3));
    assertEquals("entry 'indptr.npy': expected 1-D integer array with 4 entries, found int32 "
        + "shape (3,)", problem(e));
    e.remove("indptr");
    assertEquals("has no 'indptr' entry; a scipy.sparse matrix saved by save_npz has one",
        problem(e));
    // CSC's pointers run over the columns, and are checked as CSR's.
    Map<String, byte[]> csc = new LinkedHashMap<>(csrEntries());
    csc.put("format", format("csc"));
    csc.put("indptr", ints(0, 2, 1, 3, 3));
    csc.put("indices", ints(0, 1, 2));
    assertEquals("entry 'indptr.npy' decreases at entry 2 (2 then 1)", problem(csc));
  }

  @Test
  void aCutArchiveSaysWhichEntryCannotBeRead() throws IOException {
    Path whole = archive("whole.npz", csrEntries(), true);
    byte[] bytes = Files.readAllBytes(whole);
    // Damage the compressed data of the first entry, keeping the archive's directory intact.
    for (int i = 40; i < 60; i++) {
      bytes[i] = (byte) 0xFF;
    }
    Path file = dir.resolve("cut.npz");
    Files.write(file, bytes);
    String problem = assertThrows(DatasetException.class,
        () -> SparseNpzFiles.read(file, ANY_SHAPE)).problem();
    assertTrue(problem.startsWith("entry 'indices.npy' cannot be read (corrupt archive: "),
        problem);
  }
}
