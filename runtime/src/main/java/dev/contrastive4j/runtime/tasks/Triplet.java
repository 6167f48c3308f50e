package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Predictions;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.losses.TapeLosses;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import java.util.Map;

/**
 * The triplet loss task, as TF-GNN's {@code TripletLossTask}: three views, the anchor, a
 * positive sample and a negative sample made by corrupting the positive one; the loss pushes
 * the anchor closer to the positive than to the negative by a margin. TF-GNN reads the anchor
 * and the positive sample from an input that stacks both; on a single graph the positive
 * sample here is made by {@code positiveView} (an augmentation of the anchor).
 *
 * <p>Predictions: {@code [items, 2]} of (positive distance, negative distance), each the mean
 * over dimensions of squared differences, as TF-GNN's
 * {@code TripletEmbeddingSquaredDistances}.
 */
public class Triplet extends ContrastiveLossTask {
  /** TF-GNN's default margin. */
  public static final double DEFAULT_MARGIN = 1.0;

  private final double margin;
  private final Corruptor positiveView;

  /**
   * @param margin the hinge margin, finite
   * @param positiveView makes the positive sample from the graph; null means the graph itself
   * @throws IllegalArgumentException if {@code margin} is NaN or infinite
   */
  public Triplet(TaskSettings settings, ParameterStore store, long representationDim,
      double margin, Corruptor positiveView) {
    super(settings, store, representationDim);
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException("triplet: margin must be finite, was " + margin);
    }
    this.margin = margin;
    this.positiveView = positiveView == null ? Corruptor.identity() : positiveView;
  }

  /** Anchor, positive sample and its corruption (the negative sample). */
  @Override
  public Views preprocess(GraphTensor graph) {
    GraphTensor anchor = cleanView().corrupt(graph);
    GraphTensor positive = positiveView.corrupt(graph);
    GraphTensor negative = corruptor().corrupt(positive);
    return new Views(List.of(anchor, positive, negative), pseudoLabels(graph));
  }

  @Override
  public void skipCalls(long calls) {
    super.skipCalls(calls);
    Replayable.skip(positiveView, calls);
  }

  @Override
  public Predictions predict(List<EncodedGraph> views, Tape tape, boolean training) {
    if (views.size() != 3) {
      throw new IllegalArgumentException("Triplet.predict: expects the anchor, positive and "
          + "negative views, got " + views.size() + " views");
    }
    Tensor anchor = project(tape, readView(views.get(0)));
    Tensor positiveRepresentations = readView(views.get(1));
    Tensor positive = project(tape, positiveRepresentations);
    Tensor negative = project(tape, readView(views.get(2)));
    Tensor distances = Ops.stack(1, TapeLosses.squaredDistance(positive, anchor),
        TapeLosses.squaredDistance(negative, anchor));
    return new Predictions(distances, positiveRepresentations);
  }

  /** Not used: {@link #predict} builds the distances from three views. */
  @Override
  protected Tensor contrast(Tape tape, Tensor clean, Tensor corrupted) {
    throw new UnsupportedOperationException("the triplet task contrasts three views");
  }

  @Override
  public Map<String, TaskLoss> losses() {
    return Map.of("triplet", (labels, predictions) -> {
      List<Tensor> d = Ops.unstack(predictions.output(), 1);
      return TapeLosses.triplet(d.get(0), d.get(1), margin);
    });
  }

  @Override
  public List<TaskMetric> metrics() {
    return List.of(TaskMetrics.tripletDistances());
  }
}
