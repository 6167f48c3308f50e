package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.GraphTensor;

/**
 * The two views of one training step: for DGI the clean graph and its corruption, for Graph Barlow
 * Twins two augmentations of the same graph.
 *
 * @param first the first view (the clean graph for DGI)
 * @param second the second view (the corrupted or augmented graph)
 */
public record ViewPair(GraphTensor first, GraphTensor second) {

  /** Both views are required. */
  public ViewPair {
    if (first == null || second == null) {
      throw new CorruptionException("a view pair needs two graphs, got "
          + (first == null ? "no first view" : "no second view"));
    }
  }
}
