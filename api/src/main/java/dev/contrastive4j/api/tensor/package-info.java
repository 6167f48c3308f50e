/**
 * The tensor engine users program against: a small reverse-mode automatic differentiation tape
 * over ND4J arrays.
 *
 * <p>{@link dev.contrastive4j.api.tensor.Tape} records operations on {@link
 * dev.contrastive4j.api.tensor.Tensor}s; {@link dev.contrastive4j.api.tensor.Ops} holds the
 * built-in differentiable operations and {@link
 * dev.contrastive4j.api.tensor.Tape#record(String, org.nd4j.linalg.api.ndarray.INDArray,
 * java.util.List, dev.contrastive4j.api.tensor.Backward)} adds operations with their own
 * backward (the runtime's graph kernels use it, and so can a user's own loss or layer). {@link
 * dev.contrastive4j.api.tensor.GradientCheck} verifies gradients by central differences.
 * Parameters are created and initialized by the runtime's {@code ParameterStore} and updated by
 * its {@code Optimizer}. SameDiff is not used (see DESIGN.md, "Facts measured").
 */
package dev.contrastive4j.api.tensor;
