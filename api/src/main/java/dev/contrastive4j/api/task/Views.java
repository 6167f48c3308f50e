package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@link Task#preprocess} returns, as TF-GNN's {@code (x, y)}: the views the encoder is
 * applied to (for contrastive tasks the clean and the corrupted graph) and the pseudo-labels
 * the losses compare predictions with ({@code [items, 2]} of (1, 0) for Deep Graph Infomax,
 * {@code [items, 0]} for methods without labels).
 *
 * @param graphs the views, in the order {@link Task#predict} expects them
 * @param pseudoLabels labels made from the data itself, never from the data set's classes
 */
public record Views(List<GraphTensor> graphs, INDArray pseudoLabels) {
  /** Copies the list of views (unmodifiable; null views are refused). */
  public Views {
    graphs = List.copyOf(graphs);
  }
}
