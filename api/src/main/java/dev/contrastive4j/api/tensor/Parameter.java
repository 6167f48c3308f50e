package dev.contrastive4j.api.tensor;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A named trainable array, owned by the runtime's {@code ParameterStore}. Its value is updated in
 * place by the runtime's {@code Optimizer}; its gradient is filled by {@link Tape#backward}
 * (adding to any gradient already there) and cleared by {@code Optimizer.step()} or
 * {@link #clearGradient()}.
 */
public final class Parameter {
  private final String name;
  private final INDArray value;
  private INDArray gradient;

  /**
   * A parameter holding {@code value} itself (not a copy). Training code normally creates
   * parameters through the runtime's {@code ParameterStore}, which names and initializes them.
   *
   * @throws NullPointerException if {@code name} or {@code value} is null
   */
  public Parameter(String name, INDArray value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The name, unique within its store. */
  public String name() {
    return name;
  }

  /** The value, the array given to the constructor, updated in place by the optimizer. */
  public INDArray value() {
    return value;
  }

  /** The shape; a new array on each call (ND4J's own is not handed out). */
  public long[] shape() {
    return value.shape().clone();
  }

  /** The number of elements. */
  public long length() {
    return value.length();
  }

  /** The data type. */
  public DataType dataType() {
    return value.dataType();
  }

  /** The accumulated gradient, or null when no backward pass has reached this parameter since the
   * last clear. */
  public INDArray gradient() {
    return gradient;
  }

  /**
   * Forgets the accumulated gradient: {@link #gradient()} is null until a backward pass reaches
   * this parameter again, and the next one starts from zero instead of adding to the old one.
   */
  public void clearGradient() {
    gradient = null;
  }

  /**
   * Overwrites the value (e.g. from a checkpoint), keeping the same array.
   *
   * @throws ShapeMismatchException if the shapes differ
   */
  public void assign(INDArray newValue) {
    Objects.requireNonNull(newValue, "newValue");
    if (!Arrays.equals(newValue.shape(), value.shape())) {
      throw new ShapeMismatchException(
          "parameter '" + name + "': cannot assign shape " + Broadcast.format(newValue.shape())
              + " to shape " + Broadcast.format(value.shape()));
    }
    value.assign(newValue);
  }

  /** Adds a gradient array the caller hands over (the tape's own copy). */
  void accumulateGradient(INDArray owned) {
    if (gradient == null) {
      gradient = owned;
    } else {
      gradient.addi(owned);
    }
  }

  @Override
  public String toString() {
    return "Parameter[" + name + ", shape " + Broadcast.format(value.shape()) + ", "
        + value.dataType() + "]";
  }
}
