package dev.contrastive4j.api.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Receives the gradients a {@link Backward} computes for the inputs of one recorded operation. The
 * positions are those of the input list given to {@link Tape#record}.
 */
public interface InputGradients {
  /**
   * Whether input {@code index} needs a gradient (it depends on a leaf or parameter).
   *
   * @throws IndexOutOfBoundsException if the operation has no input {@code index}
   */
  boolean needs(int index);

  /**
   * Adds {@code gradient} to the gradient of input {@code index}. The array must have the input's
   * shape (unit axes may differ); the tape never modifies it in place, so it may be shared or be a
   * view. Calls for inputs that do not need a gradient are ignored.
   *
   * @throws IllegalStateException if the shape does not fit the input
   * @throws IndexOutOfBoundsException if the operation has no input {@code index}
   */
  void accumulate(int index, INDArray gradient);
}
