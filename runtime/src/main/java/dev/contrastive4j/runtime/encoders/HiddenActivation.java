package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.Activation;
import dev.contrastive4j.runtime.layers.PRelu;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * The activation an encoder applies after each graph layer: one of the parameter-free {@link
 * Activation}s, or a {@link PRelu} with a learned slope per channel (DGI's encoder as PyTorch
 * Geometric's example builds it) or one slope shared by all channels (as the DGI paper's code
 * builds it).
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
  PRELU,
  /**
   * A parametric ReLU with one slope for all channels, initially 0.25: PyTorch's
   * {@code nn.PReLU()}, which the DGI paper's code uses.
   */
  PRELU_SHARED;

  /** An activation applied on a tape. */
  @FunctionalInterface
  public interface Applied {
    /** Applies the activation to {@code x}. */
    Tensor apply(Tape tape, Tensor x);
  }

  /**
   * The activation of one layer; a PReLU creates its parameter {@code <name>/alpha} in
   * {@code store} ({@code [channels]}, or {@code [1]} when shared), the others create nothing.
   */
  public Applied create(ParameterStore store, String name, long channels) {
    if (this == PRELU) {
      return new PRelu(store, name, channels)::apply;
    }
    if (this == PRELU_SHARED) {
      // One slope, broadcast by Ops.prelu over every element; its gradient sums over them all.
      return new PRelu(store, name, 1)::apply;
    }
    Activation activation = Activation.valueOf(name());
    return (tape, x) -> activation.apply(x);
  }
}
