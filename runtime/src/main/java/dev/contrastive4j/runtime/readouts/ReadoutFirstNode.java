package dev.contrastive4j.runtime.readouts;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.ops.GraphOps;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import java.util.Objects;

/**
 * The state of the first node of each component, as TF-GNN's {@code ReadoutFirstNode}: one row
 * per component (the root node of each sampled subgraph). Every component must have a node.
 */
public final class ReadoutFirstNode implements Readout {
  private final GraphStructureCache cache;

  /** A readout using the {@linkplain GraphStructureCache#shared() shared} structure cache. */
  public ReadoutFirstNode() {
    this(GraphStructureCache.shared());
  }

  /** A readout whose gather indices are kept in {@code cache}. */
  public ReadoutFirstNode(GraphStructureCache cache) {
    this.cache = Objects.requireNonNull(cache, "cache");
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidGraphException if the node set or state is missing or a component is empty
   */
  @Override
  public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
    Tensor states = graph.state(nodeSet, featureName);
    NodeSet nodes = checkedNodeSet(graph.graph(), nodeSet);
    return GraphOps.gather(states, cache.firstNodeIndex(nodes));
  }

  /** The number of components. */
  @Override
  public long count(GraphTensor graph, String nodeSet) {
    checkedNodeSet(graph, nodeSet);
    return graph.numComponents();
  }

  private static NodeSet checkedNodeSet(GraphTensor graph, String nodeSet) {
    NodeSet nodes = graph.nodeSet(nodeSet);
    long[] sizes = nodes.sizes();
    for (int c = 0; c < sizes.length; c++) {
      if (sizes[c] == 0) {
        throw new InvalidGraphException("ReadoutFirstNode: component " + c + " of node set '"
            + nodeSet + "' has no nodes, so it has no first node");
      }
    }
    return nodes;
  }

  @Override
  public String toString() {
    return "ReadoutFirstNode";
  }
}
