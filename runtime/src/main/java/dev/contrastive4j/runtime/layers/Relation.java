package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import java.util.ArrayList;
import java.util.List;

/**
 * One edge type of a heterogeneous graph as a convolution sees it: edge set {@code edgeSet}
 * carries messages from node set {@code source} to node set {@code target}.
 *
 * @param edgeSet the edge set's name
 * @param source the node set messages come from
 * @param target the node set that receives them
 */
public record Relation(String edgeSet, String source, String target) {
  /** Checks that every name is given. */
  public Relation {
    if (edgeSet == null || edgeSet.isBlank() || source == null || source.isBlank()
        || target == null || target.isBlank()) {
      throw new IllegalArgumentException("a relation needs an edge set, a source and a target"
          + " node set, got '" + edgeSet + "': '" + source + "' -> '" + target + "'");
    }
  }

  /** Every edge set of a schema, in its order. */
  public static List<Relation> of(GraphSchema schema) {
    List<Relation> out = new ArrayList<>();
    schema.edgeSets().forEach((name, e) -> out.add(new Relation(name, e.source(), e.target())));
    return out;
  }

  /** The names of the edge sets of {@code graph} from {@code nodeSet} to itself, in order. */
  public static List<String> within(GraphTensor graph, String nodeSet) {
    List<String> out = new ArrayList<>();
    for (Relation r : of(graph)) {
      if (r.source().equals(nodeSet) && r.target().equals(nodeSet)) {
        out.add(r.edgeSet());
      }
    }
    return out;
  }

  /** Every edge set of a graph, in its order. */
  public static List<Relation> of(GraphTensor graph) {
    List<Relation> out = new ArrayList<>();
    graph.edgeSets().forEach((name, e) -> out.add(
        new Relation(name, e.adjacency().sourceSet(), e.adjacency().targetSet())));
    return out;
  }
}
