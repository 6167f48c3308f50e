package dev.contrastive4j.api.tensor;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A value on a {@link Tape}: an INDArray, plus, when it depends on a leaf or parameter that needs a
 * gradient, the tape's record of how to differentiate it. Tensors are made by {@link
 * Tape#constant}, {@link Tape#leaf}, {@link Tape#param}, the operations in {@link Ops} and {@link
 * Tape#record}.
 *
 * <p>The value must be treated as read-only: backward passes may hold on to it.
 */
public final class Tensor {
  private final Tape tape;
  private final INDArray value;
  private final Node node;

  Tensor(Tape tape, INDArray value, Node node) {
    this.tape = tape;
    this.value = value;
    this.node = node;
  }

  /** The tape this tensor was made on; operations only combine tensors of one tape. */
  public Tape tape() {
    return tape;
  }

  /** The value (read-only by convention). */
  public INDArray value() {
    return value;
  }

  /** The value's shape; a new array on each call (ND4J's own is not handed out). */
  public long[] shape() {
    return value.shape().clone();
  }

  /** The value's rank. */
  public int rank() {
    return value.rank();
  }

  /** The size of one axis; negative axes count from the end. */
  public long size(int axis) {
    return value.size(axis);
  }

  /** The number of elements. */
  public long length() {
    return value.length();
  }

  /** The value's data type. */
  public DataType dataType() {
    return value.dataType();
  }

  /** Whether gradients flow to this tensor, i.e. it depends on a leaf or parameter. */
  public boolean requiresGrad() {
    return node != null;
  }

  /**
   * The gradient of the loss after {@link Tape#backward}: for a leaf made by {@link Tape#leaf} the
   * gradient from this tape, for a parameter tensor the parameter's accumulated {@link
   * Parameter#gradient()}; null for other tensors (intermediate gradients are released) and when
   * the loss did not depend on this tensor.
   */
  public INDArray grad() {
    if (node == null || !node.leaf) {
      return null;
    }
    return node.parameter != null ? node.parameter.gradient() : node.gradient;
  }

  /** The single element of a one-element tensor, e.g. a loss. */
  public double item() {
    if (value.length() != 1) {
      throw new ShapeMismatchException(
          "item: tensor of shape " + Broadcast.format(value.shape()) + " has " + value.length()
              + " elements, not 1");
    }
    return value.getDouble(0);
  }

  Node node() {
    return node;
  }

  @Override
  public String toString() {
    String kind = node == null ? "constant" : node.op;
    return "Tensor[" + kind + ", shape " + Broadcast.format(value.shape()) + ", " + value.dataType()
        + (node != null ? ", requires grad" : "") + "]";
  }
}
