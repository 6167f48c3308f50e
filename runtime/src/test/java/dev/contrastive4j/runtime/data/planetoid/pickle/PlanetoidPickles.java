package dev.contrastive4j.runtime.data.planetoid.pickle;

import dev.contrastive4j.api.graph.CsrMatrix;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Python 2 pickles in the layout of the Planetoid files, for tests that make their own. */
public final class PlanetoidPickles {
  private PlanetoidPickles() {}

  /** {@code m} as a scipy CSR matrix with int32 indices and float32 values, like x and allx. */
  public static byte[] csrMatrix(CsrMatrix m) {
    int nnz = m.indicesView().length;
    ByteBuffer values = ByteBuffer.allocate(4 * nnz).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : m.valuesView()) {
      values.putFloat(v);
    }
    return new PickleBuilder().proto(2)
        .global("scipy.sparse.csr", "csr_matrix").emptyTuple().newobj()
        .emptyDict().mark()
        .str("format").str("csr")
        .str("_shape").integer(m.rows()).integer(m.cols()).tuple2()
        .str("indptr").ndarray(new long[] {m.rows() + 1}, "i4", "<", false,
            PickleBuilder.int32(m.indptrView()), false)
        .str("indices").ndarray(new long[] {nnz}, "i4", "<", false,
            PickleBuilder.int32(m.indicesView()), false)
        .str("data").ndarray(new long[] {nnz}, "f4", "<", false, values.array(), false)
        .setitems().build().stop().toBytes();
  }

  /** A 2-D int32 numpy array in C order, like y and ally. */
  public static byte[] int32Matrix(int rows, int cols, int[] values) {
    return new PickleBuilder().proto(2)
        .ndarray(new long[] {rows, cols}, "i4", "<", false, PickleBuilder.int32(values), false)
        .stop().toBytes();
  }
}
