package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.testing.Python3;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * {@link SparseNpzFiles} against scipy itself: it reads what {@code scipy.sparse.save_npz}
 * writes (CSR, CSC and COO; matrices and arrays; compressed or not), and scipy reads what it
 * writes. Runs where {@code python3} with scipy is installed (the project does not need
 * Python); elsewhere it is skipped.
 */
class ScipySparseInteropTest {
  @TempDir Path dir;

  @BeforeAll
  static void needsScipy() throws InterruptedException {
    assumeTrue(Python3.imports("scipy.sparse"), "python3 with scipy is not installed");
  }

  /** Writes a random 40 x 25 matrix (with a duplicate entry in COO) in every way save_npz can. */
  private static final String WRITE = String.join("\n",
      "import sys, numpy as np, scipy.sparse as sp",
      "d = sys.argv[1]",
      "rng = np.random.default_rng(7)",
      "m = sp.random(40, 25, density=0.1, format='coo', random_state=rng, dtype=np.float64)",
      "row = np.append(m.row, m.row[0]); col = np.append(m.col, m.col[0])",
      "data = np.append(m.data, 0.25)",
      "coo = sp.coo_matrix((data, (row, col)), shape=(40, 25))",
      "np.save(d + '/dense.npy', coo.toarray().astype(np.float32))",
      "sp.save_npz(d + '/csr.npz', coo.tocsr().astype(np.float32))",
      "sp.save_npz(d + '/csr64.npz', coo.tocsr(), compressed=False)",
      "sp.save_npz(d + '/csc.npz', coo.tocsc())",
      "sp.save_npz(d + '/coo.npz', coo)",
      "sp.save_npz(d + '/csr_array.npz', sp.csr_array(coo))",
      "sp.save_npz(d + '/coo_array.npz', sp.coo_array(coo))");

  /** Loads our file with load_npz and compares it with the dense matrix. */
  private static final String READ = String.join("\n",
      "import sys, numpy as np, scipy.sparse as sp",
      "m = sp.load_npz(sys.argv[1])",
      "dense = np.load(sys.argv[2])",
      "assert m.format == 'csr', m.format",
      "assert m.dtype == np.float32, m.dtype",
      "assert m.shape == dense.shape, (m.shape, dense.shape)",
      "assert (m.toarray() == dense).all()",
      "print('ok', m.nnz)");

  @Test
  void readsWhatScipyWritesAndScipyReadsWhatItWrites() throws InterruptedException {
    Python3.Result wrote = Python3.run(WRITE, dir.toString());
    assertEquals(0, wrote.exitCode(), wrote.output());
    INDArray dense = NpyFiles.read(dir.resolve("dense.npy"));
    ArrayExpectation shape = ArrayExpectation.of(ElementKind.FLOAT, 40, 25);
    for (String name : List.of("csr", "csr64", "csc", "coo", "csr_array", "coo_array")) {
      CsrMatrix m = SparseNpzFiles.read(dir.resolve(name + ".npz"), shape);
      assertEquals(dense, m.toDense(DataType.FLOAT), name);
    }

    CsrMatrix ours = CsrMatrix.fromDense(dense);
    Path file = dir.resolve("ours.npz");
    SparseNpzFiles.write(file, ours);
    Python3.Result read = Python3.run(READ, file.toString(), dir.resolve("dense.npy").toString());
    assertEquals("ok " + ours.nnz(), read.output());
  }
}
