package dev.contrastive4j.api.tensor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Records operations for reverse-mode differentiation, one tape per training step:
 *
 * <pre>{@code
 * Tape tape = new Tape();
 * Tensor w = tape.param(store.get("w"));
 * Tensor x = tape.constant(features);
 * Tensor loss = Ops.mean(Ops.square(Ops.matmul(x, w)));
 * tape.backward(loss);      // gradients land in Parameter.gradient()
 * optimizer.step();
 * }</pre>
 *
 * <p>Only tensors that depend on a leaf or parameter are recorded; operations on constants alone
 * give constants and cost nothing on the tape. {@link #backward} runs once: it releases every
 * intermediate gradient and backward closure as it goes and leaves the tape empty. An {@link
 * #inference()} tape records nothing at all (leaves and parameters become constants), for
 * evaluation and for the forward passes of {@link GradientCheck}.
 *
 * <p>A tape is not thread-safe; use one per thread.
 */
public final class Tape {
  private final boolean recording;
  private final List<Node> nodes = new ArrayList<>();
  private final Map<Parameter, Tensor> parameters = new IdentityHashMap<>();
  private final Map<Object, Tensor> shared = new HashMap<>();
  private boolean finished;

  /** A recording tape. */
  public Tape() {
    this(true);
  }

  private Tape(boolean recording) {
    this.recording = recording;
  }

  /** A tape that records nothing: every tensor on it is a constant. */
  public static Tape inference() {
    return new Tape(false);
  }

  /** Whether this tape records operations for a backward pass. */
  public boolean isRecording() {
    return recording;
  }

  /** Whether {@link #backward} has run on this tape. */
  public boolean isFinished() {
    return finished;
  }

  /** The number of recorded tensors (leaves, parameters, operations) awaiting a backward pass. */
  public int size() {
    return nodes.size();
  }

  /** A tensor that never receives a gradient. The array is not copied. */
  public Tensor constant(INDArray value) {
    Objects.requireNonNull(value, "value");
    return new Tensor(this, value, null);
  }

  /**
   * A leaf that receives a gradient: after {@link #backward}, {@link Tensor#grad()} holds
   * dLoss/dLeaf. The array is not copied. On an inference tape this is a constant.
   */
  public Tensor leaf(INDArray value) {
    Objects.requireNonNull(value, "value");
    if (!recording) {
      return constant(value);
    }
    requireUnfinished("leaf");
    return new Tensor(this, value, addNode("leaf", value, null, null, null));
  }

  /**
   * The tensor for a parameter on this tape (the same tensor each time it is asked for). Its value
   * is the parameter's array; the backward pass adds dLoss/dParameter to {@link
   * Parameter#gradient()}. On an inference tape this is a constant.
   */
  public Tensor param(Parameter parameter) {
    Objects.requireNonNull(parameter, "parameter");
    if (!recording) {
      return constant(parameter.value());
    }
    Tensor known = parameters.get(parameter);
    if (known != null) {
      return known;
    }
    requireUnfinished("param");
    Tensor t = new Tensor(this, parameter.value(),
        addNode(parameter.name(), parameter.value(), null, null, parameter));
    parameters.put(parameter, t);
    return t;
  }

  /**
   * Records an operation with its own backward: the extension point for graph kernels, losses and
   * any operation {@link Ops} lacks. The result needs a gradient when any input does; otherwise
   * (and on an inference tape) it is a constant and {@code backward} is dropped at once.
   *
   * @param op the operation's name, used in error messages
   * @param value the operation's output, computed by the caller
   * @param inputs the tensors the output is differentiable in, in the order {@code backward} uses
   * @param backward computes input gradients from the output gradient; see {@link Backward}
   * @return the output tensor
   * @throws IllegalArgumentException if an input belongs to another tape
   * @throws IllegalStateException if an input needs a gradient and this tape has already run
   *     backward
   */
  public Tensor record(String op, INDArray value, List<Tensor> inputs, Backward backward) {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(value, op + ": value");
    Objects.requireNonNull(inputs, op + ": inputs");
    Objects.requireNonNull(backward, op + ": backward");
    Node[] inputNodes = new Node[inputs.size()];
    boolean any = false;
    for (int i = 0; i < inputNodes.length; i++) {
      Tensor input = Objects.requireNonNull(inputs.get(i), op + ": input " + i);
      if (input.tape() != this) {
        throw new IllegalArgumentException(
            op + ": input " + i + " (" + input + ") was made on another tape");
      }
      inputNodes[i] = input.node();
      any |= inputNodes[i] != null;
    }
    if (!recording || !any) {
      return new Tensor(this, value, null);
    }
    requireUnfinished(op);
    return new Tensor(this, value, addNode(op, value, inputNodes, backward, null));
  }

  /** {@link #record(String, INDArray, List, Backward)} with the op name "custom". */
  public Tensor record(INDArray value, List<Tensor> inputs, Backward backward) {
    return record("custom", value, inputs, backward);
  }

  /**
   * The tensor {@code compute} gives for {@code key}, computed once on this tape: a later call with
   * an equal key returns the same tensor without computing it again. An operation that two
   * forward passes of one step both need (Deep Graph Infomax multiplies the clean and the
   * shuffled features by the same weight, and the shuffled product is rows of the clean one) is
   * then computed and recorded once, and its gradient is the sum of both uses'. The key must
   * identify the operation and every operand (a record of them, compared by identity where the
   * operands are), and the operands must not change while the tape records. Only a recording
   * tape remembers, until {@link #backward} runs; an inference tape computes every time, since
   * its constants may be parameters that change between calls.
   *
   * @throws IllegalArgumentException if {@code compute} gives a tensor of another tape
   */
  public Tensor shared(Object key, Supplier<Tensor> compute) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(compute, "compute");
    if (!recording || finished) {
      return ownTensor(key, compute.get());
    }
    Tensor known = shared.get(key);
    if (known != null) {
      return known;
    }
    Tensor computed = ownTensor(key, compute.get());
    shared.put(key, computed);
    return computed;
  }

  private Tensor ownTensor(Object key, Tensor t) {
    Objects.requireNonNull(t, () -> "shared " + key + ": computed null");
    if (t.tape() != this) {
      throw new IllegalArgumentException("shared " + key + ": computed a tensor of another tape");
    }
    return t;
  }

  /**
   * Runs the backward pass from a one-element loss (rank 0 or any shape with one element): fills
   * {@link Tensor#grad()} of leaves and adds to {@link Parameter#gradient()} of parameters. Each
   * intermediate gradient is released once it has been passed on. Runs once per tape.
   *
   * @throws ShapeMismatchException if the loss has more than one element
   * @throws IllegalArgumentException if the loss was made on another tape
   * @throws IllegalStateException if the loss needs no gradient or the tape has already run
   */
  public void backward(Tensor loss) {
    Objects.requireNonNull(loss, "loss");
    if (loss.tape() != this) {
      throw new IllegalArgumentException("backward: the loss was made on another tape");
    }
    if (loss.length() != 1) {
      throw new ShapeMismatchException(
          "backward: the loss must have one element, got shape " + Broadcast.format(loss.shape()));
    }
    requireUnfinished("backward");
    Node root = loss.node();
    if (root == null) {
      throw new IllegalStateException(
          "backward: the loss does not depend on any leaf or parameter"
              + (recording ? "" : " (this is an inference tape, which records nothing)"));
    }
    finished = true;
    try {
      root.gradient = Nd4j.ones(root.dataType, root.shape);
      root.gradientOwned = true;
      for (int i = root.position; i >= 0; i--) {
        Node n = nodes.get(i);
        if (n.backward != null && n.gradient != null) {
          n.backward.apply(n.gradient, new Sink(n));
        }
        n.backward = null;
        n.inputs = null;
        if (!n.leaf) {
          n.gradient = null;
        }
      }
      for (Node n : nodes) {
        if (n.leaf && n.gradient != null) {
          INDArray g = n.takeOwnedGradient();
          if (n.parameter != null) {
            n.parameter.accumulateGradient(g);
            n.gradient = null;
          } else {
            n.gradient = g;
          }
          n.gradientOwned = true;
        }
      }
    } finally {
      nodes.clear();
      parameters.clear();
      shared.clear();
    }
  }

  private Node addNode(String op, INDArray value, Node[] inputs, Backward backward,
      Parameter parameter) {
    Node n = new Node(op, value.shape(), value.dataType(), nodes.size(), inputs, backward,
        parameter);
    nodes.add(n);
    return n;
  }

  private void requireUnfinished(String op) {
    if (finished) {
      throw new IllegalStateException(
          op + ": this tape has already run backward; use a new tape for each step");
    }
  }

  /** Routes the input gradients of one node. */
  private static final class Sink implements InputGradients {
    private final Node node;

    Sink(Node node) {
      this.node = node;
    }

    @Override
    public boolean needs(int index) {
      checkIndex(index);
      return node.inputs[index] != null;
    }

    @Override
    public void accumulate(int index, INDArray gradient) {
      checkIndex(index);
      Objects.requireNonNull(gradient, () -> node.op + ": gradient for input " + index);
      Node input = node.inputs[index];
      if (input != null) {
        input.accumulate(gradient, node.op, index);
      }
    }

    private void checkIndex(int index) {
      if (index < 0 || index >= node.inputs.length) {
        throw new IndexOutOfBoundsException(
            "backward of '" + node.op + "': input " + index + " does not exist (the op has "
                + node.inputs.length + " inputs)");
      }
    }
  }
}
