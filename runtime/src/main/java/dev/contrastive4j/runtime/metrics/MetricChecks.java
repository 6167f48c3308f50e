package dev.contrastive4j.runtime.metrics;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/** Argument checks shared by the metrics; every message names the function and the argument. */
final class MetricChecks {
  /** Passed as {@code rank} to accept any rank. */
  static final int ANY_RANK = -1;

  private MetricChecks() {}

  /**
   * A non-null, non-empty float32 or float64 array of the given rank (or {@link #ANY_RANK}) with
   * finite values.
   */
  static void floats(String function, String argument, INDArray x, int rank) {
    if (x == null) {
      throw new MetricException(function + ": " + argument + " must not be null");
    }
    DataType type = x.dataType();
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw new MetricException(function + ": " + argument + " must be FLOAT or DOUBLE, got "
          + type);
    }
    if (rank != ANY_RANK && x.rank() != rank) {
      throw new MetricException(function + ": " + argument + " must have rank " + rank
          + (rank == 2 ? " ([batch, dim])" : "") + ", got shape " + Arrays.toString(x.shape()));
    }
    if (x.isEmpty() || x.length() == 0) {
      throw new MetricException(function + ": " + argument + " must not be empty (shape "
          + Arrays.toString(x.shape()) + ")");
    }
    if (BooleanIndexing.or(x, Conditions.isNan()) || BooleanIndexing.or(x, Conditions.isInfinite())) {
      // The slow scan only runs on the error path, to name the element.
      double[] values = Nd4j.toFlattened('c', x).toDoubleVector();
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw new MetricException(function + ": " + argument + " contains " + values[i]
              + " at " + Arrays.toString(position(x.shape(), i)));
        }
      }
    }
  }

  /** A finite scalar argument that is not negative. */
  static void nonNegative(String function, String argument, double value) {
    if (!Double.isFinite(value) || value < 0.0) {
      throw new MetricException(function + ": " + argument + " must be a finite number >= 0, got "
          + value);
    }
  }

  /** The row-major position of a flat index. */
  private static long[] position(long[] shape, long flatIndex) {
    long[] pos = new long[shape.length];
    long rest = flatIndex;
    for (int k = shape.length - 1; k >= 0; k--) {
      pos[k] = rest % shape[k];
      rest /= shape[k];
    }
    return pos;
  }
}
