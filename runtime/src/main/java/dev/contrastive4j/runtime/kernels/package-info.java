/**
 * Graph kernels: pure functions over {@link org.nd4j.linalg.api.ndarray.INDArray} (c-order,
 * float32 or float64) and primitive arrays, each forward with its matching backward.
 *
 * <p>ND4J has no sparse-times-dense product, and its {@code gather} plus
 * {@code unsorted_segment_sum} is slow for message passing, so these kernels are plain Java
 * loops over the feature dimension (which the JIT vectorizes), parallel over output rows. Each
 * output row is computed by one thread in a fixed order, so results are bit-for-bit the same
 * whatever the number of threads. Backward passes that would scatter use a precomputed transpose
 * or grouping instead, which keeps them row-parallel and deterministic too.
 *
 * <p>Parallel work runs in the {@link java.util.concurrent.ForkJoinPool} of the calling thread
 * if it is a fork/join worker, otherwise in the common pool (with the caller helping).
 */
package dev.contrastive4j.runtime.kernels;
