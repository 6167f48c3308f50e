package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes sparse matrices in the {@code .npz} files of {@code scipy.sparse.save_npz}:
 * a zip archive of {@code .npy} entries, {@code format} ({@code b'csr'}), {@code shape},
 * {@code data}, and for CSR and CSC {@code indices} and {@code indptr}, for COO {@code row} and
 * {@code col} (or {@code coords}). This is how a bag-of-words feature too large to store dense
 * (220,000 rows of 10,000 words are 8.8 GB as float32, 4.4 % of that as CSR at 1 % non-zero)
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
    Map<String, byte[]> entries = entries(file);
    if (!entries.containsKey(FORMAT)) {
      throw new DatasetException(file, "has no 'format' entry, so it is not a sparse matrix "
          + "saved by scipy.sparse.save_npz" + (entries.isEmpty() ? ""
              : " (its entries: " + String.join(", ", entries.keySet()) + ")"));
    }
    String format = entry(file, FORMAT, () -> NpyFiles.readString(entryName(FORMAT),
        entries.get(FORMAT)));
    if (!format.equals("csr") && !format.equals("csc") && !format.equals("coo")) {
      throw new DatasetException(file, "holds a scipy.sparse matrix of format '" + format
          + "'; save it as CSR: scipy.sparse.save_npz(path, matrix.tocsr())");
    }
    long[] shape = shape(file, array(file, entries, SHAPE, ElementKind.INTEGER, 2));
    INDArray data = array(file, entries, DATA, null, ArrayExpectation.ANY);
    if (ElementKind.of(data.dataType()) != ElementKind.FLOAT) {
      throw new DatasetException(file, "holds " + ArrayExpectation.typeName(data.dataType())
          + " values where float values are needed; save matrix.astype(numpy.float32)");
    }
    expected.check(file, data.dataType(), shape);
    int rows = (int) shape[0];
    int cols = (int) shape[1];
    int nnz = (int) data.length();
    int[] rowOf;
    int[] colOf;
    if (format.equals("coo")) {
      int[][] coords = coordinates(file, entries, nnz);
      boolean pair = entries.containsKey("coords");
      rowOf = indices(file, coords[0], rows, "row", pair ? "coords" : "row");
      colOf = indices(file, coords[1], cols, "column", pair ? "coords" : "col");
    } else {
      boolean byRow = format.equals("csr");
      int[] indptr = ints(file, entries, "indptr", (byRow ? rows : cols) + 1L);
      int[] indices = ints(file, entries, "indices", nnz);
      checkPointers(file, indptr, nnz);
      int[] outer = expand(indptr);
      int[] inner = indices(file, indices, byRow ? cols : rows, byRow ? "column" : "row",
          "indices");
      rowOf = byRow ? outer : inner;
      colOf = byRow ? inner : outer;
    }
    float[] values = floats(file, data, rowOf, colOf);
    try {
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
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("indices", NpyFiles.bytes(entryName("indices"), matrix.nnz() == 0
        ? Nd4j.create(DataType.INT32, 0) : Nd4j.createFromArray(matrix.indicesView())));
    entries.put("indptr", NpyFiles.bytes(entryName("indptr"),
        Nd4j.createFromArray(matrix.indptrView())));
    entries.put(FORMAT, NpyFiles.stringBytes("csr"));
    entries.put(SHAPE, NpyFiles.bytes(entryName(SHAPE),
        Nd4j.createFromArray((long) matrix.rows(), (long) matrix.cols())));
    entries.put(DATA, NpyFiles.bytes(entryName(DATA), matrix.nnz() == 0
        ? Nd4j.create(DataType.FLOAT, 0) : Nd4j.createFromArray(matrix.valuesView())));
    try {
      AtomicFiles.write(file, out -> {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
          zip.write(e.getValue());
          zip.closeEntry();
        }
        // Not close(): AtomicFiles closes the file after forcing it to disk.
        zip.finish();
      });
    } catch (IOException e) {
      throw new DatasetException(file, FileOutput.problem(file, e), e);
    }
  }

  /** The {@code .npy} entries of the archive by name without extension, read whole. */
  private static Map<String, byte[]> entries(Path file) {
    try {
      FileInput.requireFile(file);
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : zip.stream().toList()) {
        if (e.isDirectory() || !e.getName().endsWith(".npy")) {
          continue;
        }
        if (e.getSize() > NpyFiles.MAX_DATA_BYTES) {
          throw new DatasetException(file, "entry '" + e.getName() + "' holds " + e.getSize()
              + " bytes; arrays of more than 2 GiB are not supported");
        }
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName().substring(0, e.getName().length() - 4),
              in.readNBytes((int) NpyFiles.MAX_DATA_BYTES));
        } catch (IOException problem) {
          throw new DatasetException(file, "entry '" + e.getName() + "' cannot be read (corrupt "
              + "archive: " + FileInput.systemReason(problem) + ")", problem);
        }
      }
    } catch (ZipException e) {
      throw new DatasetException(file, "not a .npz file (a zip archive of .npy files, as "
          + "scipy.sparse.save_npz writes): " + FileInput.systemReason(e), e);
    } catch (IOException e) {
      throw new DatasetException(file, FileInput.problem(file, e), e);
    }
    return entries;
  }

  /** How messages name an entry read on its own: {@code data.npy}. */
  private static Path entryName(String entry) {
    return Path.of(entry + ".npy");
  }

  /** Runs a read of one entry, naming the archive and the entry in its problem. */
  private static <T> T entry(Path file, String entry, Supplier<T> read) {
    try {
      return read.get();
    } catch (DatasetException e) {
      throw new DatasetException(file, "entry '" + entry + ".npy': " + e.problem(), e);
    }
  }

  private static INDArray array(Path file, Map<String, byte[]> entries, String entry,
      ElementKind kind, long... dims) {
    byte[] content = entries.get(entry);
    if (content == null) {
      throw new DatasetException(file, "has no '" + entry + "' entry; a scipy.sparse matrix "
          + "saved by save_npz has one");
    }
    return entry(file, entry, () -> NpyFiles.read(entryName(entry), content,
        ArrayExpectation.of(kind, dims)));
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

  /**
   * An integer entry of the given dimensions, flattened in C order, whose values the caller
   * checks against its bounds.
   */
  private static int[] ints(Path file, Map<String, byte[]> entries, String entry,
      long... dims) {
    INDArray a = array(file, entries, entry, ElementKind.INTEGER, dims);
    if (a.length() == 0) {
      return new int[0];
    }
    if (a.dataType() == DataType.INT32) {
      return a.dup('c').data().asInt();
    }
    long[] wide = a.dup('c').data().asLong();
    int[] out = new int[wide.length];
    for (int k = 0; k < wide.length; k++) {
      out[k] = (int) wide[k];
      if (out[k] != wide[k]) {
        throw new DatasetException(file, "entry '" + entry + ".npy': value " + wide[k]
            + " at entry " + k + " is outside the int32 range");
      }
    }
    return out;
  }

  /**
   * COO's row and column indices: the entries {@code row} and {@code col}, or one
   * {@code coords} entry of two rows, which scipy may write for a COO array.
   */
  private static int[][] coordinates(Path file, Map<String, byte[]> entries, int nnz) {
    if (!entries.containsKey("coords")) {
      return new int[][] {ints(file, entries, "row", nnz), ints(file, entries, "col", nnz)};
    }
    int[] both = ints(file, entries, "coords", 2, nnz);
    return new int[][] {Arrays.copyOfRange(both, 0, nnz), Arrays.copyOfRange(both, nnz, 2 * nnz)};
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

  /** The values as float32, refusing one that is not finite or too large for float32. */
  private static float[] floats(Path file, INDArray data, int[] rowOf, int[] colOf) {
    if (data.length() == 0) {
      return new float[0];
    }
    INDArray single = data.castTo(DataType.FLOAT);
    Optional<NonFiniteElement> bad = NonFiniteElement.first(single);
    if (bad.isPresent()) {
      int k = (int) bad.get().row();
      double original = data.getDouble(k);
      String at = "row " + rowOf[k] + ", column " + colOf[k] + " (entry " + k + " of data.npy)";
      throw new DatasetException(file, at + (Double.isFinite(original)
          ? ": " + original + " is outside the float32 range"
          : " holds " + original + "; values must be finite"));
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
