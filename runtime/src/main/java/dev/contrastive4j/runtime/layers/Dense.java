package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.deeplearning4j.nn.weights.WeightInit;

/**
 * A fully connected layer {@code activation(x·W + b)}, like Keras' {@code Dense}: kernel
 * {@code [inputDim, units]} initialized Glorot-uniform, bias zeros. Parameters are named
 * {@code <name>/kernel} and {@code <name>/bias}.
 */
public final class Dense {
  private final String name;
  private final Parameter kernel;
  private final Parameter bias;
  private final Activation activation;

  /**
   * Creates the layer's parameters in {@code store}.
   *
   * @param useBias whether to add a bias
   */
  public Dense(ParameterStore store, String name, long inputDim, long units,
      Activation activation, boolean useBias) {
    if (inputDim <= 0 || units <= 0) {
      throw new IllegalArgumentException("dense layer '" + name + "': input dimension and units "
          + "must be positive, got " + inputDim + " and " + units);
    }
    this.name = name;
    this.kernel = store.create(name + "/kernel", WeightInit.XAVIER_UNIFORM, inputDim, units);
    this.bias = useBias ? store.zeros(name + "/bias", units) : null;
    this.activation = activation;
  }

  /** {@code activation(x·W + b)} for {@code x} of shape {@code [rows, inputDim]}. */
  public Tensor apply(Tape tape, Tensor x) {
    if (x.rank() != 2 || x.size(1) != kernel.shape()[0]) {
      throw new ShapeMismatchException("dense layer '" + name + "': expects [rows, "
          + kernel.shape()[0] + "], got " + java.util.Arrays.toString(x.shape()));
    }
    Tensor out = Ops.matmul(x, tape.param(kernel));
    if (bias != null) {
      out = Ops.add(out, tape.param(bias));
    }
    return activation.apply(out);
  }

  /** The number of output units. */
  public long units() {
    return kernel.shape()[1];
  }

  /** The weight matrix {@code [inputs, units]}. */
  public Parameter kernel() {
    return kernel;
  }
}
