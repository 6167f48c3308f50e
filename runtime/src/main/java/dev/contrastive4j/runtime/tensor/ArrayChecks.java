package dev.contrastive4j.runtime.tensor;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Argument checks for functions on {@link INDArray}s (losses, metrics), each failing with one
 * message that names the function and the argument at fault, e.g. {@code "Metrics.coherence: x
 * contains -Infinity at [2, 0]"}. The exception type is the caller's: each library area builds
 * one instance with its own exception, as in {@code new ArrayChecks(LossException::new)}.
 */
public final class ArrayChecks {
  /** Passed as {@code rank} to {@link #floats(String, String, INDArray, int)} to accept any. */
  public static final int ANY_RANK = -1;

  private final Function<String, ? extends RuntimeException> exception;

  /**
   * Checks that fail with the given exception.
   *
   * @param exception makes the exception to throw from its message, e.g. {@code
   *     LossException::new}
   */
  public ArrayChecks(Function<String, ? extends RuntimeException> exception) {
    this.exception = Objects.requireNonNull(exception, "exception");
  }

  /**
   * A non-null, non-empty float32 or float64 array with only finite values.
   *
   * @throws RuntimeException this instance's exception, naming the first problem found
   */
  public void floats(String function, String argument, INDArray x) {
    floats(function, argument, x, ANY_RANK);
  }

  /**
   * A non-null float32 or float64 array of the given rank (unless {@link #ANY_RANK}), not empty,
   * with only finite values; checked in that order.
   *
   * @throws RuntimeException this instance's exception, naming the first problem found
   */
  public void floats(String function, String argument, INDArray x, int rank) {
    if (x == null) {
      throw fail(function, argument + " must not be null");
    }
    DataType type = x.dataType();
    if (type != DataType.FLOAT && type != DataType.DOUBLE) {
      throw fail(function, argument + " must be FLOAT or DOUBLE, got " + type);
    }
    if (rank != ANY_RANK && x.rank() != rank) {
      throw fail(function, argument + " must have rank " + rank
          + (rank == 2 ? " ([batch, dim])" : "") + ", got shape " + Arrays.toString(x.shape()));
    }
    if (x.isEmpty() || x.length() == 0) {
      throw fail(function, argument + " must not be empty (shape " + Arrays.toString(x.shape())
          + ")");
    }
    finite(function, argument, x);
  }

  /**
   * A {@code [batch, dim]} matrix: {@link #floats(String, String, INDArray)}, then rank 2, with
   * the losses' wording {@code "must be a [batch, dim] matrix"}.
   *
   * @throws RuntimeException this instance's exception, naming the first problem found
   */
  public void matrix(String function, String argument, INDArray x) {
    floats(function, argument, x);
    if (x.rank() != 2) {
      throw fail(function, argument + " must be a [batch, dim] matrix, got shape "
          + Arrays.toString(x.shape()));
    }
  }

  /**
   * Both arrays have the same shape and the same data type.
   *
   * @throws RuntimeException this instance's exception, naming both arguments
   */
  public void sameShapeAndType(String function, String nameA, INDArray a, String nameB,
      INDArray b) {
    if (!Arrays.equals(a.shape(), b.shape())) {
      throw fail(function, nameA + " and " + nameB + " must have the same shape, got "
          + Arrays.toString(a.shape()) + " and " + Arrays.toString(b.shape()));
    }
    if (a.dataType() != b.dataType()) {
      throw fail(function, nameA + " and " + nameB + " must have the same data type, got "
          + a.dataType() + " and " + b.dataType());
    }
  }

  /**
   * Fails on the first NaN or infinite element, naming its position; integer arrays pass.
   *
   * @throws RuntimeException this instance's exception, e.g. {@code "f: x contains NaN at [1, 2]"}
   */
  public void finite(String function, String argument, INDArray x) {
    Optional<NonFiniteElement> bad = NonFiniteElement.first(x);
    if (bad.isPresent()) {
      throw fail(function, argument + " contains " + bad.get());
    }
  }

  /**
   * A finite scalar argument.
   *
   * @throws RuntimeException this instance's exception, naming the argument and its value
   */
  public void finite(String function, String argument, double value) {
    if (!Double.isFinite(value)) {
      throw fail(function, argument + " must be finite, got " + value);
    }
  }

  /**
   * A finite scalar argument that is not negative.
   *
   * @throws RuntimeException this instance's exception, naming the argument and its value
   */
  public void nonNegative(String function, String argument, double value) {
    if (!Double.isFinite(value) || value < 0.0) {
      throw fail(function, argument + " must be a finite number >= 0, got " + value);
    }
  }

  /**
   * The row-major position of a flat index into an array of the given shape.
   *
   * @param shape the array's shape
   * @param flatIndex the index in row-major (c) order, {@code 0 <= flatIndex < product(shape)}
   * @return one index per axis
   */
  public static long[] position(long[] shape, long flatIndex) {
    long[] pos = new long[shape.length];
    long rest = flatIndex;
    for (int k = shape.length - 1; k >= 0; k--) {
      pos[k] = rest % shape[k];
      rest /= shape[k];
    }
    return pos;
  }

  private RuntimeException fail(String function, String problem) {
    return exception.apply(function + ": " + problem);
  }
}
