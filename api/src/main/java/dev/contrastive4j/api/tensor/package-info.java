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
 * its {@code Optimizer}.
 *
 * <p>Why not ND4J's SameDiff: in 1.0.0-M2.1 it could not train a message-passing graph (a
 * graph with two {@code gather}s failed, and an operation with a custom gradient could not be
 * added), so the tape records the backward passes itself and ND4J does the arithmetic.
 */
package dev.contrastive4j.api.tensor;
