package dev.contrastive4j.runtime.tensor;

import dev.contrastive4j.api.tensor.Finiteness;
import java.util.Arrays;
import java.util.Optional;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The first NaN or infinite element of an array in row-major order, with its position and value,
 * so that an error message can name the element at fault.
 */
public final class NonFiniteElement {
  private final long[] position;
  private final double value;

  private NonFiniteElement(long[] position, double value) {
    this.position = position;
    this.value = value;
  }

  /**
   * The first non-finite element of {@code x} in row-major order.
   *
   * @param x any array; integer and boolean arrays have no non-finite elements
   * @return the element, or empty if every element is finite
   */
  public static Optional<NonFiniteElement> first(INDArray x) {
    // The trainer checks every gradient each step: the fast native test comes first.
    if (!Finiteness.hasNonFinite(x)) {
      return Optional.empty();
    }
    // The element-wise scan only runs once the native check has found something to name.
    double[] values = Nd4j.toFlattened('c', x).toDoubleVector();
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        return Optional.of(new NonFiniteElement(ArrayChecks.position(x.shape(), i), values[i]));
      }
    }
    return Optional.empty();
  }

  /** The element's row-major position, one index per axis (empty for a rank-0 array). */
  public long[] position() {
    return position.clone();
  }

  /** The element's first index: its row; 0 for a rank-0 array. */
  public long row() {
    return position.length == 0 ? 0 : position[0];
  }

  /** The element's value: NaN or an infinity. */
  public double value() {
    return value;
  }

  /** The position as written in messages, e.g. {@code [4, 2]}. */
  public String at() {
    return Arrays.toString(position);
  }

  @Override
  public String toString() {
    return value + " at " + at();
  }
}
