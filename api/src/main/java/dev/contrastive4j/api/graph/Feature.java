package dev.contrastive4j.api.graph;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One named feature of a node set, edge set or context: a dense {@link INDArray} whose first
 * dimension runs over the items of the set, or a sparse {@link CsrMatrix} (one row per item).
 */
public sealed interface Feature permits Feature.Dense, Feature.Sparse {

  /**
   * A dense feature; its first dimension is the number of items. The feature holds
   * {@code values} itself, not a copy: do not change the array afterwards, since a graph checks
   * its features (finite values, one row per item) only when it is built.
   */
  static Feature dense(INDArray values) {
    return new Dense(values);
  }

  /** A sparse 2-D feature, one CSR row per item. */
  static Feature sparse(CsrMatrix values) {
    return new Sparse(values);
  }

  /** Number of items (rows). */
  long rows();

  /** Full shape: {@code [rows, ...]}; a new array on each call. */
  long[] shape();

  /** The element type ({@code FLOAT} for sparse features). */
  DataType dataType();

  /** Whether the values are held as CSR. */
  boolean isSparse();

  /**
   * The values as a dense array; a sparse feature is materialized in float32. A dense feature
   * returns its own array, which must not be changed.
   */
  INDArray toDense();

  /**
   * A dense feature. Two are equal when they have the same data type, shape and values, exactly
   * (ND4J's own {@code INDArray.equals} allows a small difference, which no hash code can
   * follow).
   *
   * @param values the values, at least 1-D, of numbers or booleans; the first dimension runs
   *     over the items; held as given, not copied, so not to be changed
   */
  record Dense(INDArray values) implements Feature {
    /**
     * Checks the values.
     *
     * @throws InvalidGraphException if {@code values} is null, a scalar, or holds no numbers or
     *     booleans (strings, say)
     */
    public Dense {
      if (values == null) {
        throw new InvalidGraphException("a dense feature needs values, got null");
      }
      if (values.rank() == 0) {
        throw new InvalidGraphException("a feature needs at least one dimension (its items), "
            + "got a scalar");
      }
      // No layer reads strings, and a schema cannot describe them: refused here, not in a
      // layer's native code or when the data set is written.
      if (!values.dataType().isNumerical() && values.dataType() != DataType.BOOL) {
        throw new InvalidGraphException("a feature holds numbers or booleans, got values of "
            + "data type " + values.dataType());
      }
    }

    @Override
    public long rows() {
      return values.size(0);
    }

    @Override
    public long[] shape() {
      // ND4J hands out its own shape array: a copy, so that editing the result leaves the
      // feature alone.
      return values.shape().clone();
    }

    @Override
    public DataType dataType() {
      return values.dataType();
    }

    @Override
    public boolean isSparse() {
      return false;
    }

    @Override
    public INDArray toDense() {
      return values;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Dense other
          && values.dataType() == other.values.dataType()
          && Arrays.equals(values.shape(), other.values.shape())
          && values.equalsWithEps(other.values, 0.0);
    }

    @Override
    public int hashCode() {
      // Type and shape only: cheap, and equal features always share them.
      return 31 * values.dataType().hashCode() + Arrays.hashCode(values.shape());
    }

    @Override
    public String toString() {
      return "Dense" + Arrays.toString(values.shape()) + " " + values.dataType();
    }
  }

  /**
   * A sparse 2-D feature, held in float32.
   *
   * @param values the values, one CSR row per item
   */
  record Sparse(CsrMatrix values) implements Feature {
    /**
     * Checks the values.
     *
     * @throws InvalidGraphException if {@code values} is null
     */
    public Sparse {
      if (values == null) {
        throw new InvalidGraphException("a sparse feature needs values, got null");
      }
    }

    @Override
    public long rows() {
      return values.rows();
    }

    @Override
    public long[] shape() {
      return new long[] {values.rows(), values.cols()};
    }

    @Override
    public DataType dataType() {
      return DataType.FLOAT;
    }

    @Override
    public boolean isSparse() {
      return true;
    }

    @Override
    public INDArray toDense() {
      return values.toDense(DataType.FLOAT);
    }
  }
}
