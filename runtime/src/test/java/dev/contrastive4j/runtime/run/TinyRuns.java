package dev.contrastive4j.runtime.run;

import com.google.inject.Injector;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import java.util.List;

/**
 * Runs that take a second, for tests of what a run does rather than what it learns: a small
 * graph, four units, three epochs without early stopping, one probe, no pictures.
 */
final class TinyRuns {
  private TinyRuns() {}

  /** 120 nodes of 3 classes with 20 features. */
  static final GraphDataset SMALL = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(120).withNumClasses(3).withFeatures(20, 0.2, 0.5).withSeed(2));

  /** Three epochs of DGI with 4 units, one probe with C = 1, no charts. */
  static final Experiment THREE_EPOCHS = Experiment.defaults()
      .withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null))
      .withTraining(new TrainingSpec(3, null, null, 0, null))
      .withEvaluation(new EvaluationSpec(1, List.of(1.0)))
      .withOutput(new OutputSpec(null, false));

  /** A new injector of a run of {@code experiment} on {@link #SMALL}, bound in code. */
  static Injector injector(Experiment experiment) {
    return BoundDatasets.injector(experiment, SMALL);
  }
}
