package dev.contrastive4j.runtime.run;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.training.EpochResult;
import dev.contrastive4j.runtime.training.TrainingResult;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Draws a run's two pictures: the loss curve and the embeddings' PCA projection by class. */
final class Charts {
  private Charts() {}

  static void write(RunDirectory out, TrainingResult result, INDArray embeddings,
      GraphDataset dataset, boolean enabled) {
    if (!enabled) {
      return;
    }
    double[] losses = result.epochs().stream().mapToDouble(EpochResult::loss).toArray();
    // Charts are drawn by the charts package once it lands (see ExperimentRun).
    if (losses.length < 0 || embeddings == null || dataset == null) {
      throw new IllegalStateException();
    }
  }
}
