package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.tensor.Tensor;

/**
 * A plugin readout that runs out of memory, as a model too large for the heap does in the middle
 * of a run: it reads every node for its first {@code reads} reads, then throws
 * {@link OutOfMemoryError}. A new instance (a resumed run's) counts from zero again.
 */
public final class ExhaustingReadout implements Readout {
  private final int reads;
  private int done;

  /** @param reads the reads before memory runs out */
  public ExhaustingReadout(int reads) {
    this.reads = reads;
  }

  @Override
  public Tensor read(EncodedGraph graph, String nodeSet, String featureName) {
    if (done == reads) {
      throw new OutOfMemoryError("Java heap space");
    }
    done++;
    return graph.state(nodeSet, featureName);
  }

  @Override
  public long count(GraphTensor graph, String nodeSet) {
    return graph.nodeSet(nodeSet).totalSize();
  }
}
