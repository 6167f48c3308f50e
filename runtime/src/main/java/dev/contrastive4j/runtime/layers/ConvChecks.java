package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.tensor.ShapeMismatchException;

/** The checks graph layers share; messages start with the layer's description. */
final class ConvChecks {
  private ConvChecks() {}

  /** Checks a layer's name and widths at construction. */
  static void checkConfig(String owner, String name, long inputDim, long units) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException(owner + ": the layer needs a name, got '" + name + "'");
    }
    if (inputDim <= 0 || units <= 0) {
      throw new IllegalArgumentException(owner + " '" + name + "': input dimension and units"
          + " must be positive, got " + inputDim + " and " + units);
    }
  }

  /**
   * The adjacency of an edge set that must join a node set to itself.
   *
   * @throws InvalidGraphException if the edge set is unknown or joins two node sets
   */
  static Adjacency homogeneousEdges(String owner, GraphTensor graph, String edgeSet) {
    if (edgeSet == null || !graph.edgeSets().containsKey(edgeSet)) {
      throw new InvalidGraphException(owner + ": unknown edge set '" + edgeSet
          + "'; the graph has " + graph.edgeSets().keySet());
    }
    Adjacency a = graph.edgeSet(edgeSet).adjacency();
    if (!a.sourceSet().equals(a.targetSet())) {
      throw new InvalidGraphException(owner + ": edge set '" + edgeSet + "' joins node set '"
          + a.sourceSet() + "' to '" + a.targetSet() + "'; this layer needs an edge set from a"
          + " node set to itself");
    }
    return a;
  }

  /** The number of nodes of a node set, as the kernels count them. */
  static int nodeCount(GraphTensor graph, String nodeSet) {
    return Math.toIntExact(graph.nodeSet(nodeSet).totalSize());
  }

  /** Checks that an input has one row per node and the layer's input width. */
  static void checkInput(String owner, String nodeSet, NodeInput x, long rows, long dim) {
    if (x == null) {
      throw new IllegalArgumentException(owner + ": no input for node set '" + nodeSet + "'");
    }
    if (x.rows() != rows || x.dim() != dim) {
      throw new ShapeMismatchException(owner + ": the input of node set '" + nodeSet + "' is ["
          + x.rows() + ", " + x.dim() + "] but the layer needs [" + rows + ", " + dim + "]");
    }
  }
}
