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
 * VICReg (Bardes et al., 2022), as TF-GNN's {@code VicRegTask}: invariance between the views,
 * a variance floor per dimension and decorrelated dimensions. Predictions: the two views
 * stacked, {@code [items, 2, dim]}.
 */
public class VicReg extends ContrastiveLossTask {
  /** TF-GNN's default weight of the invariance (similarity) term. */
  public static final double DEFAULT_SIM_WEIGHT = 25;
  /** TF-GNN's default weight of the variance term. */
  public static final double DEFAULT_VAR_WEIGHT = 25;
  /** TF-GNN's default weight of the covariance term. */
  public static final double DEFAULT_COV_WEIGHT = 1;

  private final double simWeight;
  private final double varWeight;
  private final double covWeight;

  /**
   * Creates the projector parameters in {@code store}.
   *
   * @param settings the TF-GNN constructor parameters
   * @param store where the task's parameters live (the encoder's store)
   * @param representationDim the width of the readout (the encoder's output width)
   * @param simWeight weight of the invariance term, finite and at least 0
   * @param varWeight weight of the variance term, finite and at least 0
   * @param covWeight weight of the covariance term, finite and at least 0
   * @throws IllegalArgumentException if a weight is negative, NaN or infinite, or all are 0
   */
  public VicReg(TaskSettings settings, ParameterStore store, long representationDim,
      double simWeight, double varWeight, double covWeight) {
    super(settings, store, representationDim);
    for (double w : new double[] {simWeight, varWeight, covWeight}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("vicreg: weights must be finite and >= 0, got sim "
            + simWeight + ", var " + varWeight + ", cov " + covWeight);
      }
    }
    // All zero leaves no term, so the loss is undefined (TF-GNN's add_n of nothing fails too);
    // say so now rather than at the first training step.
    if (simWeight == 0 && varWeight == 0 && covWeight == 0) {
      throw new IllegalArgumentException("vicreg: at least one of the weights sim, var, cov must "
          + "be positive, all are 0");
    }
    this.simWeight = simWeight;
    this.varWeight = varWeight;
    this.covWeight = covWeight;
  }

  @Override
  protected Tensor contrast(Tape tape, Tensor clean, Tensor corrupted) {
    return Ops.stack(1, clean, corrupted);
  }

  @Override
  public Map<String, TaskLoss> losses() {
    return Map.of("vicreg", (labels, predictions) -> {
      List<Tensor> views = Ops.unstack(predictions.output(), 1);
      return TapeLosses.vicReg(views.get(0), views.get(1), simWeight, varWeight, covWeight);
    });
  }

  @Override
  public List<TaskMetric> metrics() {
    return List.of(TaskMetrics.allSvd());
  }

  /**
   * 2 with a variance or covariance term, as over one row those are constant; 1 for the
   * invariance term alone.
   */
  @Override
  public int minRowsPerStep() {
    return varWeight > 0 || covWeight > 0 ? 2 : 1;
  }

  @Override
  public String minRowsPerStepReason() {
    return minRowsPerStep() > 1 ? "VICReg's variance and covariance terms (var_weight, "
        + "cov_weight) are taken over the rows: over one row they are constant, and only the "
        + "invariance term would train, towards collapse; set var_weight and cov_weight to 0 "
        + "for the invariance term alone" : "";
  }
}
