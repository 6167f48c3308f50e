package dev.contrastive4j.runtime.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What {@code summary.json} holds: the probe's accuracies (mean and standard deviation over
 * the repeated probes) and the {@code C} chosen for it on the validation split, the training's
 * course and its timing.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"dataset", "task", "test_accuracy", "test_accuracy_std", "val_accuracy",
    "val_accuracy_std", "epochs_run", "best_epoch", "stopped_early", "final_loss", "best_loss",
    "median_epoch_seconds", "total_seconds", "probe_c"})
public record RunSummary(
    String dataset,
    String task,
    double testAccuracy,
    double testAccuracyStd,
    double valAccuracy,
    double valAccuracyStd,
    int epochsRun,
    int bestEpoch,
    boolean stoppedEarly,
    double finalLoss,
    double bestLoss,
    double medianEpochSeconds,
    double totalSeconds,
    double probeC) {}
