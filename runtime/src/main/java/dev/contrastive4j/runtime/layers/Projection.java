package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.deeplearning4j.nn.weights.WeightInit;

/**
 * A linear map {@code X·W} without bias for dense or sparse node inputs, used to bring the
 * features of several node sets to one width. Parameter {@code <name>/kernel [inputDim, units]},
 * Glorot-uniform. (For dense inputs with a bias and an activation, use {@link Dense}.)
 */
public final class Projection {
  private final String owner;
  private final Parameter kernel;

  /**
   * Creates the kernel in {@code store}.
   *
   * @throws IllegalArgumentException if a width is not positive or the name is blank
   */
  public Projection(ParameterStore store, String name, long inputDim, long units) {
    this.owner = "projection '" + name + "'";
    ConvChecks.checkConfig("projection", name, inputDim, units);
    this.kernel = store.create(name + "/kernel", WeightInit.XAVIER_UNIFORM, inputDim, units);
  }

  /**
   * {@code X·W}.
   *
   * @throws ShapeMismatchException if {@code x} is not {@code inputDim} wide
   */
  public Tensor apply(Tape tape, NodeInput x) {
    if (x.dim() != inputDim()) {
      throw new ShapeMismatchException(owner + ": the input is [" + x.rows() + ", " + x.dim()
          + "] but the projection needs " + inputDim() + " columns");
    }
    return x.times(tape.param(kernel));
  }

  /** The input width. */
  public long inputDim() {
    return kernel.shape()[0];
  }

  /** The output width. */
  public long units() {
    return kernel.shape()[1];
  }

  /** The weight {@code [inputDim, units]}. */
  public Parameter kernel() {
    return kernel;
  }
}
