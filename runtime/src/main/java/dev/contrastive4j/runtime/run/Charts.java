package dev.contrastive4j.runtime.run;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.runtime.charts.EmbeddingScatterChart;
import dev.contrastive4j.runtime.charts.LossCurveChart;
import dev.contrastive4j.runtime.training.EpochResult;
import dev.contrastive4j.runtime.training.TrainingResult;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Draws a run's two pictures: the loss curve, and the PCA projection by class of the rows the
 * probe classified (nodes, or graphs).
 */
final class Charts {
  private Charts() {}

  /**
   * Writes both pictures into {@code out}, unless {@code enabled} is false.
   *
   * @param probed the rows the probe classified, one per label of {@code dataset}
   */
  static void write(RunDirectory out, TrainingResult result, INDArray probed,
      GraphDataset dataset, String taskName, boolean enabled) {
    if (!enabled) {
      return;
    }
    double[] losses = result.epochs().stream().mapToDouble(EpochResult::loss).toArray();
    // The chart takes the best epoch's index in losses; the trainer counts from 1 (0 = none).
    LossCurveChart.write(out.resolve(RunDirectory.LOSS_CHART), losses, result.bestEpoch() - 1,
        taskName + " on " + dataset.name() + ": training loss");
    String what = dataset.labelLevel() == LabelLevel.GRAPH
        ? "graph embeddings (mean of " + dataset.targetNodeSet() + ", PCA)"
        : "embeddings (PCA)";
    EmbeddingScatterChart.write(out.resolve(RunDirectory.EMBEDDING_CHART), probed,
        dataset.labels(), dataset.numClasses(),
        taskName + " on " + dataset.name() + ": " + what + ", coloured by class");
  }
}
