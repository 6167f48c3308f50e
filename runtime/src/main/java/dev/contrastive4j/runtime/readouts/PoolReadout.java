package dev.contrastive4j.runtime.readouts;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.ops.GraphOps;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import java.util.Objects;

/**
 * One row per component: the mean, sum or maximum of the states of the component's nodes (as
 * TF-GNN's {@code pool_nodes_to_context}), for graph-level representations. A component without
 * nodes gives 0.
 */
public final class PoolReadout implements Readout {
  private final Pooling pooling;
  private final GraphStructureCache cache;

  /** A readout using the {@linkplain GraphStructureCache#shared() shared} structure cache. */
  public PoolReadout(Pooling pooling) {
    this(pooling, GraphStructureCache.shared());
  }

  /** A readout whose segment indices are kept in {@code cache}. */
  public PoolReadout(Pooling pooling, GraphStructureCache cache) {
    this.pooling = Objects.requireNonNull(pooling, "pooling");
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /**
   * {@inheritDoc}
   *
   * @throws dev.contrastive4j.api.graph.InvalidGraphException if the node set or state is missing
   */
  @Override
  public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
    Tensor states = graph.state(nodeSet, featureName);
    SegmentIndex components = cache.componentIndex(graph.graph().nodeSet(nodeSet));
    return switch (pooling) {
      case MEAN -> GraphOps.segmentMean(states, components);
      case SUM -> GraphOps.segmentSum(states, components);
      case MAX -> GraphOps.segmentMax(states, components);
    };
  }

  /** The number of components. */
  @Override
  public long count(GraphTensor graph, String nodeSet) {
    graph.nodeSet(nodeSet);
    return graph.numComponents();
  }

  /** How this readout pools. */
  public Pooling pooling() {
    return pooling;
  }

  @Override
  public String toString() {
    return "PoolReadout[" + pooling + "]";
  }
}
