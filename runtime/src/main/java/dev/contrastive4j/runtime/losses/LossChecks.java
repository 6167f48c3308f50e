package dev.contrastive4j.runtime.losses;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/** Argument checks shared by the losses; every message names the function and the argument. */
final class LossChecks {
  private LossChecks() {}

  /** A non-null, non-empty float32 or float64 array with only finite values. */
  static void floats(String function, String argument, INDArray x) {
    if (x == null) {
      throw new LossException(function + ": " + argument + " must not be null");
    }
    DataType type = x.dataType();
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw new LossException(function + ": " + argument + " must be FLOAT or DOUBLE, got "
          + type);
    }
    if (x.isEmpty() || x.length() == 0) {
      throw new LossException(function + ": " + argument + " must not be empty (shape "
          + Arrays.toString(x.shape()) + ")");
    }
    finite(function, argument, x);
  }

  /** A float array of rank 2 with at least one row and one column. */
  static void matrix(String function, String argument, INDArray x) {
    floats(function, argument, x);
    if (x.rank() != 2) {
      throw new LossException(function + ": " + argument + " must be a [batch, dim] matrix, got"
          + " shape " + Arrays.toString(x.shape()));
    }
  }

  /** Both arrays have the same shape and the same data type. */
  static void sameShapeAndType(String function, String nameA, INDArray a, String nameB,
      INDArray b) {
    if (!Arrays.equals(a.shape(), b.shape())) {
      throw new LossException(function + ": " + nameA + " and " + nameB
          + " must have the same shape, got " + Arrays.toString(a.shape()) + " and "
          + Arrays.toString(b.shape()));
    }
    if (a.dataType() != b.dataType()) {
      throw new LossException(function + ": " + nameA + " and " + nameB
          + " must have the same data type, got " + a.dataType() + " and " + b.dataType());
    }
  }

  /** A finite scalar argument. */
  static void finite(String function, String argument, double value) {
    if (!Double.isFinite(value)) {
      throw new LossException(function + ": " + argument + " must be finite, got " + value);
    }
  }

  /** Fails on the first NaN or infinite element, naming its position. */
  static void finite(String function, String argument, INDArray x) {
    if (!x.dataType().isFPType()) {
      return;
    }
    if (BooleanIndexing.or(x, Conditions.isNan()) || BooleanIndexing.or(x, Conditions.isInfinite())) {
      // The slow scan only runs on the error path, to name the element.
      INDArray flat = Nd4j.toFlattened('c', x);
      for (long i = 0; i < flat.length(); i++) {
        double v = flat.getDouble(i);
        if (!Double.isFinite(v)) {
          throw new LossException(function + ": " + argument + " contains " + v + " at "
              + Arrays.toString(position(x.shape(), i)));
        }
      }
    }
  }

  /** The row-major position of a flat index. */
  static long[] position(long[] shape, long flatIndex) {
    long[] pos = new long[shape.length];
    long rest = flatIndex;
    for (int k = shape.length - 1; k >= 0; k--) {
      pos[k] = rest % shape[k];
      rest /= shape[k];
    }
    return pos;
  }
}
