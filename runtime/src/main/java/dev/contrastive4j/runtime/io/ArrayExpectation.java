package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.FeatureSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What an array read from a file must look like: its rank, the kind of its elements and the
 * sizes of those dimensions that are fixed. {@link #check} turns a mismatch into one message
 * such as {@code nodes/paper/feat.npy: expected 2-D float array with 30 rows (node_counts.paper
 * of dataset.json), found int64 shape (29, 4)}.
 *
 * @param kind the required element kind, or null for any
 * @param dims one entry per dimension: its required size, or {@link #ANY} for any size
 * @param rowsFrom where the required size of the first dimension comes from, named when an
 *     array has another, so a user knows which of two disagreeing files to mend; or null
 */
public record ArrayExpectation(ElementKind kind, long[] dims, String rowsFrom) {

  /** A dimension of any size. */
  public static final long ANY = -1;

  /** Copies {@code dims} and checks that each is {@link #ANY} or non-negative. */
  public ArrayExpectation {
    dims = dims.clone();
    for (long d : dims) {
      if (d < ANY) {
        throw new IllegalArgumentException("expected dimension sizes are >= 0 or ANY, got "
            + Arrays.toString(dims));
      }
    }
  }

  /** An expectation of {@code kind} elements with the given dimension sizes ({@link #ANY}). */
  public static ArrayExpectation of(ElementKind kind, long... dims) {
    return new ArrayExpectation(kind, dims, null);
  }

  /**
   * This expectation, saying in its messages that the first dimension's size comes from
   * {@code source}, for example {@code node_counts.paper of dataset.json}.
   */
  public ArrayExpectation withRowsFrom(String source) {
    return new ArrayExpectation(kind, dims, source);
  }

  /**
   * The expectation for a feature of {@code rows} items described by {@code spec}: rank
   * {@code 1 + spec.shape().size()}, the kind of the spec's data type, {@code rows} rows and
   * the spec's per-item shape.
   */
  public static ArrayExpectation forFeature(FeatureSpec spec, long rows) {
    long[] dims = new long[spec.shape().size() + 1];
    dims[0] = rows;
    for (int i = 0; i < spec.shape().size(); i++) {
      dims[i + 1] = spec.shape().get(i);
    }
    return new ArrayExpectation(ElementKind.of(spec.dataType()), dims, null);
  }

  /** The required rank. */
  public int rank() {
    return dims.length;
  }

  /** A copy of the required size of each dimension ({@link #ANY} for any). */
  @Override
  public long[] dims() {
    return dims.clone();
  }

  /** Whether an array of {@code type} and {@code shape} meets this expectation. */
  public boolean matches(DataType type, long[] shape) {
    if (kind != null && ElementKind.of(type) != kind) {
      return false;
    }
    if (shape.length != dims.length) {
      return false;
    }
    for (int i = 0; i < dims.length; i++) {
      if (dims[i] != ANY && dims[i] != shape[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks an array read from {@code file}.
   *
   * @throws DatasetException {@code "<file>: expected <this>, found <dtype> shape <shape>"},
   *     naming {@link #rowsFrom} beside the rows when the array has another number of them
   */
  public void check(Path file, DataType type, long[] shape) {
    if (!matches(type, shape)) {
      boolean otherRows = dims.length > 0 && dims[0] != ANY
          && (shape.length == 0 || shape[0] != dims[0]);
      throw new DatasetException(file, "expected " + describe(otherRows) + ", found "
          + typeName(type) + " shape " + shapeString(shape));
    }
  }

  /** For example {@code 2-D float array with 30 rows and 4 columns}. */
  public String describe() {
    return describe(false);
  }

  private String describe(boolean withRowsFrom) {
    StringBuilder s = new StringBuilder().append(dims.length).append("-D ");
    if (kind != null) {
      s.append(kind.word()).append(' ');
    }
    s.append("array");
    List<String> fixed = new ArrayList<>();
    for (int i = 0; i < dims.length; i++) {
      if (dims[i] != ANY) {
        String size = dims[i] + " " + dimensionName(i, dims.length, dims[i]);
        fixed.add(i == 0 && withRowsFrom && rowsFrom != null ? size + " (" + rowsFrom + ")" : size);
      }
    }
    if (!fixed.isEmpty()) {
      s.append(" with ");
      for (int i = 0; i < fixed.size(); i++) {
        if (i > 0) {
          s.append(i == fixed.size() - 1 ? " and " : ", ");
        }
        s.append(fixed.get(i));
      }
    }
    return s.toString();
  }

  private static String dimensionName(int axis, int rank, long size) {
    boolean one = size == 1;
    if (rank == 1) {
      return one ? "entry" : "entries";
    }
    if (axis == 0) {
      return one ? "row" : "rows";
    }
    if (axis == 1) {
      return one ? "column" : "columns";
    }
    return "in dimension " + axis;
  }

  /** A shape in NumPy's tuple notation: {@code ()}, {@code (3,)}, {@code (29, 4)}. */
  public static String shapeString(long[] shape) {
    if (shape.length == 1) {
      return "(" + shape[0] + ",)";
    }
    StringBuilder s = new StringBuilder("(");
    for (int i = 0; i < shape.length; i++) {
      if (i > 0) {
        s.append(", ");
      }
      s.append(shape[i]);
    }
    return s.append(')').toString();
  }

  /** The NumPy-style name of an ND4J type ({@code float32}, {@code int64}, ...). */
  public static String typeName(DataType type) {
    try {
      return FeatureSpec.nameOf(type);
    } catch (RuntimeException e) {
      return type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArrayExpectation e && kind == e.kind && Arrays.equals(dims, e.dims)
        && java.util.Objects.equals(rowsFrom, e.rowsFrom);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(kind, Arrays.hashCode(dims), rowsFrom);
  }

  @Override
  public String toString() {
    return describe();
  }
}
