package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntUnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes sparse matrices in the {@code .npz} files of {@code scipy.sparse.save_npz}:
 * a zip archive of {@code .npy} entries, {@code format} ({@code b'csr'}), {@code shape},
 * {@code data}, and for CSR and CSC {@code indices} and {@code indptr}, for COO {@code row} and
 * {@code col} (or {@code coords}). This is how a bag-of-words feature too large to store dense
 * (220,000 rows of 10,000 words are 8.8 GB as float32, 176 MB as CSR at 1 % non-zero)
 * goes into a data set directory.
 *
 * <p>Reading accepts CSR, CSC and COO matrices, compressed or not, as scipy matrices or
 * arrays, and returns CSR; entries at the same place add up, as they do in scipy. Values are
 * converted to float32 and must be finite; a problem names the file and the entry at fault.
 * Writing produces CSR with int32 indices and float32 values, compressed as
 * {@code save_npz} does by default, atomically.
 */
public final class SparseNpzFiles {
  /** The extension of the files, {@code .npz}. */
  public static final String EXTENSION = ".npz";

  private static final String FORMAT = "format";
  private static final String SHAPE = "shape";
  private static final String DATA = "data";

  private SparseNpzFiles() {}

  /**
   * Reads the sparse matrix of {@code file} as CSR.
   *
   * @param expected the shape the matrix must have (2-D; {@link ArrayExpectation#ANY} for a
   *     dimension of any size); its element kind, if set, must be float
   * @throws DatasetException naming the file, and the entry if one is at fault, for a file that
   *     is missing or not a zip archive, a missing entry, a format other than CSR, CSC or COO,
   *     values that are not floating point or not finite, indices out of range, or a shape
   *     other than expected
   */
  public static CsrMatrix read(Path file, ArrayExpectation expected) {
    try (NpzArchive archive = NpzArchive.open(file)) {
      return read(archive, expected);
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    }
  }

  private static CsrMatrix read(NpzArchive archive, ArrayExpectation expected) {
    Path file = archive.file();
    if (!archive.has(FORMAT)) {
      throw new DatasetException(file, "has no 'format' entry, so it is not a sparse matrix "
          + "saved by scipy.sparse.save_npz" + (archive.names().isEmpty() ? ""
              : " (its entries: " + String.join(", ", archive.names()) + ")"));
    }
    String format = archive.string(FORMAT);
    if (!format.equals("csr") && !format.equals("csc") && !format.equals("coo")) {
      throw new DatasetException(file, "holds a scipy.sparse matrix of format '" + format
          + "'; save it as CSR: scipy.sparse.save_npz(path, matrix.tocsr())");
    }
    long[] shape = shape(file, archive.array(SHAPE, ElementKind.INTEGER, 2));
    INDArray data = archive.array(DATA, null, ArrayExpectation.ANY);
    if (ElementKind.of(data.dataType()) != ElementKind.FLOAT) {
      throw new DatasetException(file, "holds " + ArrayExpectation.typeName(data.dataType())
          + " values where float values are needed; save matrix.astype(numpy.float32)");
    }
    expected.check(file, data.dataType(), shape);
    int rows = (int) shape[0];
    int cols = (int) shape[1];
    int nnz = (int) data.length();
    try {
      if (format.equals("csr")) {
        // Already CSR: taken as it is, without the copies a conversion makes.
        int[] indptr = archive.ints("indptr", rows + 1L);
        checkPointers(file, indptr, nnz);
        int[] indices = indices(file, archive.ints("indices", nnz), cols, "column", "indices");
        float[] values = floats(file, data, k -> rowOfEntry(indptr, k), k -> indices[k]);
        return new CsrMatrix(rows, cols, indptr, indices, values);
      }
      int[] rowOf;
      int[] colOf;
      if (format.equals("csc")) {
        int[] indptr = archive.ints("indptr", cols + 1L);
        checkPointers(file, indptr, nnz);
        rowOf = indices(file, archive.ints("indices", nnz), rows, "row", "indices");
        colOf = expand(indptr);
      } else if (archive.has("coords")) {
        // scipy writes a COO array's indices as one entry of two rows.
        int[] both = archive.ints("coords", 2, nnz);
        rowOf = indices(file, Arrays.copyOfRange(both, 0, nnz), rows, "row", "coords");
        colOf = indices(file, Arrays.copyOfRange(both, nnz, 2 * nnz), cols, "column",
            "coords");
      } else {
        rowOf = indices(file, archive.ints("row", nnz), rows, "row", "row");
        colOf = indices(file, archive.ints("col", nnz), cols, "column", "col");
      }
      float[] values = floats(file, data, k -> rowOf[k], k -> colOf[k]);
      return csr(rows, cols, rowOf, colOf, values);
    } catch (InvalidGraphException e) {
      // The checks above leave nothing for the matrix to refuse; this is the last defence.
      throw new DatasetException(file, e.getMessage(), e);
    }
  }

  /**
   * Writes {@code matrix} to {@code file} as {@code scipy.sparse.save_npz} writes a CSR matrix
   * (compressed), atomically, creating missing parent directories.
   *
   * @throws DatasetException if the file cannot be written, or an array passes 2 GiB
   */
  public static void write(Path file, CsrMatrix matrix) {
    try {
      AtomicFiles.write(file, out -> {
        // In scipy's order, each entry made as it is written; the next entry, or finish(),
        // closes the one before.
        ZipOutputStream zip = new ZipOutputStream(out);
        putArray(zip, "indices", matrix.nnz() == 0 ? Nd4j.create(DataType.INT32, 0)
            : Nd4j.createFromArray(matrix.indicesView()));
        putArray(zip, "indptr", Nd4j.createFromArray(matrix.indptrView()));
        zip.putNextEntry(new ZipEntry(NpzArchive.entryPath(FORMAT).toString()));
        NpyFiles.writeString(zip, "csr");
        putArray(zip, SHAPE, Nd4j.createFromArray((long) matrix.rows(), (long) matrix.cols()));
        putArray(zip, DATA, matrix.nnz() == 0 ? Nd4j.create(DataType.FLOAT, 0)
            : Nd4j.createFromArray(matrix.valuesView()));
        // Not close(): AtomicFiles closes the file after forcing it to disk.
        zip.finish();
      });
    } catch (IOException e) {
      throw new DatasetException(file, FileOutput.problem(file, e), e);
    }
  }

  /** Starts the entry {@code name}.npy of {@code zip} and writes {@code array} into it. */
  private static void putArray(ZipOutputStream zip, String name, INDArray array)
      throws IOException {
    Path entry = NpzArchive.entryPath(name);
    zip.putNextEntry(new ZipEntry(entry.toString()));
    NpyFiles.write(zip, entry, array);
  }

  private static long[] shape(Path file, INDArray shape) {
    long[] dims = shape.data().asLong();
    for (long d : dims) {
      if (d < 0 || d > Integer.MAX_VALUE - 1) {
        throw new DatasetException(file, "entry 'shape.npy' holds (" + dims[0] + ", " + dims[1]
            + "); each size must be from 0 to " + (Integer.MAX_VALUE - 1));
      }
    }
    return dims;
  }

  private static void checkPointers(Path file, int[] indptr, int nnz) {
    if (indptr[0] != 0 || indptr[indptr.length - 1] != nnz) {
      throw new DatasetException(file, "entry 'indptr.npy' runs from " + indptr[0] + " to "
          + indptr[indptr.length - 1] + "; it must run from 0 to the number of values, " + nnz);
    }
    for (int i = 0; i + 1 < indptr.length; i++) {
      if (indptr[i + 1] < indptr[i]) {
        throw new DatasetException(file, "entry 'indptr.npy' decreases at entry " + (i + 1)
            + " (" + indptr[i] + " then " + indptr[i + 1] + ")");
      }
    }
  }

  /** The outer index (row of CSR, column of CSC) of each stored value. */
  private static int[] expand(int[] indptr) {
    int[] outer = new int[indptr[indptr.length - 1]];
    for (int i = 0; i + 1 < indptr.length; i++) {
      Arrays.fill(outer, indptr[i], indptr[i + 1], i);
    }
    return outer;
  }

  private static int[] indices(Path file, int[] indices, int bound, String what,
      String entry) {
    for (int k = 0; k < indices.length; k++) {
      if (indices[k] < 0 || indices[k] >= bound) {
        throw new DatasetException(file, "entry '" + entry + ".npy': " + what + " index "
            + indices[k] + " at entry " + k + " is outside the matrix's " + bound + " " + what
            + "s (0 to " + (bound - 1) + ")");
      }
    }
    return indices;
  }

  /** The row of entry {@code k} of a CSR matrix: the last row that starts at or before it. */
  private static int rowOfEntry(int[] indptr, int k) {
    int lo = 0;
    int hi = indptr.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (indptr[mid] <= k) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * The values as float32, refusing one that is not finite or too large for float32, named by
   * its row and column.
   */
  private static float[] floats(Path file, INDArray data, IntUnaryOperator rowOf,
      IntUnaryOperator colOf) {
    if (data.length() == 0) {
      return new float[0];
    }
    // An entry in words: its row and column, and where data.npy holds it.
    IntFunction<String> at = k -> "row " + rowOf.applyAsInt(k) + ", column "
        + colOf.applyAsInt(k) + " (entry " + k + " of data.npy)";
    INDArray single = FloatNarrowing.cast(file, data, DataType.FLOAT,
        overflow -> at.apply((int) overflow.row()));
    Optional<NonFiniteElement> bad = NonFiniteElement.first(single);
    if (bad.isPresent()) {
      int k = (int) bad.get().row();
      throw new DatasetException(file, at.apply(k) + " holds " + bad.get().value()
          + "; values must be finite");
    }
    return single.data().asFloat();
  }

  /** The CSR matrix of values at ({@code rowOf[k]}, {@code colOf[k]}), in a stable order. */
  private static CsrMatrix csr(int rows, int cols, int[] rowOf, int[] colOf, float[] values) {
    int[] indptr = new int[rows + 1];
    for (int r : rowOf) {
      indptr[r + 1]++;
    }
    for (int r = 0; r < rows; r++) {
      indptr[r + 1] += indptr[r];
    }
    int[] next = indptr.clone();
    int[] indices = new int[values.length];
    float[] sorted = new float[values.length];
    for (int k = 0; k < values.length; k++) {
      int p = next[rowOf[k]]++;
      indices[p] = colOf[k];
      sorted[p] = values[k];
    }
    return new CsrMatrix(rows, cols, indptr, indices, sorted);
  }
}
