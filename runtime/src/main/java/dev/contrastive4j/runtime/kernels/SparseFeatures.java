package dev.contrastive4j.runtime.kernels;

import dev.contrastive4j.api.graph.CsrMatrix;

/**
 * A sparse feature matrix {@code X} (a {@link CsrMatrix}) prepared for {@link SparseMatmul}: it
 * caches the transpose of {@code X}, so that the weight gradient {@code Xᵀ·G} is a row-parallel
 * product like the forward pass, and, made when float64 weights first need them, float64 copies
 * of the values (training in float32 never makes them: they would add 16 bytes to the 16 a
 * non-zero value costs with the matrix). Build it once per feature matrix and reuse it; what it
 * holds never changes. It shares the matrix's arrays but does not refer to the matrix object, so
 * that a cache keyed weakly by the matrix lets the entry go with it.
 */
public final class SparseFeatures {
  private final int rows;
  private final int cols;
  private final int[] pointers;
  private final int[] columns;
  private final float[] values;
  private volatile double[] valuesDouble;
  private final int[] transposePointers;
  private final int[] transposeColumns;
  private final float[] transposeValues;
  private volatile double[] transposeValuesDouble;

  private SparseFeatures(CsrMatrix matrix) {
    this.rows = matrix.rows();
    this.cols = matrix.cols();
    this.pointers = matrix.indptrView();
    this.columns = matrix.indicesView();
    this.values = matrix.valuesView();
    CsrLayout t = CsrLayout.transpose(pointers, columns, matrix.cols());
    int[] rowOf = CsrLayout.rowOfEntry(pointers);
    int nnz = columns.length;
    this.transposePointers = t.pointers();
    this.transposeColumns = new int[nnz];
    this.transposeValues = new float[nnz];
    for (int p = 0; p < nnz; p++) {
      int k = t.order()[p];
      transposeColumns[p] = rowOf[k];
      transposeValues[p] = values[k];
    }
  }

  /** Prepares {@code x} (which is immutable, so it is not copied). */
  public static SparseFeatures of(CsrMatrix x) {
    if (x == null) {
      throw new KernelArgumentException("SparseFeatures.of: the matrix is null");
    }
    return new SparseFeatures(x);
  }

  private static double[] toDouble(float[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }

  /** Rows of {@code X}: one per node. */
  public int rows() {
    return rows;
  }

  /** Columns of {@code X}: the input feature dimension. */
  public int cols() {
    return cols;
  }

  /** Stored entries of {@code X}. */
  public int nnz() {
    return columns.length;
  }

  @Override
  public String toString() {
    return "SparseFeatures[" + rows() + "x" + cols() + ", nnz=" + nnz() + "]";
  }

  int[] pointers() {
    return pointers;
  }

  int[] columns() {
    return columns;
  }

  float[] values() {
    return values;
  }

  double[] valuesDouble() {
    double[] v = valuesDouble;
    if (v == null) {
      // Two threads may both make it: the copies are equal, and either may stay.
      v = toDouble(values);
      valuesDouble = v;
    }
    return v;
  }

  int[] transposePointers() {
    return transposePointers;
  }

  int[] transposeColumns() {
    return transposeColumns;
  }

  float[] transposeValues() {
    return transposeValues;
  }

  double[] transposeValuesDouble() {
    double[] v = transposeValuesDouble;
    if (v == null) {
      v = toDouble(transposeValues);
      transposeValuesDouble = v;
    }
    return v;
  }
}
