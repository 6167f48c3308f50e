package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.Activation;
import dev.contrastive4j.runtime.layers.PRelu;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * The activation an encoder applies after each graph layer: one of the parameter-free {@link
 * Activation}s, or a {@link PRelu} with a learned slope per channel (DGI's encoder).
 */
public enum HiddenActivation {
  /** The identity. */
  NONE,
  /** {@code max(x, 0)}. */
  RELU,
  /** The logistic function {@code 1 / (1 + exp(-x))}. */
  SIGMOID,
  /** The hyperbolic tangent. */
  TANH,
  /** A parametric ReLU, one slope per channel, initially 0.25. */
  PRELU;

  /** An activation applied on a tape. */
  @FunctionalInterface
  public interface Applied {
    /** Applies the activation to {@code x}. */
    Tensor apply(Tape tape, Tensor x);
  }

  /**
   * The activation of one layer; a PReLU creates its parameter {@code <name>/alpha} in
   * {@code store}, the others create nothing.
   */
  public Applied create(ParameterStore store, String name, long channels) {
    if (this == PRELU) {
      return new PRelu(store, name, channels)::apply;
    }
    Activation activation = Activation.valueOf(name());
    return (tape, x) -> activation.apply(x);
  }
}
