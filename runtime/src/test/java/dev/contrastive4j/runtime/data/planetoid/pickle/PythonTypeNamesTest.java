package dev.contrastive4j.runtime.data.planetoid.pickle;

import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pickle holding the wrong kind of object is refused with the Python name of what it holds. */
class PythonTypeNamesTest {
  @TempDir
  Path dir;

  @Test
  void scalarsAndContainers() {
    expectDict(new PickleBuilder().proto(2).none(), "None");
    expectDict(new PickleBuilder().proto(2).bool(true), "bool");
    expectDict(new PickleBuilder().proto(2).integer(7), "int");
    expectDict(new PickleBuilder().proto(2).integer(1L << 40), "int");
    expectDict(new PickleBuilder().proto(2).bigInteger(BigInteger.ONE.shiftLeft(70)), "int");
    expectDict(new PickleBuilder().proto(2).floating(1.5), "float");
    expectDict(new PickleBuilder().proto(3).bytes(new byte[] {1}), "bytes");
    expectDict(new PickleBuilder().proto(2).integer(1).integer(2).tuple2(), "tuple");
    expectDict(new PickleBuilder().proto(2).global("__builtin__", "set").emptyList().tuple1()
        .reduce(), "set");
    PickleFiles.expectProblem(dir, new PickleBuilder().proto(2).emptyDict().stop().toBytes(),
        PickleFileReader::readArray, "expected a numpy.ndarray, found dict");
  }

  @Test
  void numpyObjects() {
    expectDict(new PickleBuilder().proto(2).dtype("i4", "<", false), "numpy dtype int32");
    expectDict(new PickleBuilder().proto(2)
        .global("numpy.core.multiarray", "_reconstruct").global("numpy", "ndarray")
        .integer(0).tuple1().str("b").tuple3().reduce(), "numpy.ndarray(empty)");
    byte[] vector = new PickleBuilder().proto(2).ndarray(new long[] {2}, "f8", "<", false,
        PickleBuilder.float64(ByteOrder.LITTLE_ENDIAN, 1, 2), false).stop().toBytes();
    PickleFiles.expectProblem(dir, vector, PickleFileReader::readCsrMatrix,
        "expected a scipy.sparse csr_matrix, found numpy.ndarray(shape=(2,), dtype=float64)");
  }

  @Test
  void anObjectWithoutAPythonNameIsNamedByItsJavaClass() {
    // Pyrolite's own type for complex numbers; no Planetoid file holds one.
    expectDict(new PickleBuilder().proto(2).global("__builtin__", "complex").floating(1)
        .floating(2).tuple2().reduce(), "ComplexNumber");
  }

  private void expectDict(PickleBuilder value, String found) {
    PickleFiles.expectProblem(dir, value.stop().toBytes(), PickleFileReader::readDict,
        "expected a dict, found " + found);
  }
}
