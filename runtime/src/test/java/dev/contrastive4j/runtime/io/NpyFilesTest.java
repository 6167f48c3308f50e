package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class NpyFilesTest {
  @TempDir Path dir;

  /** Builds a .npy file byte by byte, as NumPy lays it out, independently of NpyFiles.write. */
  static byte[] npy(int major, String dict, byte[] data) {
    int prefix = major == 1 ? 10 : 12;
    byte[] dictBytes = dict.getBytes(major == 3 ? StandardCharsets.UTF_8
        : StandardCharsets.ISO_8859_1);
    int total = prefix + dictBytes.length + 1;
    int padded = (total + 63) / 64 * 64 - prefix;
    ByteBuffer b = ByteBuffer.allocate(prefix + padded + data.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
    if (major == 1) {
      b.putShort((short) padded);
    } else {
      b.putInt(padded);
    }
    b.put(dictBytes);
    b.put(" ".repeat(padded - dictBytes.length - 1).getBytes(StandardCharsets.US_ASCII));
    b.put((byte) '\n');
    b.put(data);
    return b.array();
  }

  private Path file(String name, byte[] bytes) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return f;
  }

  private static String message(Path file) {
    return assertThrows(DatasetException.class, () -> NpyFiles.read(file)).getMessage();
  }

  @ParameterizedTest
  @EnumSource(value = NpyDtype.class)
  void roundTripsEveryTypeInSeveralShapes(NpyDtype dtype) throws IOException {
    DataType type = dtype.dataType();
    for (long[] shape : new long[][] {{3, 4}, {5}, {2, 3, 2}, {1, 1}}) {
      long n = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
      INDArray values = Nd4j.arange(n).castTo(DataType.DOUBLE).subi(2).reshape(shape);
      INDArray typed = type == DataType.BOOL ? values.gt(0)
          : type == DataType.UINT8 ? values.add(2).castTo(type) : values.castTo(type);
      Path f = dir.resolve(dtype + "-" + shape.length + ".npy");
      NpyFiles.write(f, typed);
      INDArray back = NpyFiles.read(f);
      assertEquals(type, back.dataType());
      assertArrayEquals(shape, back.shape());
      assertEquals(typed, back, "values of " + dtype + " " + Arrays.toString(shape));
      assertEquals(0, NpyFiles.readHeader(f).dataOffset() % 64);
    }
  }

  @Test
  void writesWhatNumpyWrites() throws IOException {
    Path f = dir.resolve("a.npy");
    NpyFiles.write(f, Nd4j.createFromArray(new float[][] {{1, 2}, {3, 4}, {5, 6}}));
    byte[] data = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN)
        .putFloat(1).putFloat(2).putFloat(3).putFloat(4).putFloat(5).putFloat(6).array();
    assertArrayEquals(npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }", data),
        Files.readAllBytes(f));
  }

  @Test
  void writesAndReadsFloat16AsNumpyDoes() throws IOException {
    // float16 features (allowed by the schema, read from CSV) could not be written to .npy.
    INDArray halves = Nd4j.createFromArray(new float[] {1.5f, -2f, 65504f, 0.1f})
        .castTo(DataType.FLOAT16);
    Path f = dir.resolve("h.npy");
    NpyFiles.write(f, halves);
    // numpy.array([1.5, -2, 65504, 0.1], dtype='<f2'): 0.1 is 0x2E66 as a half.
    byte[] data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putShort((short) 0x3E00)
        .putShort((short) 0xC000).putShort((short) 0x7BFF).putShort((short) 0x2E66).array();
    assertArrayEquals(npy(1, "{'descr': '<f2', 'fortran_order': False, 'shape': (4,), }", data),
        Files.readAllBytes(f));
    assertEquals(halves, NpyFiles.read(f));
    ByteBuffer be = ByteBuffer.allocate(4).order(ByteOrder.BIG_ENDIAN).putShort((short) 0x3E00)
        .putShort((short) 0xC000);
    INDArray read = NpyFiles.read(file("be.npy",
        npy(1, "{'descr': '>f2', 'fortran_order': False, 'shape': (2,), }", be.array())));
    assertEquals(DataType.FLOAT16, read.dataType());
    assertEquals(1.5, read.getDouble(0), 0);
    assertEquals(-2, read.getDouble(1), 0);
  }

  @Test
  void readsBigEndianFortranOrderAndVersions2And3() throws IOException {
    // (2, 3) int64 array [[0, 1, 2], [3, 4, 5]] stored column-major, big-endian.
    ByteBuffer be = ByteBuffer.allocate(48).order(ByteOrder.BIG_ENDIAN);
    for (long v : new long[] {0, 3, 1, 4, 2, 5}) {
      be.putLong(v);
    }
    INDArray expected = Nd4j.createFromArray(new long[][] {{0, 1, 2}, {3, 4, 5}});
    for (int major : new int[] {1, 2, 3}) {
      Path f = file("f" + major + ".npy",
          npy(major, "{'descr': '>i8', 'fortran_order': True, 'shape': (2, 3), }", be.array()));
      INDArray a = NpyFiles.read(f);
      assertEquals(expected, a, "version " + major);
      assertEquals('c', a.ordering());
      assertEquals(major, NpyFiles.readHeader(f).majorVersion());
    }
    // A 3-D Fortran-order array: element (i, j, k) is at i + 2 * j + 6 * k.
    ByteBuffer le = ByteBuffer.allocate(24 * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int p = 0; p < 24; p++) {
      int i = p % 2;
      int j = (p / 2) % 3;
      int k = p / 6;
      le.putDouble(100 * i + 10 * j + k);
    }
    INDArray a = NpyFiles.read(file("f3d.npy",
        npy(1, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3, 4), }", le.array())));
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 4; k++) {
          assertEquals(100 * i + 10 * j + k, a.getDouble(i, j, k), 0);
        }
      }
    }
  }

  @Test
  void readsHeaderVariantsThatNumpyAccepts() throws IOException {
    byte[] data = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(7).putInt(-9)
        .array();
    // Python 2's long suffix, double quotes, other key order, no trailing comma.
    INDArray a = NpyFiles.read(file("py2.npy", npy(1,
        "{\"shape\": (2L,), \"fortran_order\": False, \"descr\": \"<i4\"}", data)));
    assertEquals(Nd4j.createFromArray(7, -9), a);
  }

  @Test
  void readsScalarsAndEmptyArrays() throws IOException {
    INDArray scalar = NpyFiles.read(file("s.npy", npy(1,
        "{'descr': '<f8', 'fortran_order': False, 'shape': (), }",
        ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(2.5).array())));
    assertEquals(0, scalar.rank());
    assertEquals(2.5, scalar.getDouble(0), 0);
    INDArray empty = NpyFiles.read(file("e.npy",
        npy(1, "{'descr': '|u1', 'fortran_order': False, 'shape': (0, 2), }", new byte[0])));
    assertArrayEquals(new long[] {0, 2}, empty.shape());
    assertEquals(DataType.UINT8, empty.dataType());
    Path f = dir.resolve("empty-out.npy");
    NpyFiles.write(f, Nd4j.create(DataType.FLOAT, 0, 3));
    assertArrayEquals(new long[] {0, 3}, NpyFiles.read(f).shape());
  }

  @Test
  void namesTheProblemOfACorruptFile() throws IOException {
    String ok = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }";
    byte[] good = npy(1, ok, new byte[24]);
    assertTrue(message(dir.resolve("missing.npy")).endsWith("missing.npy: file not found"));
    assertTrue(message(file("text.npy", "a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII)))
        .endsWith("text.npy: not a .npy file: it does not start with \\x93NUMPY"));
    assertTrue(message(file("empty.npy", new byte[0])).contains("not a .npy file"));
    assertTrue(message(file("short.npy", Arrays.copyOf(good, 8)))
        .contains("short.npy: truncated: the file ends inside the .npy header"));
    assertTrue(message(file("header.npy", Arrays.copyOf(good, 50)))
        .contains("header.npy: truncated: the header is 118 bytes long"));
    String data = message(file("data.npy", Arrays.copyOf(good, good.length - 5)));
    assertTrue(data.endsWith("data.npy: truncated: the header declares float32 shape (3, 2), "
        + "24 bytes of data, but only 19 follow the header"), data);
    assertTrue(message(file("long.npy", Arrays.copyOf(good, good.length + 4)))
        .contains("long.npy: corrupt: 4 bytes follow the 24 bytes of data"));
    byte[] v9 = good.clone();
    v9[6] = 9;
    assertTrue(message(file("v9.npy", v9)).endsWith("unsupported .npy format version 9.0 "
        + "(supported: 1.0, 2.0, 3.0)"));
    assertTrue(message(file("dict.npy", npy(1, "{'descr': '<f4', 'fortran_order': False, "
        + "'shape': (3, 2}", new byte[24]))).contains("dict.npy: header is not a valid Python "
        + "dict literal: expected ',' or ')' at character"));
    assertTrue(message(file("nokey.npy", npy(1, "{'descr': '<f4', 'shape': (3, 2)}",
        new byte[24]))).endsWith("header has no 'fortran_order' key"));
    assertTrue(message(file("extra.npy", npy(1, "{'descr': '<f4', 'fortran_order': False, "
        + "'shape': (3, 2), 'x': 1}", new byte[24]))).contains("unknown key 'x'"));
    assertTrue(message(file("complex.npy", npy(1, "{'descr': '<c8', 'fortran_order': False, "
        + "'shape': (3,), }", new byte[24]))).contains("dtype '<c8' is not supported"));
    // Python objects (pickled inside, as numpy.save(allow_pickle=True) writes them).
    assertTrue(message(file("object.npy", npy(1, "{'descr': '|O', 'fortran_order': False, "
        + "'shape': (2,), }", new byte[16]))).endsWith("object.npy: dtype '|O' is not supported; "
        + "use one of bool, int8, uint8, int16, int32, int64, float16, float32, float64"));
    assertTrue(message(file("rec.npy", npy(1, "{'descr': [('a', '<f4')], 'fortran_order': "
        + "False, 'shape': (3,), }", new byte[12]))).contains("structured (record) dtypes"));
    assertTrue(message(file("neg.npy", npy(1, "{'descr': '<f4', 'fortran_order': False, "
        + "'shape': (3, -2), }", new byte[0]))).contains("must hold non-negative integers"));
    assertTrue(message(file("huge.npy", npy(1, "{'descr': '<f8', 'fortran_order': False, "
        + "'shape': (4294967296, 4294967296), }", new byte[0]))).contains("too large"));
    byte[] bools = npy(1, "{'descr': '|b1', 'fortran_order': False, 'shape': (3,), }",
        new byte[] {0, 1, 7});
    assertTrue(message(file("bool.npy", bools))
        .endsWith("bool.npy: corrupt: element 2 of a bool array is 7, not 0 or 1"));
  }

  @Test
  void saysHowMuchOfACutShortHeaderIsThere() throws IOException {
    byte[] good = npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }",
        new byte[24]);
    // Cut right after the header's length: that length is known, none of the header is there.
    assertTrue(message(file("ten.npy", Arrays.copyOf(good, 10))).endsWith("ten.npy: truncated: "
        + "the header is 118 bytes long but the file has only 0 after its start"));
    assertTrue(message(file("fifty.npy", Arrays.copyOf(good, 50))).endsWith("fifty.npy: "
        + "truncated: the header is 118 bytes long but the file has only 40 after its start"));
  }

  @Test
  void readsAVersion3HeaderAsUtf8AndOlderOnesAsLatin1() throws IOException {
    // Version 3.0 exists for UTF-8 headers; a message quotes the header as it was written.
    String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (1,), '\u00e9t\u00e9': 1, }";
    for (int major : new int[] {2, 3}) {
      String m = message(file("v" + major + ".npy", npy(major, dict, new byte[4])));
      assertTrue(m.endsWith("unknown key '\u00e9t\u00e9' (expected descr, fortran_order and "
          + "shape)"), m);
    }
  }

  @Test
  void padsEveryHeaderLengthToTheNextMultipleOf64() throws IOException {
    // Shapes of 1 to 64 dimensions give header dicts of every length modulo 64.
    for (int rank = 1; rank <= 64; rank++) {
      long[] shape = new long[rank];
      Arrays.fill(shape, 1);
      NpyHeader h = new NpyHeader(1, 0, NpyDtype.INT8, ByteOrder.LITTLE_ENDIAN, false, shape, 0);
      byte[] bytes = NpyFiles.headerBytes(h);
      int unpadded = 10 + h.dictLiteral().length() + 1;
      assertEquals(0, bytes.length % 64, "rank " + rank);
      assertTrue(bytes.length >= unpadded && bytes.length < unpadded + 64,
          "no more padding than alignment needs, rank " + rank);
      assertEquals('\n', bytes[bytes.length - 1]);
      Path f = file("rank" + rank + ".npy", Arrays.copyOf(bytes, bytes.length + 1));
      assertEquals(new NpyHeader(1, 0, NpyDtype.INT8, ByteOrder.LITTLE_ENDIAN, false, shape,
          bytes.length), NpyFiles.readHeader(f));
    }
  }

  @Test
  void namesADirectoryWhereTheFileShouldBe() throws IOException {
    Path d = Files.createDirectory(dir.resolve("feat.npy"));
    assertEquals(d + ": is a directory, not a file", message(d));
    assertEquals(d + ": is a directory, not a file",
        assertThrows(DatasetException.class, () -> NpyFiles.readHeader(d)).getMessage());
  }

  @Test
  void aFileThatCannotBeWrittenIsNamedWithTheReasonInWords() throws IOException {
    // It said 'cannot write: java.nio.file.FileAlreadyExistsException: .../runs'.
    Path runs = Files.writeString(dir.resolve("runs"), "x");
    INDArray a = Nd4j.zeros(DataType.FLOAT, 2);
    for (Path f : new Path[] {runs.resolve("emb.npy"), runs.resolve("one/emb.npy")}) {
      assertEquals(f + ": cannot be written (" + runs + " is a file, not a directory)",
          assertThrows(DatasetException.class, () -> NpyFiles.write(f, a)).getMessage());
    }
    Path d = Files.createDirectories(dir.resolve("emb.npy/x")).getParent();
    assertEquals(d + ": is a directory, not a file",
        assertThrows(DatasetException.class, () -> NpyFiles.write(d, a)).getMessage());
  }

  @Test
  void checksTheExpectationBeforeReadingData() throws IOException {
    Path f = dir.resolve("nodes/paper/feat.npy");
    NpyFiles.write(f, Nd4j.create(DataType.INT64, 29, 4));
    DatasetException e = assertThrows(DatasetException.class,
        () -> NpyFiles.read(f, ArrayExpectation.of(ElementKind.FLOAT, 30, ArrayExpectation.ANY)));
    assertEquals(f + ": expected 2-D float array with 30 rows, found int64 shape (29, 4)",
        e.getMessage());
    assertEquals(f, e.file());
    // The expectation is checked from the header alone, so even a truncated file says so.
    byte[] truncated = Arrays.copyOf(Files.readAllBytes(f), 200);
    Path t = file("t.npy", truncated);
    assertTrue(assertThrows(DatasetException.class, () -> NpyFiles.read(t,
        ArrayExpectation.of(ElementKind.INTEGER, 30, 4))).getMessage()
        .endsWith("expected 2-D integer array with 30 rows and 4 columns, found int64 shape "
            + "(29, 4)"));
    assertEquals(29, NpyFiles.read(f, ArrayExpectation.of(ElementKind.INTEGER, 29, 4)).rows());
  }

  @Test
  void writesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
    Path f = dir.resolve("out/emb.npy");
    NpyFiles.write(f, Nd4j.ones(DataType.FLOAT, 2, 2));
    NpyFiles.write(f, Nd4j.zeros(DataType.DOUBLE, 3));
    assertEquals(Nd4j.zeros(DataType.DOUBLE, 3), NpyFiles.read(f));
    byte[] before = Files.readAllBytes(f);
    assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
      out.write(new byte[100]);
      throw new IOException("disk full");
    }));
    assertArrayEquals(before, Files.readAllBytes(f), "a failed write keeps the old file");
    DatasetException e = assertThrows(DatasetException.class,
        () -> NpyFiles.write(f, Nd4j.zeros(DataType.BFLOAT16, 2)));
    assertTrue(e.getMessage().contains("cannot write data type BFLOAT16 to .npy"),
        e.getMessage());
    try (Stream<Path> files = Files.list(f.getParent())) {
      assertEquals(1, files.count(), "only emb.npy remains");
    }
  }

  @Test
  void writesAVersion2HeaderWhenTheShapeIsLong() {
    long[] shape = new long[30000];
    Arrays.fill(shape, 1);
    NpyHeader h = new NpyHeader(1, 0, NpyDtype.FLOAT32, ByteOrder.LITTLE_ENDIAN, false, shape, 0);
    byte[] bytes = NpyFiles.headerBytes(h);
    assertEquals(2, bytes[6]);
    assertEquals(0, bytes.length % 64);
    assertTrue(ByteBuffer.wrap(bytes, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() > 0xFFFF);
    Path f = dir.resolve("long-header.npy");
    assertDoesNotThrow(() -> Files.write(f, bytes));
    NpyHeader back = NpyFiles.readHeader(f);
    assertEquals(2, back.majorVersion());
    assertArrayEquals(shape, back.shape());
    assertEquals(bytes.length, back.dataOffset());
  }
}
