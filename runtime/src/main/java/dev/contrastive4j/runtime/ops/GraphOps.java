package dev.contrastive4j.runtime.ops;

import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.kernels.Gather;
import dev.contrastive4j.runtime.kernels.Propagation;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SegmentMaxResult;
import dev.contrastive4j.runtime.kernels.SegmentPooling;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.kernels.SparseMatmul;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The graph kernels as differentiable operations on the tape: each computes its value with a
 * kernel of {@link dev.contrastive4j.runtime.kernels} and records the matching backward kernel
 * with {@link dev.contrastive4j.api.tensor.Tape#record}. Graph structure (adjacency, sparse
 * features, segment indices) is data, never differentiated; build it once per graph (see {@link
 * GraphStructureCache}).
 *
 * <p>The kernels take float32 or float64 matrices and return fresh c-order arrays, so the
 * wrappers add no copies. Arguments that do not fit together throw the kernels' {@code
 * KernelArgumentException}, whose message names the kernel and the shapes.
 */
public final class GraphOps {
  private GraphOps() {}

  /**
   * Message passing with a fixed weighted adjacency: {@code A·H}, row {@code t} being the
   * weighted sum of the rows of {@code H} at the sources of the edges into {@code t}.
   *
   * @param a the adjacency, rows = targets, columns = sources
   * @param h {@code [a.numSources(), width]}
   * @return {@code [a.numTargets(), width]}
   */
  public static Tensor propagate(CsrAdjacency a, Tensor h) {
    Objects.requireNonNull(a, "propagate: adjacency");
    INDArray value = Propagation.forward(a, h.value());
    return h.tape().record("propagate", value, List.of(h),
        (g, in) -> in.accumulate(0, Propagation.backward(a, g)));
  }

  /**
   * A sparse feature matrix times a weight matrix, {@code X·W}, without making {@code X} dense.
   * Only {@code w} receives a gradient ({@code Xᵀ·G}): features are data. Computed once per tape
   * for the same {@code x} and {@code w} ({@link dev.contrastive4j.api.tensor.Tape#shared}).
   *
   * @param w {@code [x.cols(), width]}
   * @return {@code [x.rows(), width]}
   */
  public static Tensor sparseMatmul(SparseFeatures x, Tensor w) {
    Objects.requireNonNull(x, "sparseMatmul: features");
    // Once per tape for one matrix and weight: a shuffled copy's product is gathered from it.
    return w.tape().shared(new SparseProduct(x, w), () -> {
      INDArray value = SparseMatmul.forward(x, w.value());
      return w.tape().record("sparseMatmul", value, List.of(w),
          (g, in) -> in.accumulate(0, SparseMatmul.weightGradient(x, g)));
    });
  }

  /** The key of a sparse product on the tape: both operands, by identity. */
  private record SparseProduct(SparseFeatures x, Tensor w) {}

  /**
   * Broadcasts node rows to edges (TF-GNN's {@code broadcast_node_to_edges}): row {@code i} of
   * the result is row {@code index.ids()[i]} of {@code h}. The backward pass sums each node's
   * edge gradients.
   *
   * @param h {@code [index.numSegments(), width]}, one row per node
   * @param index the node of each edge
   * @return {@code [index.size(), width]}, one row per edge
   */
  public static Tensor gather(Tensor h, SegmentIndex index) {
    INDArray value = Gather.forward(h.value(), index);
    return h.tape().record("gather", value, List.of(h),
        (g, in) -> in.accumulate(0, Gather.backward(g, index)));
  }

  /**
   * Sums the rows of each segment (TF-GNN's {@code pool_edges_to_node} with "sum", or pooling
   * nodes to components); an empty segment gives 0.
   *
   * @param data {@code [segments.size(), width]}
   * @return {@code [segments.numSegments(), width]}
   */
  public static Tensor segmentSum(Tensor data, SegmentIndex segments) {
    INDArray value = SegmentPooling.sum(data.value(), segments);
    return data.tape().record("segmentSum", value, List.of(data),
        (g, in) -> in.accumulate(0, SegmentPooling.sumBackward(g, segments)));
  }

  /**
   * Averages the rows of each segment; an empty segment gives 0.
   *
   * @param data {@code [segments.size(), width]}
   * @return {@code [segments.numSegments(), width]}
   */
  public static Tensor segmentMean(Tensor data, SegmentIndex segments) {
    INDArray value = SegmentPooling.mean(data.value(), segments);
    return data.tape().record("segmentMean", value, List.of(data),
        (g, in) -> in.accumulate(0, SegmentPooling.meanBackward(g, segments)));
  }

  /**
   * The column-wise maximum of the rows of each segment; an empty segment gives 0. The gradient
   * of each (segment, column) goes to the row that holds the maximum (the first on ties).
   *
   * @param data {@code [segments.size(), width]}
   * @return {@code [segments.numSegments(), width]}
   */
  public static Tensor segmentMax(Tensor data, SegmentIndex segments) {
    SegmentMaxResult result = SegmentPooling.max(data.value(), segments);
    return data.tape().record("segmentMax", result.values(), List.of(data),
        (g, in) -> in.accumulate(0, SegmentPooling.maxBackward(result, g)));
  }
}
