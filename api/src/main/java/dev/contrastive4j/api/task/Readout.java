package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Tensor;

/**
 * Turns encoded node states into the representations a contrastive loss compares, one row per
 * item: the first node of each component (TF-GNN's {@code ReadoutFirstNode}), every node of a
 * node set (transductive full-graph training), or a pooled summary per component.
 */
public interface Readout {

  /**
   * Reads representations of shape {@code [items, dim]}, where {@code items} is
   * {@link #count} of the encoded graph and {@code dim} the width of the feature read.
   *
   * @param graph the encoder's output
   * @param nodeSet the node set to read
   * @param featureName the encoded feature to read (usually {@link EncodedGraph#HIDDEN_STATE})
   * @throws dev.contrastive4j.api.graph.InvalidGraphException if the encoder computed no such
   *     node set or feature (see {@link EncodedGraph#state})
   */
  Tensor read(EncodedGraph graph, String nodeSet, String featureName);

  /**
   * How many rows {@link #read} returns for {@code graph}, known before encoding (tasks size
   * their pseudo-labels with it, as TF-GNN sizes them by the number of components).
   */
  long count(GraphTensor graph, String nodeSet);
}
