package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;

/** Parameter-free activations a layer may apply to its output. (PReLU has parameters: see {@link PRelu}.) */
public enum Activation {
  /** The identity. */
  NONE,
  /** {@code max(x, 0)}. */
  RELU,
  /** The logistic function {@code 1 / (1 + exp(-x))}. */
  SIGMOID,
  /** The hyperbolic tangent. */
  TANH;

  /** Applies this activation on the tape. */
  public Tensor apply(Tensor x) {
    return switch (this) {
      case NONE -> x;
      case RELU -> Ops.relu(x);
      case SIGMOID -> Ops.sigmoid(x);
      case TANH -> Ops.tanh(x);
    };
  }
}
