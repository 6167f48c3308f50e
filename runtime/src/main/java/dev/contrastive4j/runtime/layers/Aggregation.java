package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.ops.GraphStructureCache;

/** How a node combines the messages along the edges into it. */
public enum Aggregation {
  /** The mean over incoming edges, 0 without any (R-GCN's {@code 1 / c_{i,r}}). */
  MEAN,
  /** The sum over incoming edges. */
  SUM;

  /** The adjacency that aggregates this way, from {@code cache}. */
  public CsrAdjacency adjacency(GraphStructureCache cache, Adjacency edges, int numTargets,
      int numSources) {
    return switch (this) {
      case MEAN -> cache.meanAdjacency(edges, numTargets, numSources);
      case SUM -> cache.sumAdjacency(edges, numTargets, numSources);
    };
  }
}
