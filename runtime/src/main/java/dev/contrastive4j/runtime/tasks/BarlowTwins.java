package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.losses.TapeLosses;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import java.util.Map;

/**
 * Barlow Twins (Zbontar et al., 2021; on graphs Bielak et al., 2022), as TF-GNN's
 * {@code BarlowTwinsTask}: the cross-correlation of the two views' representations is pushed
 * towards the identity. Predictions: the two views stacked, {@code [items, 2, dim]}.
 */
public class BarlowTwins extends ContrastiveLossTask {
  private final Double lambda;
  private final boolean normalizeBatch;

  /**
   * @param lambda weight of the off-diagonal terms; null means 1 / dim, the width of the
   *     projected views (TF-GNN's default, also Graph Barlow Twins')
   * @param normalizeBatch whether to standardize each dimension over the batch (default true)
   */
  public BarlowTwins(TaskSettings settings, ParameterStore store, long representationDim,
      Double lambda, boolean normalizeBatch) {
    super(settings, store, representationDim);
    if (lambda != null && !(lambda >= 0)) {
      throw new IllegalArgumentException("barlow twins: lambda must be >= 0, was " + lambda);
    }
    this.lambda = lambda;
    this.normalizeBatch = normalizeBatch;
  }

  @Override
  protected Tensor contrast(Tape tape, Tensor clean, Tensor corrupted) {
    return Ops.stack(1, clean, corrupted);
  }

  @Override
  public Map<String, TaskLoss> losses() {
    return Map.of("barlow_twins", (labels, predictions) -> {
      List<Tensor> views = Ops.unstack(predictions.output(), 1);
      return TapeLosses.barlowTwins(views.get(0), views.get(1), lambda, normalizeBatch);
    });
  }

  @Override
  public List<TaskMetric> metrics() {
    return List.of(TaskMetrics.allSvd());
  }

  /** 2 with {@code normalizeBatch}, as standardized over one row every value is 0; else 1. */
  @Override
  public int minRowsPerStep() {
    return normalizeBatch ? 2 : 1;
  }

  @Override
  public String minRowsPerStepReason() {
    return normalizeBatch ? "Barlow Twins standardizes each dimension over the rows "
        + "(normalize_batch): its loss would be constant and nothing would train; set "
        + "normalize_batch to false" : "";
  }
}
