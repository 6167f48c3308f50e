/**
 * The tensor engine: a small reverse-mode automatic differentiation tape over ND4J arrays.
 *
 * <p>{@link dev.contrastive4j.runtime.tensor.Tape} records operations on {@link
 * dev.contrastive4j.runtime.tensor.Tensor}s; {@link dev.contrastive4j.runtime.tensor.Ops} holds the
 * built-in differentiable operations and {@link
 * dev.contrastive4j.runtime.tensor.Tape#record(String, org.nd4j.linalg.api.ndarray.INDArray,
 * java.util.List, dev.contrastive4j.runtime.tensor.Backward)} adds operations with their own
 * backward. {@link dev.contrastive4j.runtime.tensor.ParameterStore} names and initializes
 * parameters, {@link dev.contrastive4j.runtime.tensor.Optimizer} applies ND4J updaters, and {@link
 * dev.contrastive4j.runtime.tensor.GradientCheck} verifies gradients by central differences.
 * SameDiff is not used (see DESIGN.md, "Facts measured").
 */
package dev.contrastive4j.runtime.tensor;
