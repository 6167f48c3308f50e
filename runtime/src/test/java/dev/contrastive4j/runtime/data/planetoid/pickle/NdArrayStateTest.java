package dev.contrastive4j.runtime.data.planetoid.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** A pickled numpy array's BUILD state: its shape, order flag and dtype slot, and their limits. */
class NdArrayStateTest {
  @TempDir
  Path dir;

  @Test
  void shapeEntriesFromZeroToTheLargestInt() {
    NdArray empty = read(array(new long[] {0, 3}, "f8", new byte[0]));
    assertArrayEquals(new long[] {0, 3}, empty.shape());
    assertArrayEquals(new double[0], empty.toDoubles());
    // The largest entry is accepted as a shape; only the missing data is wrong.
    expectProblem(array(new long[] {Integer.MAX_VALUE}, "i1", new byte[0]),
        "numpy.ndarray data has 0 bytes but shape (2147483647,) of int8 needs 2147483647");
    expectProblem(array(new long[] {1L << 31}, "i1", new byte[0]),
        "numpy.ndarray shape entry 0 is 2147483648");
    expectProblem(array(new long[] {2, -1}, "i1", new byte[0]),
        "numpy.ndarray shape entry 1 is -1");
  }

  @Test
  void shapeEntriesThatAreNotSmallInts() {
    byte[] huge = arrayWithShape(b -> b.integer(1).bigInteger(BigInteger.ONE.shiftLeft(64)));
    expectProblem(huge, "numpy.ndarray shape entry 1 is too large (18446744073709551616)");
    byte[] fractional = arrayWithShape(b -> b.floating(2.0));
    expectProblem(fractional, "numpy.ndarray shape entry 0 is float, expected an int");
  }

  @Test
  void intConversionKeepsBothEndsOfTheIntRange() {
    NdArray a = read(array(new long[] {2}, "i8",
        PickleBuilder.int64(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    assertArrayEquals(new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE}, a.toInts("a"));
    NdArray below = read(array(new long[] {1}, "i8", PickleBuilder.int64(Integer.MIN_VALUE - 1L)));
    PickleContentException e = assertThrows(PickleContentException.class,
        () -> below.toInts("a"));
    assertEquals("a element 0 (-2147483649) does not fit a 32-bit int", e.getMessage());
  }

  @Test
  void theFortranFlagMayBeAnInt() {
    // Logical [[1, 2], [3, 4]]: stored column by column when the flag is 1.
    assertArrayEquals(new int[] {1, 2, 3, 4},
        read(withFortranFlag(b -> b.integer(1), 1, 3, 2, 4)).toInts("a"));
    assertArrayEquals(new int[] {1, 3, 2, 4},
        read(withFortranFlag(b -> b.integer(0), 1, 3, 2, 4)).toInts("a"));
    expectProblem(withFortranFlag(PickleBuilder::none, 1, 3, 2, 4),
        "numpy.ndarray is_fortran flag is None, expected a bool");
  }

  @Test
  void theStateWithoutAVersionAndADtypeSlotHoldingSomethingElse() {
    // numpy's older state (shape, dtype, is_fortran, data) has no version in front.
    byte[] old = reconstruct().mark().integer(2).tuple1().dtype("i4", "<", false).bool(false)
        .byteString(PickleBuilder.int32(5, 6)).tuple().build().stop().toBytes();
    assertArrayEquals(new int[] {5, 6}, read(old).toInts("a"));
    byte[] noDtype = reconstruct().mark().integer(1).integer(2).tuple1().str("i4").bool(false)
        .byteString(PickleBuilder.int32(5, 6)).tuple().build().stop().toBytes();
    expectProblem(noDtype, "numpy.ndarray state holds str where its dtype belongs");
  }

  @Test
  void anArrayNeverFilledRefusesEveryAccessor() {
    // readArray checks this itself; an array inside a dict reaches its caller unchecked.
    byte[] p = new PickleBuilder().proto(2).emptyDict().mark().integer(0)
        .global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray")
        .integer(0).tuple1().str("b").tuple3().reduce().setitems().stop().toBytes();
    Map<?, ?> dict = PickleFileReader.readDict(PickleFiles.write(dir, p));
    NdArray a = (NdArray) dict.get(0);
    List<Executable> accessors = List.of(a::shape, a::rank, () -> a.dim(0), a::size, a::dtype,
        a::toDoubles, () -> a.toInts("a"));
    for (Executable accessor : accessors) {
      PickleContentException e = assertThrows(PickleContentException.class, accessor);
      assertEquals("numpy.ndarray was never filled (no BUILD state)", e.getMessage());
    }
  }

  private static PickleBuilder reconstruct() {
    return new PickleBuilder().proto(2)
        .global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray")
        .integer(0).tuple1().str("b").tuple3().reduce();
  }

  private static byte[] array(long[] shape, String typestr, byte[] data) {
    return new PickleBuilder().proto(2).ndarray(shape, typestr, "<", false, data, false).stop()
        .toBytes();
  }

  /** An int8 array whose shape tuple holds what {@code entries} writes. */
  private static byte[] arrayWithShape(Consumer<PickleBuilder> entries) {
    PickleBuilder b = reconstruct().mark().integer(1).mark();
    entries.accept(b);
    return b.tuple().dtype("i1", "|", false).bool(false).str("").tuple().build().stop()
        .toBytes();
  }

  /** A 2 x 2 int32 array whose is_fortran flag is what {@code flag} writes. */
  private static byte[] withFortranFlag(Consumer<PickleBuilder> flag, int... stored) {
    PickleBuilder b = reconstruct().mark().integer(1).integer(2).integer(2).tuple2()
        .dtype("i4", "<", false);
    flag.accept(b);
    return b.byteString(PickleBuilder.int32(stored)).tuple().build().stop().toBytes();
  }

  private NdArray read(byte[] pickle) {
    return PickleFileReader.readArray(PickleFiles.write(dir, pickle));
  }

  private void expectProblem(byte[] pickle, String problem) {
    PickleFiles.expectProblem(dir, pickle, PickleFileReader::readArray, problem);
  }
}
