package dev.contrastive4j.runtime.readouts;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.Tensor;

/**
 * The state of every node of the node set, one row per node: the readout of transductive
 * full-graph training (DGI on Cora compares every node's clean and corrupted states).
 */
public final class ReadoutAllNodes implements Readout {

  /**
   * {@inheritDoc} The state itself, no copy.
   *
   * @throws dev.contrastive4j.api.graph.InvalidGraphException if the node set or state is missing
   */
  @Override
  public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
    return graph.state(nodeSet, featureName);
  }

  /** The number of nodes of the node set, over all components. */
  @Override
  public long count(GraphTensor graph, String nodeSet) {
    return graph.nodeSet(nodeSet).totalSize();
  }

  @Override
  public String toString() {
    return "ReadoutAllNodes";
  }
}
