package dev.contrastive4j.runtime.evaluation;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.kernels.SegmentPooling;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The rows a linear probe classifies for a data set, made from the embeddings of its target
 * node set (the encoder's states): the node embeddings themselves when the data set labels nodes;
 * when it labels graphs ({@link LabelLevel#GRAPH}), one row per component, the mean of the
 * embeddings of the component's nodes of the target node set (nodes of other node sets take no
 * part).
 *
 * <p>The mean, not the sum, because it does not scale with the size of a graph: summed, a graph
 * of twice the atoms would lie twice as far out, and the probe would see sizes before contents.
 * It is also what the {@code pool("mean")} readout gives a task to contrast, the usual readout
 * for many small graphs, so the probe classifies the representations such a task trained.
 */
public final class ProbeRows {
  private ProbeRows() {}

  /**
   * The rows to classify: {@code embeddings} for a data set of node labels; for one of graph
   * labels, a float64 {@code [components, d]} matrix whose row {@code c} is the mean of the rows
   * of component {@code c}'s nodes of the target node set.
   *
   * @param embeddings finite {@code [n, d]} floating-point matrix, one row per node of the data
   *     set's target node set, in order
   * @param dataset the data set whose labels say which rows the probe classifies
   * @throws ProbeException if {@code dataset} is null or {@code embeddings} is not such a
   *     matrix, naming the target node set and its number of nodes if the rows do not fit
   */
  public static INDArray of(INDArray embeddings, GraphDataset dataset) {
    ProbeInput.requireArgument(dataset, "dataset");
    NodeSet target = dataset.graph().nodeSet(dataset.targetNodeSet());
    String nodes = "the " + target.totalSize() + " nodes of node set '"
        + dataset.targetNodeSet() + "'";
    if (dataset.labelLevel() == LabelLevel.NODE) {
      ProbeInput.checkMatrix(embeddings);
      if (embeddings.rows() != target.totalSize()) {
        throw new ProbeException("data set '" + dataset.name() + "' labels " + nodes
            + ", one embedding row each, but the embeddings have " + embeddings.rows()
            + " rows");
      }
      return embeddings;
    }
    INDArray rows = ProbeInput.checkedMatrix(embeddings);
    if (rows.rows() != target.totalSize()) {
      throw new ProbeException("data set '" + dataset.name() + "' labels graphs, whose rows "
          + "the probe pools from the embeddings of " + nodes + ", but the embeddings have "
          + rows.rows() + " rows");
    }
    return SegmentPooling.mean(rows, GraphStructureCache.shared().componentIndex(target));
  }
}
