package dev.contrastive4j.runtime.data.planetoid.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PickleFileReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsARealPython2NumpyArray() {
    NdArray y = PickleFileReader.readArray(SharedData.planetoidDir().resolve("ind.cora.y"));
    assertArrayEquals(new long[] {140, 7}, y.shape());
    assertEquals("int32", y.dtype().name());
    double[] v = y.toDoubles();
    // Row 0 is class 3, row 1 class 4 (checked with python3's pickle module).
    assertArrayEquals(new double[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0},
        Arrays.copyOf(v, 14));
    assertEquals(140, Arrays.stream(v).sum());
  }

  @Test
  void cOrderInt32Array() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .ndarray(new long[] {2, 3}, "i4", "<", false, PickleBuilder.int32(1, 2, 3, -4, 5, 6),
            false)
        .stop().toBytes();
    NdArray a = PickleFileReader.readArray(write(p));
    assertArrayEquals(new double[] {1, 2, 3, -4, 5, 6}, a.toDoubles());
    assertArrayEquals(new int[] {1, 2, 3, -4, 5, 6}, a.toInts("a"));
  }

  @Test
  void fortranOrderBigEndianFloat64ArrayComesOutInCOrder() throws IOException {
    // Logical [[1, 2, 3], [4, 5, 6]] stored column by column.
    byte[] data = PickleBuilder.float64(ByteOrder.BIG_ENDIAN, 1, 4, 2, 5, 3, 6);
    byte[] p = new PickleBuilder().proto(2)
        .ndarray(new long[] {2, 3}, "f8", ">", true, data, false).stop().toBytes();
    NdArray a = PickleFileReader.readArray(write(p));
    assertEquals("float64", a.dtype().name());
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, a.toDoubles());
  }

  @Test
  void fortranOrderThreeDimensionalArray() throws IOException {
    // Element (i, j, k) holds 100 i + 10 j + k; Fortran stores i fastest.
    int[] stored = new int[12];
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 3; j++) {
        for (int k = 0; k < 2; k++) {
          stored[i + 2 * j + 6 * k] = 100 * i + 10 * j + k;
        }
      }
    }
    byte[] p = new PickleBuilder().proto(2)
        .ndarray(new long[] {2, 3, 2}, "i4", "<", true, PickleBuilder.int32(stored), false)
        .stop().toBytes();
    int[] c = PickleFileReader.readArray(write(p)).toInts("a");
    assertArrayEquals(new int[] {0, 1, 10, 11, 20, 21, 100, 101, 110, 111, 120, 121}, c);
  }

  @Test
  void protocolFiveArraysInCAndFortranOrder() throws IOException {
    // Python 3.14 pickles with protocol 5 by default: numpy writes _frombuffer, not
    // _reconstruct, which this reader refused as an unknown class.
    byte[] c = new PickleBuilder().proto(5).frombuffer(new long[] {2, 3}, "i4", "<", "C",
        PickleBuilder.int32(1, 2, 3, -4, 5, 6)).stop().toBytes();
    assertArrayEquals(new int[] {1, 2, 3, -4, 5, 6}, PickleFileReader.readArray(write(c))
        .toInts("a"));
    byte[] f = new PickleBuilder().proto(5).frombuffer(new long[] {2, 3}, "f8", ">", "F",
        PickleBuilder.float64(ByteOrder.BIG_ENDIAN, 1, 4, 2, 5, 3, 6)).stop().toBytes();
    assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6},
        PickleFileReader.readArray(write(f)).toDoubles());
    expectTruncatedAtEveryCut(c);
  }

  @Test
  void protocolFiveArrayProblemsAreNamed() throws IOException {
    expectProblem(new PickleBuilder().proto(5).frombuffer(new long[] {2}, "i4", "<", "K",
        PickleBuilder.int32(1, 2)).stop().toBytes(),
        "numpy _frombuffer order is str 'K', expected 'C' or 'F'", false);
    expectProblem(new PickleBuilder().proto(5).frombuffer(new long[] {3}, "i4", "<", "C",
        PickleBuilder.int32(1, 2)).stop().toBytes(),
        "numpy.ndarray data has 8 bytes but shape (3,) of int32 needs 12", false);
    expectProblem(new PickleBuilder().proto(5).stackGlobal("numpy._core.numeric", "_frombuffer")
        .bytearray8(PickleBuilder.int32(1)).tuple1().reduce().stop().toBytes(),
        "numpy _frombuffer called with 1 arguments, expected (data, dtype, shape, order)",
        false);
  }

  @Test
  void python3PickleWithBytesAndUnicode() throws IOException {
    byte[] p = new PickleBuilder().proto(3)
        .ndarray(new long[] {3}, "i8", "<", false, PickleBuilder.int64(-7, 0, 1L << 40), true)
        .stop().toBytes();
    NdArray a = PickleFileReader.readArray(write(p));
    assertEquals("int64", a.dtype().name());
    assertArrayEquals(new double[] {-7, 0, 1L << 40}, a.toDoubles());
    // A conversion after reading throws the content exception; callers add the file.
    PickleContentException e = assertThrows(PickleContentException.class,
        () -> a.toInts("big"));
    assertEquals("big element 2 (1099511627776) does not fit a 32-bit int", e.getMessage());
  }

  @Test
  void unsignedAndBoolArrays() throws IOException {
    byte[] u8 = new PickleBuilder().proto(2)
        .ndarray(new long[] {3}, "u1", "|", false, new byte[] {0, 1, (byte) 255}, false)
        .stop().toBytes();
    assertArrayEquals(new double[] {0, 1, 255}, PickleFileReader.readArray(write(u8)).toDoubles());
    byte[] b1 = new PickleBuilder().proto(2)
        .ndarray(new long[] {2}, "b1", "|", false, new byte[] {1, 0}, false).stop().toBytes();
    assertArrayEquals(new int[] {1, 0}, PickleFileReader.readArray(write(b1)).toInts("b"));
  }

  @Test
  void csrMatrixWithInt64IndicesAndFloat64Data() throws IOException {
    // [[0, 1.5, 0], [0, 0, 0], [2, 0, -3]] as scipy >= 1.8 pickles it under Python 3.
    byte[] p = new PickleBuilder().proto(3)
        .global("scipy.sparse._csr", "csr_matrix").emptyTuple().newobj()
        .emptyDict().mark()
        .unicode("_shape").integer(3).integer(3).tuple2()
        .unicode("indptr").ndarray(new long[] {4}, "i8", "<", false,
            PickleBuilder.int64(0, 1, 1, 3), true)
        .unicode("indices").ndarray(new long[] {3}, "i8", "<", false,
            PickleBuilder.int64(1, 0, 2), true)
        .unicode("data").ndarray(new long[] {3}, "f8", "<", false,
            PickleBuilder.float64(ByteOrder.LITTLE_ENDIAN, 1.5, 2, -3), true)
        .unicode("format").unicode("csr")
        .unicode("maxprint").integer(50)
        .setitems().build().stop().toBytes();
    CsrMatrix m = PickleFileReader.readCsrMatrix(write(p));
    assertEquals(new CsrMatrix(3, 3, new int[] {0, 1, 1, 3}, new int[] {1, 0, 2},
        new float[] {1.5f, 2f, -3f}), m);
  }

  @Test
  void csrMatrixWithANonFiniteValue() throws IOException {
    byte[] p = csr(PickleBuilder.float64(ByteOrder.LITTLE_ENDIAN, Double.NaN));
    expectProblem(p, "csr_matrix of shape (1, 1) is invalid: CSR value at entry 0 is NaN", true);
  }

  @Test
  void unsupportedDtype() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .ndarray(new long[] {1}, "c16", "<", false, new byte[16], false).stop().toBytes();
    expectProblem(p, "numpy dtype 'c16' is not supported (only integer, float and bool arrays "
        + "are)", false);
  }

  @Test
  void arrayDataOfTheWrongLength() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .ndarray(new long[] {2, 2}, "f4", "<", false, new byte[12], false).stop().toBytes();
    expectProblem(p, "numpy.ndarray data has 12 bytes but shape (2, 2) of float32 needs 16",
        false);
  }

  @Test
  void aShapeWhoseByteCountOverflowsIsTooLargeNotAnEmptyArray() throws IOException {
    // 2^21 x 2^21 x 2^20 float32s are 2^64 bytes, 0 in a long: no data must not fit them.
    byte[] wraps = new PickleBuilder().proto(2)
        .ndarray(new long[] {1L << 21, 1L << 21, 1L << 20}, "f4", "<", false, new byte[0], false)
        .stop().toBytes();
    expectProblem(wraps, "numpy.ndarray shape (2097152, 2097152, 1048576) of float32 is too "
        + "large", false);
    // An element count past a long: not 'the opcodes do not fit together'.
    long side = 1L << 30;
    byte[] overflows = new PickleBuilder().proto(2)
        .ndarray(new long[] {side, side, side}, "i1", "|", false, new byte[0], false).stop()
        .toBytes();
    expectProblem(overflows, "numpy.ndarray shape (1073741824, 1073741824, 1073741824) of int8 "
        + "is too large", false);
  }

  @Test
  void reconstructOfAnotherClass() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .global("numpy.core.multiarray", "_reconstruct").global("numpy", "matrix")
        .integer(0).tuple1().str("b").tuple3().reduce().stop().toBytes();
    expectProblem(p, "_reconstruct is called for numpy.matrix, expected numpy.ndarray", false);
  }

  @Test
  void arrayThatWasNeverFilled() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray")
        .integer(0).tuple1().str("b").tuple3().reduce().stop().toBytes();
    expectProblem(p, "numpy.ndarray was never filled (no BUILD state)", false);
  }

  @Test
  void dtypeStateWithoutAByteOrder() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .global("numpy", "dtype").str("i4").integer(0).integer(1).tuple3().reduce()
        .mark().integer(3).integer(7).tuple().build().stop().toBytes();
    Path f = write(p);
    DatasetException e = assertThrows(DatasetException.class, () -> PickleFileReader.read(f));
    assertEquals(f + ": numpy dtype 'i4' has a state without a byte order ('<', '>', '=' or "
        + "'|')", e.getMessage());
  }

  @Test
  void buildStateOfTheWrongTypeIsACorruptPickle() throws IOException {
    byte[] p = new PickleBuilder().proto(2)
        .global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray")
        .integer(0).tuple1().str("b").tuple3().reduce().emptyDict().build().stop().toBytes();
    Path f = write(p);
    DatasetException e = assertThrows(DatasetException.class, () -> PickleFileReader.read(f));
    assertTrue(e.getMessage().startsWith(f + ": corrupt pickle (failed to __setstate__()"),
        e.getMessage());
    assertFalse(e.getMessage().contains("\n"));
  }

  @Test
  void opcodesThatDoNotFitTogetherAreACorruptPickleNotAJavaException() throws IOException {
    // REDUCE with an int where the callable belongs: a ClassCastException inside Pyrolite.
    byte[] p = new PickleBuilder().proto(2).integer(1).emptyTuple().reduce().stop().toBytes();
    Path f = write(p);
    assertEquals(f + ": corrupt pickle (the opcodes before byte 6 do not fit together)",
        assertThrows(DatasetException.class, () -> PickleFileReader.read(f)).getMessage());
    // A class Pyrolite has no constructor for, with arguments: its name, not Pyrolite's advice.
    byte[] q = new PickleBuilder().proto(2).global("numpy.core.multiarray", "oreconstruct")
        .integer(0).tuple1().reduce().stop().toBytes();
    Path g = write(q);
    // A damaged name and another writer's class look alike, so it is not called corrupt.
    assertEquals(g + ": unreadable pickle: it calls numpy.core.multiarray.oreconstruct, which "
        + "is not a class of numpy, scipy or Python that this reader knows (the file is damaged, "
        + "or was written by another library)",
        assertThrows(DatasetException.class, () -> PickleFileReader.read(g)).getMessage());
  }

  @Test
  void defaultDictOfListsAndPlainDict() throws IOException {
    byte[] dd = new PickleBuilder().proto(2)
        .global("collections", "defaultdict").global("__builtin__", "list").tuple1().reduce()
        .mark().integer(0).emptyList().mark().integer(1).integer(2).appends()
        .integer(1).emptyList().setitems().stop().toBytes();
    Map<?, ?> m = PickleFileReader.readDict(write(dd));
    assertEquals(Map.of(0, List.of(1, 2), 1, List.of()), m);
    byte[] plain = new PickleBuilder().proto(2).emptyDict().mark().integer(5).emptyList()
        .setitems().stop().toBytes();
    assertEquals(Map.of(5, List.of()), PickleFileReader.readDict(write(plain)));
    byte[] list = new PickleBuilder().proto(2).emptyList().stop().toBytes();
    expectDictProblem(list, "expected a dict, found list");
    byte[] unknown = new PickleBuilder().proto(2).global("collections", "OrderedDict")
        .emptyTuple().reduce().stop().toBytes();
    expectDictProblem(unknown, "expected a dict, found collections.OrderedDict");
  }

  @Test
  void everyCutOfARealPickleIsReportedAsTruncation() throws IOException {
    Path real = SharedData.planetoidDir().resolve("ind.cora.y");
    expectTruncatedAtEveryCut(Files.readAllBytes(real));
  }

  @Test
  void everyCutOfAPython3CsrPickleIsReportedAsTruncation() {
    expectTruncatedAtEveryCut(csr(PickleBuilder.float64(ByteOrder.LITTLE_ENDIAN, 2.5)));
  }

  @Test
  void aHugeStringLengthIsTruncationNotAnAllocation() throws IOException {
    byte[] p = {(byte) 0x80, 2, 'T', (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 'a', '.'};
    Path f = write(p);
    DatasetException e = assertThrows(DatasetException.class, () -> PickleFileReader.read(f));
    assertEquals(f + ": truncated pickle (unexpected end of data)", e.getMessage());
  }

  @Test
  void aNegativeStringLengthIsCorruption() throws IOException {
    byte[] p = {(byte) 0x80, 2, 'T', (byte) 0xfb, (byte) 0xff, (byte) 0xff, (byte) 0xff, '.'};
    Path f = write(p);
    DatasetException e = assertThrows(DatasetException.class, () -> PickleFileReader.read(f));
    assertEquals(f + ": corrupt pickle (negative length -5 of a string)", e.getMessage());
  }

  @Test
  void missingFile() {
    Path f = dir.resolve("nothing.pkl");
    DatasetException e = assertThrows(DatasetException.class, () -> PickleFileReader.read(f));
    assertEquals(f + ": file not found", e.getMessage());
    assertEquals(f, e.file());
  }

  @Test
  void aDeviceIsNotReadToItsEnd() throws IOException {
    // /dev/zero has no end: reading it all would fill the memory.
    Path zeros = Files.createSymbolicLink(dir.resolve("ind.cora.x"), Path.of("/dev/zero"));
    DatasetException e = assertThrows(DatasetException.class,
        () -> PickleFileReader.read(zeros));
    assertEquals(zeros + ": is a pipe, device or socket, not a file", e.getMessage());
  }

  private static byte[] csr(byte[] oneValue) {
    return new PickleBuilder().proto(3)
        .global("scipy.sparse.csr", "csr_matrix").emptyTuple().newobj()
        .emptyDict().mark()
        .unicode("_shape").integer(1).integer(1).tuple2()
        .unicode("indptr").ndarray(new long[] {2}, "i4", "<", false, PickleBuilder.int32(0, 1),
            true)
        .unicode("indices").ndarray(new long[] {1}, "i4", "<", false, PickleBuilder.int32(0),
            true)
        .unicode("data").ndarray(new long[] {1}, "f8", "<", false, oneValue, true)
        .unicode("format").unicode("csr")
        .setitems().build().stop().toBytes();
  }

  private void expectTruncatedAtEveryCut(byte[] bytes) {
    PickleFiles.expectTruncatedAtEveryCut(dir, bytes);
  }

  private void expectProblem(byte[] pickle, String problem, boolean csr) {
    PickleFiles.expectProblem(dir, pickle,
        csr ? PickleFileReader::readCsrMatrix : PickleFileReader::readArray, problem);
  }

  private void expectDictProblem(byte[] pickle, String problem) {
    PickleFiles.expectProblem(dir, pickle, PickleFileReader::readDict, problem);
  }

  private Path write(byte[] bytes) {
    return PickleFiles.write(dir, bytes);
  }
}
