package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@link Task#preprocess} returns, as TF-GNN's {@code (x, y)}: the views the encoder is
 * applied to (the clean and the corrupted graph for the two-view tasks; anchor, positive and
 * negative for the triplet task) and the pseudo-labels the losses compare predictions with
 * ({@code [items, 2]} of (1, 0) for Deep Graph Infomax, {@code [items, 0]} for methods without
 * labels), one row per item that {@link Readout#count} counts.
 *
 * @param graphs the views, in the order {@link Task#predict} expects them; not null, no null
 *     elements
 * @param pseudoLabels labels made from the data itself, never from the data set's classes;
 *     an {@code [items, 0]} array rather than null when there are none (the runtime weighs
 *     mini-batches by its rows)
 */
public record Views(List<GraphTensor> graphs, INDArray pseudoLabels) {
  /** Copies the list of views (unmodifiable; null views are refused). */
  public Views {
    graphs = List.copyOf(graphs);
  }
}
