package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How to train: Adam with the given learning rate and (L2) weight decay, early stopping on the
 * training loss. Defaults are Deep Graph Infomax's: 300 epochs, learning rate 0.001, no
 * weight decay, patience 20.
 *
 * @param epochs the most epochs
 * @param learningRate Adam's learning rate
 * @param weightDecay L2 weight decay added to the gradients (PyTorch's Adam weight_decay)
 * @param patience epochs without a better loss before stopping; 0 never stops early
 * @param metricsEvery compute the task's metrics every this many epochs
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TrainingSpec(Integer epochs, Double learningRate, Double weightDecay,
    Integer patience, Integer metricsEvery) {
  public static final TrainingSpec DEFAULT = new TrainingSpec(null, null, null, null, null);

  public TrainingSpec {
    epochs = epochs == null ? 300 : epochs;
    learningRate = learningRate == null ? 0.001 : learningRate;
    weightDecay = weightDecay == null ? 0.0 : weightDecay;
    patience = patience == null ? 20 : patience;
    metricsEvery = metricsEvery == null ? 10 : metricsEvery;
  }

  public TrainingSpec withEpochs(int value) {
    return new TrainingSpec(value, learningRate, weightDecay, patience, metricsEvery);
  }

  public TrainingSpec withLearningRate(double value) {
    return new TrainingSpec(epochs, value, weightDecay, patience, metricsEvery);
  }
}
