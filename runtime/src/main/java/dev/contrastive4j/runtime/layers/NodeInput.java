package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.ops.GraphOps;
import java.util.Arrays;
import java.util.Objects;

/**
 * The input of a graph layer for one node set, {@code [nodes, dim]}: a dense tensor (hidden
 * states, dense features), sparse features (bag-of-words), which layers only ever multiply by
 * a weight matrix, so they never become dense, or the rows of sparse features in another order
 * (a shuffled copy), multiplied as rows of the features' own product.
 */
public sealed interface NodeInput permits NodeInput.Dense, NodeInput.Sparse,
    NodeInput.Reordered {

  /** A dense input; {@code values} must be a matrix. */
  static NodeInput dense(Tensor values) {
    return new Dense(values);
  }

  /** A sparse input. */
  static NodeInput sparse(SparseFeatures values) {
    return new Sparse(values);
  }

  /**
   * Row {@code i} is row {@code order.ids()[i]} of {@code source}: {@code X'·W} is then gathered
   * from {@code X·W}, which a pass over {@code source} on the same tape computes once for both.
   *
   * @param order its {@code numSegments()} must be {@code source.rows()}
   */
  static NodeInput reordered(SparseFeatures source, SegmentIndex order) {
    return new Reordered(source, order);
  }

  /** The number of nodes (rows). */
  long rows();

  /** The feature dimension (columns). */
  long dim();

  /** {@code X·W} for a weight {@code w} of shape {@code [dim, units]}. */
  Tensor times(Tensor w);

  /**
   * {@code A·X·W}, multiplied in whichever order is cheaper: sparse features and inputs wider
   * than {@code W}'s output are multiplied by {@code W} first, so that fewer columns are
   * propagated; a narrow dense input is propagated first.
   *
   * @param a rows = target nodes, columns = this input's nodes
   */
  default Tensor propagateTimes(CsrAdjacency a, Tensor w) {
    if (this instanceof Dense d && dim() < w.size(1)) {
      return Ops.matmul(GraphOps.propagate(a, d.values()), w);
    }
    return GraphOps.propagate(a, times(w));
  }

  /** A dense input. */
  record Dense(Tensor values) implements NodeInput {
    /** Checks that the values are a matrix. */
    public Dense {
      Objects.requireNonNull(values, "node input values");
      if (values.rank() != 2) {
        throw new ShapeMismatchException("a node input must be a matrix [nodes, dim], got shape "
            + Arrays.toString(values.shape()));
      }
    }

    @Override
    public long rows() {
      return values.size(0);
    }

    @Override
    public long dim() {
      return values.size(1);
    }

    @Override
    public Tensor times(Tensor w) {
      return Ops.matmul(values, w);
    }
  }

  /** A sparse input. */
  record Sparse(SparseFeatures features) implements NodeInput {
    /** Checks that the features are present. */
    public Sparse {
      Objects.requireNonNull(features, "node input features");
    }

    @Override
    public long rows() {
      return features.rows();
    }

    @Override
    public long dim() {
      return features.cols();
    }

    @Override
    public Tensor times(Tensor w) {
      return GraphOps.sparseMatmul(features, w);
    }
  }

  /** The rows of sparse features in a given order. */
  record Reordered(SparseFeatures source, SegmentIndex order) implements NodeInput {
    /** Checks that the order indexes the source's rows. */
    public Reordered {
      Objects.requireNonNull(source, "node input source features");
      Objects.requireNonNull(order, "node input row order");
      if (order.numSegments() != source.rows()) {
        throw new ShapeMismatchException("a node input's row order indexes "
            + order.numSegments() + " rows, but its source features have " + source.rows());
      }
    }

    @Override
    public long rows() {
      return order.size();
    }

    @Override
    public long dim() {
      return source.cols();
    }

    @Override
    public Tensor times(Tensor w) {
      return GraphOps.gather(GraphOps.sparseMatmul(source, w), order);
    }
  }
}
