package dev.contrastive4j.api.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The backward pass of one recorded operation: given the gradient of the loss with respect to the
 * operation's output, it hands the gradients with respect to its inputs to {@link InputGradients}.
 *
 * <p>This is the extension point for operations with their own backward (graph kernels, custom
 * losses); see {@link Tape#record(String, INDArray, java.util.List, Backward)}. An implementation
 * must not modify {@code outputGradient} in place (the same array may be shared with other
 * inputs), should skip inputs for which {@link InputGradients#needs(int)} is false, and should
 * capture only the arrays it needs, since everything it captures stays alive until the backward
 * pass has run.
 */
@FunctionalInterface
public interface Backward {
  /**
   * Computes input gradients.
   *
   * @param outputGradient dLoss/dOutput, with the shape of the operation's output
   * @param inputs where to accumulate dLoss/dInput for each input, by position
   */
  void apply(INDArray outputGradient, InputGradients inputs);
}
