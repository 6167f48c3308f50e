package dev.contrastive4j.runtime.evaluation;

import dev.contrastive4j.api.data.GraphDataset;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Chooses the probe's regularization on the validation split: one probe per candidate
 * {@code C}, all with the same seed, and the {@code C} with the best validation accuracy is
 * kept (on a tie, the first candidate, so list them from strong to weak regularization). The
 * test split plays no part in the choice.
 */
public final class ProbeSelection {
  private ProbeSelection() {}

  /**
   * The probe with the chosen {@code C}.
   *
   * @throws ProbeException if there are no candidates, one is not positive, or there are
   *     several and the split has no validation nodes to choose with
   */
  public static LinearProbe chooseC(LinearProbe base, List<Double> candidates,
      INDArray embeddings, GraphDataset dataset) {
    checkChoosable(candidates, dataset);
    if (candidates.size() == 1) {
      return withC(base, candidates.get(0));
    }
    LinearProbe best = null;
    double bestVal = Double.NEGATIVE_INFINITY;
    for (double c : candidates) {
      LinearProbe probe = withC(base, c);
      double val = probe.evaluate(embeddings, dataset).valAccuracy();
      if (val > bestVal) {
        bestVal = val;
        best = probe;
      }
    }
    return best;
  }

  /**
   * Checks that {@link #chooseC} can choose among {@code candidates} on {@code dataset}, so
   * that a run can fail before it trains.
   *
   * @throws ProbeException if there are no candidates, or several and the split has no
   *     validation nodes (every validation accuracy would be NaN)
   */
  public static void checkChoosable(List<Double> candidates, GraphDataset dataset) {
    if (candidates.isEmpty()) {
      throw new ProbeException("probe C: at least one candidate is needed");
    }
    if (candidates.size() > 1 && dataset.split().val().length == 0) {
      throw new ProbeException("probe C: the candidates " + candidates + " are chosen among by "
          + "validation accuracy, but the split of data set '" + dataset.name() + "' has no "
          + "validation nodes; give one value (evaluation.probe_c) or a validation split");
    }
  }

  private static LinearProbe withC(LinearProbe base, double c) {
    return new LinearProbe(base.config().toBuilder().c(c).build());
  }
}
