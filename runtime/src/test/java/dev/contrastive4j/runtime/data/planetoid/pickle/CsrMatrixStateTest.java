package dev.contrastive4j.runtime.data.planetoid.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.CsrMatrix;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape and format of a pickled scipy CSR matrix, at the edges of what is accepted. */
class CsrMatrixStateTest {
  @TempDir
  Path dir;

  @Test
  void matricesWithNoRowsOrNoColumns() {
    assertEquals(new CsrMatrix(0, 3, new int[] {0}, new int[0], new float[0]),
        read(csr(0, 3, new int[] {0}, new int[0], new double[0], "csr")));
    assertEquals(new CsrMatrix(2, 0, new int[] {0, 0, 0}, new int[0], new float[0]),
        read(csr(2, 0, new int[] {0, 0, 0}, new int[0], new double[0], "csr")));
  }

  @Test
  void theLargestIntIsAColumnCountButNotARowCount() {
    // A row count needs one more indptr entry than it has rows: MAX_VALUE rows cannot exist.
    int last = Integer.MAX_VALUE - 1;
    assertEquals(new CsrMatrix(1, Integer.MAX_VALUE, new int[] {0, 1}, new int[] {last},
            new float[] {2}),
        read(csr(1, Integer.MAX_VALUE, new int[] {0, 1}, new int[] {last}, new double[] {2},
            "csr")));
    expectProblem(csr(Integer.MAX_VALUE, 1, new int[] {0, 0}, new int[0], new double[0], "csr"),
        "csr_matrix shape (2147483647, 1) is out of range");
    expectProblem(csr(1, 1L << 31, new int[] {0, 0}, new int[0], new double[0], "csr"),
        "csr_matrix shape (1, 2147483648) is out of range");
  }

  @Test
  void theFormatMustBeCsrWhenItIsGiven() {
    expectProblem(csr(1, 1, new int[] {0, 0}, new int[0], new double[0], "csc"),
        "csr_matrix has format 'csc', expected 'csr'");
    assertEquals(new CsrMatrix(1, 1, new int[] {0, 1}, new int[] {0}, new float[] {3}),
        read(csr(1, 1, new int[] {0, 1}, new int[] {0}, new double[] {3}, null)));
  }

  /** A Python 3 pickle of a csr_matrix; {@code format} null leaves the attribute out. */
  private static byte[] csr(long rows, long cols, int[] indptr, int[] indices, double[] data,
      String format) {
    PickleBuilder b = new PickleBuilder().proto(3)
        .global("scipy.sparse._csr", "csr_matrix").emptyTuple().newobj()
        .emptyDict().mark()
        .unicode("_shape").integer(rows).integer(cols).tuple2()
        .unicode("indptr").ndarray(new long[] {indptr.length}, "i4", "<", false,
            PickleBuilder.int32(indptr), true)
        .unicode("indices").ndarray(new long[] {indices.length}, "i4", "<", false,
            PickleBuilder.int32(indices), true)
        .unicode("data").ndarray(new long[] {data.length}, "f8", "<", false,
            PickleBuilder.float64(ByteOrder.LITTLE_ENDIAN, data), true);
    if (format != null) {
      b.unicode("format").unicode(format);
    }
    return b.setitems().build().stop().toBytes();
  }

  private CsrMatrix read(byte[] pickle) {
    return PickleFileReader.readCsrMatrix(PickleFiles.write(dir, pickle));
  }

  private void expectProblem(byte[] pickle, String problem) {
    PickleFiles.expectProblem(dir, pickle, PickleFileReader::readCsrMatrix, problem);
  }
}
