package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.GraphTensor;
import java.util.List;

/**
 * The two views of one training step: for DGI the clean graph and its corruption, for Graph Barlow
 * Twins two augmentations of the same graph. A task wraps them, with its pseudo-labels, into an
 * {@link dev.contrastive4j.api.task.Views}.
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

  /** The two views in order, as a task's {@code Views} lists them. */
  public List<GraphTensor> asList() {
    return List.of(first, second);
  }
}
