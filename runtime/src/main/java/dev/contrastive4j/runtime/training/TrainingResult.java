package dev.contrastive4j.runtime.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The outcome of {@link Trainer#train}: every epoch's report, the best epoch (whose parameters
 * the store holds afterwards), whether early stopping ended the run, and the state after the
 * last epoch (its progress and parameter values), which a checkpoint needs to resume from.
 *
 * @param epochs every epoch's report, of this run and of any run it resumed
 * @param bestEpoch the 1-based epoch with the lowest training loss
 * @param bestLoss that epoch's loss
 * @param stoppedEarly whether early stopping ended the run
 * @param finalProgress where the run stands after its last epoch
 * @param lastParameters the parameter values after the last epoch, by name, in the store's order
 */
public record TrainingResult(List<EpochResult> epochs, int bestEpoch, double bestLoss,
    boolean stoppedEarly, TrainingProgress finalProgress,
    Map<String, INDArray> lastParameters) {
  /** Copies the list and map, keeping their order. */
  public TrainingResult {
    epochs = List.copyOf(epochs);
    // In the store's order, so that checkpoints number their files the same way in every run.
    lastParameters = Collections.unmodifiableMap(new LinkedHashMap<>(lastParameters));
  }

  /** The number of epochs that ran. */
  public int epochsRun() {
    return epochs.size();
  }

  /** The loss of the last epoch. */
  public double finalLoss() {
    return epochs.isEmpty() ? Double.NaN : epochs.get(epochs.size() - 1).loss();
  }

  /** The median seconds of one epoch: its steps, without the metrics computed after them. */
  public double medianEpochSeconds() {
    double[] s = epochs.stream().mapToDouble(EpochResult::seconds).sorted().toArray();
    if (s.length == 0) {
      return Double.NaN;
    }
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
