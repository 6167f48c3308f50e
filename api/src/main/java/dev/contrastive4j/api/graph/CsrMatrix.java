package dev.contrastive4j.api.graph;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An immutable sparse matrix in compressed sparse row (CSR) form, as scipy.sparse stores it.
 *
 * <p>Row {@code r} holds the entries {@code values[k]} at columns {@code indices[k]} for
 * {@code k} in {@code [indptr[r], indptr[r + 1])}. Bag-of-words node features (Cora is 1.3 %
 * non-zero) are held this way so that they never become dense.
 */
public final class CsrMatrix {
  private final int rows;
  private final int cols;
  private final int[] indptr;
  private final int[] indices;
  private final float[] values;

  /**
   * Checks and wraps the three CSR arrays (they are copied, so the caller may reuse them).
   *
   * @throws InvalidGraphException if {@code rows} or {@code cols} is negative, an array is null,
   *     the arrays do not describe a {@code rows x cols} matrix or a value is NaN or infinite;
   *     the message names the argument and the entry or row at fault
   */
  public CsrMatrix(int rows, int cols, int[] indptr, int[] indices, float[] values) {
    if (rows < 0) {
      throw new InvalidGraphException("CSR rows must be 0 or more, was " + rows);
    }
    if (cols < 0) {
      throw new InvalidGraphException("CSR cols must be 0 or more, was " + cols);
    }
    requireArray(indptr, "indptr");
    requireArray(indices, "indices");
    requireArray(values, "values");
    // As a long: rows + 1 overflows for rows = Integer.MAX_VALUE.
    if (indptr.length != rows + 1L) {
      throw new InvalidGraphException(
          "CSR indptr must have rows + 1 = " + (rows + 1L) + " entries, had " + indptr.length);
    }
    if (indices.length != values.length) {
      throw new InvalidGraphException("CSR indices (" + indices.length
          + ") and values (" + values.length + ") differ in length");
    }
    if (indptr[0] != 0 || indptr[rows] != indices.length) {
      throw new InvalidGraphException("CSR indptr must start at 0 and end at the number of "
          + "entries " + indices.length + ", was [" + indptr[0] + " .. " + indptr[rows] + "]");
    }
    for (int r = 0; r < rows; r++) {
      if (indptr[r + 1] < indptr[r]) {
        throw new InvalidGraphException("CSR indptr decreases at row " + r);
      }
    }
    for (int k = 0; k < indices.length; k++) {
      if (indices[k] < 0 || indices[k] >= cols) {
        throw new InvalidGraphException(
            "CSR column index " + indices[k] + " at entry " + k + " is outside [0, " + cols + ")");
      }
      if (!Float.isFinite(values[k])) {
        throw new InvalidGraphException("CSR value at entry " + k + " is " + values[k]);
      }
    }
    this.rows = rows;
    this.cols = cols;
    this.indptr = indptr.clone();
    this.indices = indices.clone();
    this.values = values.clone();
  }

  /**
   * Converts a dense 2-D array, keeping only its non-zero entries (as float32).
   *
   * @throws InvalidGraphException if the array is null or not 2-D, or holds a NaN or infinite
   *     value (named by its row and column)
   */
  public static CsrMatrix fromDense(INDArray dense) {
    requireArray(dense, "dense");
    if (dense.rank() != 2) {
      throw new InvalidGraphException("CSR needs a 2-D array, got shape "
          + Arrays.toString(dense.shape()));
    }
    int rows = Math.toIntExact(dense.rows());
    int cols = Math.toIntExact(dense.columns());
    float[] all = dense.castTo(DataType.FLOAT).dup('c').data().asFloat();
    int nnz = 0;
    for (float v : all) {
      if (v != 0f) {
        nnz++;
      }
    }
    int[] indptr = new int[rows + 1];
    int[] indices = new int[nnz];
    float[] values = new float[nnz];
    int k = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        float v = all[r * cols + c];
        if (!Float.isFinite(v)) {
          // Named where the caller put it; the constructor could only name the CSR entry.
          throw new InvalidGraphException("CSR: dense value at row " + r + ", column " + c
              + " is " + v);
        }
        if (v != 0f) {
          indices[k] = c;
          values[k++] = v;
        }
      }
      indptr[r + 1] = k;
    }
    return new CsrMatrix(rows, cols, indptr, indices, values);
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int cols() {
    return cols;
  }

  /** Number of stored entries. */
  public int nnz() {
    return indices.length;
  }

  /** Share of entries that are stored, in [0, 1]. */
  public double density() {
    return rows == 0 || cols == 0 ? 0 : (double) nnz() / ((double) rows * cols);
  }

  /** Row pointers; a copy, so kernels that need speed should use {@link #indptrView()}. */
  public int[] indptr() {
    return indptr.clone();
  }

  /** Column index of each stored entry, row by row; a copy. */
  public int[] indices() {
    return indices.clone();
  }

  /** Value of each stored entry, in the order of {@link #indices()}; a copy. */
  public float[] values() {
    return values.clone();
  }

  /** The row pointers without a copy. Callers must not modify the array. */
  public int[] indptrView() {
    return indptr;
  }

  /** The column indices without a copy. Callers must not modify the array. */
  public int[] indicesView() {
    return indices;
  }

  /** The values without a copy. Callers must not modify the array. */
  public float[] valuesView() {
    return values;
  }

  /**
   * The rows {@code rowIds} in the given order (repeats allowed), as a new matrix.
   *
   * @throws InvalidGraphException if {@code rowIds} is null or a row id is out of range
   */
  public CsrMatrix selectRows(int[] rowIds) {
    requireArray(rowIds, "rowIds");
    int[] newPtr = new int[rowIds.length + 1];
    for (int i = 0; i < rowIds.length; i++) {
      int r = rowIds[i];
      if (r < 0 || r >= rows) {
        throw new InvalidGraphException("row " + r + " is outside [0, " + rows + ")");
      }
      newPtr[i + 1] = newPtr[i] + indptr[r + 1] - indptr[r];
    }
    int[] newIdx = new int[newPtr[rowIds.length]];
    float[] newVal = new float[newIdx.length];
    for (int i = 0; i < rowIds.length; i++) {
      int r = rowIds[i];
      int len = indptr[r + 1] - indptr[r];
      System.arraycopy(indices, indptr[r], newIdx, newPtr[i], len);
      System.arraycopy(values, indptr[r], newVal, newPtr[i], len);
    }
    return new CsrMatrix(rowIds.length, cols, newPtr, newIdx, newVal);
  }

  private static void requireArray(Object array, String name) {
    if (array == null) {
      throw new InvalidGraphException("CSR " + name + " must not be null");
    }
  }

  /** A dense copy with the given data type. Use only for small matrices or tests. */
  public INDArray toDense(DataType dataType) {
    INDArray out = Nd4j.zeros(dataType, rows, cols);
    for (int r = 0; r < rows; r++) {
      for (int k = indptr[r]; k < indptr[r + 1]; k++) {
        out.putScalar(r, indices[k], out.getDouble(r, indices[k]) + values[k]);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CsrMatrix m && rows == m.rows && cols == m.cols
        && Arrays.equals(indptr, m.indptr) && Arrays.equals(indices, m.indices)
        && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * rows + cols) + Arrays.hashCode(indices);
  }

  @Override
  public String toString() {
    return "CsrMatrix[" + rows + "x" + cols + ", nnz=" + nnz() + "]";
  }
}
