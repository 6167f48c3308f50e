package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;

/**
 * A plugin readout (as a user's {@code @Readout} class is) whose steps may give a task fewer
 * rows than it needs, which a run cannot know before it runs: every node of the node set for
 * its first {@code fullReads} reads, then the first {@code rows} nodes only. A training step of
 * a two-view task reads twice.
 */
public final class ThinningReadout implements Readout {
  private final int rows;
  private final int fullReads;
  private int reads;

  /**
   * @param rows the nodes read once {@code fullReads} reads are done
   * @param fullReads the reads of every node before that
   */
  public ThinningReadout(int rows, int fullReads) {
    this.rows = rows;
    this.fullReads = fullReads;
  }

  @Override
  public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
    Tensor states = graph.state(nodeSet, featureName);
    long count = reads < fullReads ? states.size(0) : Math.min(rows, states.size(0));
    reads++;
    return Ops.rows(states, 0, count);
  }

  @Override
  public long count(GraphTensor graph, String nodeSet) {
    long nodes = graph.nodeSet(nodeSet).totalSize();
    return reads < fullReads ? nodes : Math.min(rows, nodes);
  }
}
