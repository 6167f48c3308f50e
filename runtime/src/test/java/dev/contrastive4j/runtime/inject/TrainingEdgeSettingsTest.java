package dev.contrastive4j.runtime.inject;

import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.inject.Injector;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.experiment.dsl.Block;
import dev.contrastive4j.api.experiment.dsl.TrainingBuilder;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import dev.contrastive4j.runtime.training.TrainingOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Training settings at the ends of their ranges, as the run's modules check them for an
 * experiment made in code: the last value allowed trains, the next is refused.
 */
class TrainingEdgeSettingsTest {
  private static final GraphDataset RINGS = SmallGraphs.rings(3, 4, 3);

  private static Injector injector(Block<TrainingBuilder> training, GraphDataset dataset) {
    Experiment experiment = experiment(x -> x.encoder(gcn(g -> g.units(4)))
        .training(t -> training.configure(t.epochs(1))));
    return BoundDatasets.injector(experiment, dataset);
  }

  @Test
  void noPatienceAndMetricsEveryEpochTrain() {
    TrainingOptions options = injector(t -> t.patience(0).metricsEvery(1), RINGS)
        .getInstance(TrainingOptions.class);
    assertEquals(0, options.patience());
    assertEquals(1, options.metricsEvery());
  }

  @Test
  void theWholeGraphTrainsWithAComponentWithoutNodes() {
    // Only mini-batches could be made of such components alone.
    assertEquals(0, injector(t -> t.batchComponents(0), SmallGraphs.rings(3, 0, 4))
        .getInstance(TrainingOptions.class).componentsPerBatch());
  }

  @Test
  void aLearningRateOfZeroIsRefused() {
    // Made of the records themselves, which the DSL's own check does not see.
    Experiment experiment = Experiment.defaults()
        .withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null))
        .withTraining(new TrainingSpec(1, 0.0, null, null, null, null, null));
    assertEquals("training.learning_rate: must be positive, was 0.0",
        RunRefusals.of(BoundDatasets.injector(experiment, RINGS), Optimizer.class));
  }
}
