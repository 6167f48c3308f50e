package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.runtime.metrics.Metrics;
import dev.contrastive4j.runtime.metrics.SvdMetrics;
import dev.contrastive4j.runtime.metrics.TripletDistances;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** The metrics the built-in tasks report, as {@link TaskMetric}s over plain arrays. */
final class TaskMetrics {
  private TaskMetrics() {}

  /**
   * TF-GNN's {@code AllSvdMetrics} of the clean representations: RankMe, numerical rank,
   * coherence (and the pseudo condition number, which needs only the same SVD). They are taken
   * before the projector; TF-GNN takes them after it (see {@link ContrastiveLossTask}).
   */
  static TaskMetric allSvd() {
    return (labels, output, representations) -> {
      SvdMetrics m = SvdMetrics.of(representations);
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("rankme", m.rankMe());
      values.put("numerical_rank", m.numericalRank());
      values.put("coherence", m.coherence());
      values.put("pseudo_condition_number", m.pseudoConditionNumber());
      return values;
    };
  }

  /**
   * Keras' {@code BinaryCrossentropy(from_logits=True)} and the binary accuracy of logits
   * against 0/1 labels. Accuracy counts logits above 0, i.e. probabilities above 0.5: TF-GNN
   * passes logits to {@code BinaryAccuracy()}, which thresholds them at 0.5 as if they were
   * probabilities; that is its slip, not copied here.
   */
  static TaskMetric binaryCrossEntropyAndAccuracy() {
    return (labels, logits, representations) -> {
      INDArray z = labels.castTo(logits.dataType());
      // max(x, 0) - x·z + log(1 + exp(-|x|)), averaged: the stable form Keras uses.
      INDArray loss = Transforms.relu(logits, true).subi(logits.mul(z))
          .addi(Transforms.log(Transforms.exp(Transforms.abs(logits, true).negi(), false)
              .addi(1.0), false));
      INDArray predicted = logits.gt(0.0).castTo(z.dataType());
      double accuracy = predicted.eq(z).castTo(z.dataType()).meanNumber().doubleValue();
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("binary_crossentropy", loss.meanNumber().doubleValue());
      values.put("binary_accuracy", accuracy);
      return values;
    };
  }

  /** TF-GNN's {@code TripletLossMetrics}: mean positive, negative and triplet distances. */
  static TaskMetric tripletDistances() {
    return (labels, distances, representations) -> {
      INDArray positive = distances.getColumn(0);
      INDArray negative = distances.getColumn(1);
      TripletDistances d = Metrics.tripletDistances(positive, negative);
      Map<String, Double> values = new LinkedHashMap<>();
      values.put("positive_distance", d.positiveDistance());
      values.put("negative_distance", d.negativeDistance());
      values.put("triplet_distance", d.tripletDistance());
      return values;
    };
  }
}
