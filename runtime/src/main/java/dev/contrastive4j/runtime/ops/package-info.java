/**
 * Differentiable graph operations on the tape ({@link dev.contrastive4j.runtime.ops.GraphOps}:
 * propagation, sparse feature products, gathers and segment pooling, each backed by a kernel of
 * {@link dev.contrastive4j.runtime.kernels}) and the cache that builds each graph's kernel
 * structures once ({@link dev.contrastive4j.runtime.ops.GraphStructureCache}).
 */
package dev.contrastive4j.runtime.ops;
