package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.tensor.Tensor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an {@link Encoder} returns: the graph it was given and, per node set, the features it
 * computed on the tape (TF-GNN's model output, a GraphTensor whose node sets carry a
 * {@code hidden_state}). Readouts read from it.
 */
public final class EncodedGraph {
  /** The feature name encoders write by default, as in TF-GNN ({@code tfgnn.HIDDEN_STATE}). */
  public static final String HIDDEN_STATE = "hidden_state";

  private final GraphTensor graph;
  private final Map<String, Map<String, Tensor>> states;

  /**
   * The states an encoder computed for {@code graph}.
   *
   * @param graph the encoder's input (its structure tells readouts where components begin)
   * @param states per node set name, per feature name, one row per node ({@code [nodes, dim]});
   *     the maps are copied
   * @throws InvalidGraphException if a node set is unknown or a state's row count is wrong
   */
  public EncodedGraph(GraphTensor graph, Map<String, Map<String, Tensor>> states) {
    Map<String, Map<String, Tensor>> copy = new LinkedHashMap<>();
    states.forEach((set, features) -> {
      long rows = graph.nodeSet(set).totalSize();
      features.forEach((name, t) -> {
        if (t.rank() < 1 || t.size(0) != rows) {
          throw new InvalidGraphException("encoded node set '" + set + "', feature '" + name
              + "': has shape " + java.util.Arrays.toString(t.shape()) + " but the set has "
              + rows + " nodes");
        }
      });
      copy.put(set, Collections.unmodifiableMap(new LinkedHashMap<>(features)));
    });
    this.graph = graph;
    this.states = Collections.unmodifiableMap(copy);
  }

  /** An encoded graph with one state per node set under {@link #HIDDEN_STATE}. */
  public static EncodedGraph ofHiddenStates(GraphTensor graph, Map<String, Tensor> hidden) {
    Map<String, Map<String, Tensor>> states = new LinkedHashMap<>();
    hidden.forEach((set, t) -> states.put(set, Map.of(HIDDEN_STATE, t)));
    return new EncodedGraph(graph, states);
  }

  /** The graph the encoder was given. */
  public GraphTensor graph() {
    return graph;
  }

  /** All computed features, per node set and feature name. */
  public Map<String, Map<String, Tensor>> states() {
    return states;
  }

  /**
   * The feature {@code featureName} of node set {@code nodeSet}.
   *
   * @throws InvalidGraphException naming what exists when there is no such state
   */
  public Tensor state(String nodeSet, String featureName) {
    Map<String, Tensor> features = states.get(nodeSet);
    if (features == null) {
      throw new InvalidGraphException("the encoder computed no state for node set '" + nodeSet
          + "'; it computed states for " + states.keySet());
    }
    Tensor t = features.get(featureName);
    if (t == null) {
      throw new InvalidGraphException("node set '" + nodeSet + "' has no encoded feature '"
          + featureName + "'; it has " + features.keySet());
    }
    return t;
  }
}
