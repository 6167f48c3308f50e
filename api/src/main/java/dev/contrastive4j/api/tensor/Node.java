package dev.contrastive4j.api.tensor;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One tensor that needs a gradient, as the tape sees it: where its gradient goes and how to pass it
 * on. It deliberately holds no reference to the tensor's value, so a value that no backward needs
 * can be freed as soon as the caller drops its {@link Tensor}.
 */
final class Node {
  final String op;
  final long[] shape;
  final DataType dataType;
  /** Index on the tape; recording order is a topological order. */
  final int position;
  /** True for leaves and parameters, whose gradient is kept after the backward pass. */
  final boolean leaf;
  /** Set for the tensor that stands for a parameter on this tape. */
  final Parameter parameter;

  /** Input nodes by position; null where the input needs no gradient. Released after use. */
  Node[] inputs;
  /** Released after use, with everything it captured. */
  Backward backward;
  INDArray gradient;
  /** Whether {@link #gradient} is an array the tape made itself and so may add into in place. */
  boolean gradientOwned;

  Node(String op, long[] shape, DataType dataType, int position, Node[] inputs, Backward backward,
      Parameter parameter) {
    this.op = op;
    this.shape = shape;
    this.dataType = dataType;
    this.position = position;
    this.inputs = inputs;
    this.backward = backward;
    this.leaf = backward == null;
    this.parameter = parameter;
  }

  /** Adds one incoming gradient; {@code from} and {@code index} name its source in errors. */
  void accumulate(INDArray incoming, String from, int index) {
    INDArray g = incoming;
    if (!Arrays.equals(g.shape(), shape)) {
      if (g.length() != lengthOf(shape) || !Arrays.equals(squeeze(g.shape()), squeeze(shape))) {
        throw new IllegalStateException(
            "backward of '" + from + "': gradient for input " + index + " has shape "
                + Broadcast.format(g.shape()) + " but the input ('" + op + "') has shape "
                + Broadcast.format(shape));
      }
      g = g.reshape('c', shape);
    }
    boolean fresh = false;
    if (g.dataType() != dataType) {
      g = g.castTo(dataType);
      fresh = true;
    }
    if (gradient == null) {
      gradient = g;
      gradientOwned = fresh;
    } else if (gradientOwned) {
      gradient.addi(g);
    } else {
      // The first gradient may be shared with other nodes: never add into it in place.
      gradient = gradient.add(g);
      gradientOwned = true;
    }
  }

  /** The gradient as an array nobody else holds, for handing out after the backward pass. */
  INDArray takeOwnedGradient() {
    INDArray g = gradient;
    if (g != null && !gradientOwned) {
      g = g.dup('c');
    }
    return g;
  }

  private static long lengthOf(long[] shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  private static long[] squeeze(long[] shape) {
    return Arrays.stream(shape).filter(d -> d != 1).toArray();
  }
}
