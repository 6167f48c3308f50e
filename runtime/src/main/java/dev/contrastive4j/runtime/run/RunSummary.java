package dev.contrastive4j.runtime.run;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.runtime.evaluation.ProbeProtocol;

/**
 * What {@code summary.json} holds: the probe's accuracies (mean and standard deviation over
 * the repeated probes), the {@code C} chosen for it on the validation split and what it
 * classified, the training's course and its timing.
 *
 * @param dataset the data set's name
 * @param task the task's {@code type} name
 * @param testAccuracy mean test accuracy of the repeated probes
 * @param testAccuracyStd their sample standard deviation (0 for one probe)
 * @param valAccuracy mean validation accuracy of the repeated probes
 * @param valAccuracyStd their sample standard deviation
 * @param epochsRun epochs trained, those before a resume included
 * @param bestEpoch the epoch with the lowest training loss, whose parameters give the embeddings
 * @param stoppedEarly whether early stopping ended the training
 * @param finalLoss the last epoch's training loss
 * @param bestLoss the lowest training loss
 * @param medianEpochSeconds median seconds of one epoch's training steps (metrics excluded)
 * @param totalSeconds seconds from the start of training to the written summary (probe and
 *     pictures included, data loading not); for a resumed run, those of this session plus the
 *     training-step seconds of the epochs before it (their metrics and checkpoints were not timed)
 * @param probeC the probe's {@code C}: under {@link ProbeProtocol#VALIDATED_L2} the one chosen on
 *     the validation split; under {@link ProbeProtocol#DGI_PAPER}, whose probe is unregularized,
 *     +Infinity (written {@code "Infinity"}), the {@code C} of no regularization
 * @param probeLevel what the probe classified: the nodes of the target node set, or whole graphs
 *     by the mean of their nodes' embeddings (the data set's
 *     {@link dev.contrastive4j.api.data.GraphDataset#labelLevel() labelLevel()});
 *     a summary written before this was recorded is read as {@link LabelLevel#NODE}
 * @param probeProtocol how the probe was fitted ({@code evaluation.probe_protocol}); a summary
 *     written before this was recorded is read as {@link ProbeProtocol#VALIDATED_L2}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"dataset", "task", "test_accuracy", "test_accuracy_std", "val_accuracy",
    "val_accuracy_std", "epochs_run", "best_epoch", "stopped_early", "final_loss", "best_loss",
    "median_epoch_seconds", "total_seconds", "probe_c", "probe_level",
    "probe_protocol"})
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
    double probeC,
    LabelLevel probeLevel,
    ProbeProtocol probeProtocol) {}
