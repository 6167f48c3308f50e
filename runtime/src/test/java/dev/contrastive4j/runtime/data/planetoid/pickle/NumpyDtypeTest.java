package dev.contrastive4j.runtime.data.planetoid.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numpy element types a pickled array may have: which are read, how, and which refused. */
class NumpyDtypeTest {
  @TempDir
  Path dir;

  @Test
  void everyIntegerWidthSignedAndUnsigned() {
    NdArray i1 = array("i1", new byte[] {-1, 127});
    assertEquals("int8", i1.dtype().name());
    assertArrayEquals(new int[] {-1, 127}, i1.toInts("a"));
    NdArray u1 = array("u1", new byte[] {-1, 127});
    assertEquals("uint8", u1.dtype().name());
    assertArrayEquals(new int[] {255, 127}, u1.toInts("a"));
    NdArray i2 = array("i2", littleEndian(2, -2, 300));
    assertEquals("int16", i2.dtype().name());
    assertArrayEquals(new int[] {-2, 300}, i2.toInts("a"));
    NdArray u2 = array("u2", littleEndian(2, -2, 300));
    assertEquals("uint16", u2.dtype().name());
    assertArrayEquals(new int[] {65534, 300}, u2.toInts("a"));
    NdArray u4 = array("u4", littleEndian(4, 7, -1));
    assertEquals("uint32", u4.dtype().name());
    assertArrayEquals(new double[] {7, 4294967295.0}, u4.toDoubles());
    // Read exactly, then refused: not wrapped round to -1.
    PickleContentException e = assertThrows(PickleContentException.class, () -> u4.toInts("a"));
    assertEquals("a element 1 (4294967295) does not fit a 32-bit int", e.getMessage());
  }

  @Test
  void uint64AboveTheLargestLong() {
    assertArrayEquals(new int[] {0, 7}, array("u8", littleEndian(8, 0, 7)).toInts("a"));
    NdArray u8 = array("u8", littleEndian(8, 1, Long.MIN_VALUE, -1));
    assertEquals("uint64", u8.dtype().name());
    assertArrayEquals(new double[] {1, 0x1p63, 0x1p64}, u8.toDoubles());
    PickleContentException e = assertThrows(PickleContentException.class, () -> u8.toInts("a"));
    assertEquals("uint64 element 1 is too large (9223372036854775808)", e.getMessage());
  }

  @Test
  void floatsAreNotIntegers() {
    NdArray f4 = array("f4", ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN)
        .putFloat(1.5f).array());
    assertEquals("float32", f4.dtype().name());
    assertArrayEquals(new double[] {1.5}, f4.toDoubles());
    PickleContentException e = assertThrows(PickleContentException.class,
        () -> f4.toInts("csr_matrix indices"));
    assertEquals("csr_matrix indices has dtype float32, expected integers", e.getMessage());
  }

  @Test
  void widthsNumpyDoesNotHaveAreRefused() {
    for (String[] typeAndName : new String[][] {{"i3", "int24"}, {"u16", "uint128"},
        {"f2", "float16"}}) {
      byte[] p = new PickleBuilder().proto(2)
          .ndarray(new long[] {1}, typeAndName[0], "<", false, new byte[4], false).stop()
          .toBytes();
      PickleFiles.expectProblem(dir, p, PickleFileReader::readArray, "numpy dtype "
          + typeAndName[1] + " is not supported (only integer, float and bool arrays are)");
    }
  }

  @Test
  void aTypeStringMayCarryItsByteOrder() {
    assertArrayEquals(new int[] {1, -2}, array("<i4", littleEndian(4, 1, -2)).toInts("a"));
    PickleFiles.expectProblem(dir, dtypePickle("", "<"), PickleFileReader::read,
        "numpy dtype '' is not understood");
  }

  @Test
  void theTypeStringAloneIsEnough() {
    // numpy.dtype('i4') without numpy's usual (0, 1) arguments.
    byte[] p = new PickleBuilder().proto(2).global("numpy", "dtype").str("i4").tuple1()
        .reduce().stop().toBytes();
    NumpyDtype d = (NumpyDtype) PickleFileReader.read(PickleFiles.write(dir, p));
    assertEquals("int32", d.name());
    byte[] none = new PickleBuilder().proto(2).global("numpy", "dtype").emptyTuple().reduce()
        .stop().toBytes();
    PickleFiles.expectProblem(dir, none, PickleFileReader::read,
        "numpy.dtype() called without a type string");
  }

  @Test
  void aStateOfVersionAndByteOrderOnlyOrWithoutFields() {
    NumpyDtype d = (NumpyDtype) PickleFileReader.read(PickleFiles.write(dir,
        dtypePickle("f8", ">")));
    assertEquals(ByteOrder.BIG_ENDIAN, d.order());
    // (version, order, subarray): no names and fields entry at all.
    byte[] noFields = dtypeHead("i2").mark().integer(3).str(">").none().tuple().build().stop()
        .toBytes();
    assertEquals(ByteOrder.BIG_ENDIAN,
        ((NumpyDtype) PickleFileReader.read(PickleFiles.write(dir, noFields))).order());
  }

  @Test
  void subArrayAndRecordDtypesAreRefused() {
    byte[] subArray = dtypeHead("i4").mark().integer(3).str("<")
        .global("numpy", "dtype").str("i4").tuple1().reduce().integer(2).tuple1().tuple2()
        .tuple().build().stop().toBytes();
    PickleFiles.expectProblem(dir, subArray, PickleFileReader::read,
        "numpy dtype 'i4' is a sub-array dtype, which is not supported");
    byte[] record = dtypeHead("V8").mark().integer(3).str("|").none().str("a").str("b")
        .tuple2().tuple().build().stop().toBytes();
    PickleFiles.expectProblem(dir, record, PickleFileReader::read,
        "numpy dtype 'V8' is a record dtype, which is not supported");
  }

  /** A one-dimensional array of {@code typestr} holding {@code data}. */
  private NdArray array(String typestr, byte[] data) {
    int width = Integer.parseInt(typestr.replaceAll("\\D", ""));
    byte[] p = new PickleBuilder().proto(2)
        .ndarray(new long[] {data.length / width}, typestr, "<", false, data, false).stop()
        .toBytes();
    return PickleFileReader.readArray(PickleFiles.write(dir, p));
  }

  private static PickleBuilder dtypeHead(String typestr) {
    return new PickleBuilder().proto(2).global("numpy", "dtype").str(typestr).integer(0)
        .integer(1).tuple3().reduce();
  }

  /** A dtype whose BUILD state is just {@code (3, order)}. */
  private static byte[] dtypePickle(String typestr, String order) {
    return dtypeHead(typestr).mark().integer(3).str(order).tuple().build().stop().toBytes();
  }

  private static byte[] littleEndian(int width, long... values) {
    ByteBuffer b = ByteBuffer.allocate(width * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (long v : values) {
      switch (width) {
        case 2 -> b.putShort((short) v);
        case 4 -> b.putInt((int) v);
        default -> b.putLong(v);
      }
    }
    return b.array();
  }
}
