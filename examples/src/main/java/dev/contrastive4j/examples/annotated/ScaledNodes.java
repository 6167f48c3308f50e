package dev.contrastive4j.examples.annotated;

import dev.contrastive4j.api.annotations.Param;
import dev.contrastive4j.api.annotations.Readout;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;

/**
 * A readout plugin: every node of the node set, each row scaled to the same length
 * ({@code norm}), so that the contrast depends on directions, not magnitudes.
 */
@Readout(name = "scaled-nodes", description = "every node, each row scaled to length 'norm'")
public final class ScaledNodes implements dev.contrastive4j.api.task.Readout {
  /** Keeps the division finite for an all-zero row. */
  private static final double EPSILON = 1e-12;

  private final double norm;

  /** @param norm the length of every row */
  public ScaledNodes(@Param(value = "1.0", min = 0, description = "length of every row")
      double norm) {
    this.norm = norm;
  }

  public double norm() {
    return norm;
  }

  @Override
  public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
    Tensor x = graph.state(nodeSet, featureName);
    Tensor length = Ops.sqrt(Ops.add(Ops.sum(Ops.square(x), 1, true), EPSILON));
    return Ops.mul(Ops.div(x, length), norm);
  }

  @Override
  public long count(GraphTensor graph, String nodeSet) {
    return graph.nodeSet(nodeSet).totalSize();
  }
}
