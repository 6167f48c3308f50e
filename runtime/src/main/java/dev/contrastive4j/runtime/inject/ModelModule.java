package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * Provides what is trained: the parameter store (seeded by the experiment), the encoder and
 * the task (with its corruptor, readout and projector), all sharing that store.
 */
public final class ModelModule extends AbstractModule {
  @Provides
  @Singleton
  ParameterStore parameters(Experiment experiment) {
    return new ParameterStore(experiment.seed());
  }

  @Provides
  @Singleton
  Encoder encoder(Experiment experiment, GraphDataset dataset, ParameterStore store) {
    return Encoders.create(experiment.encoder(), dataset, store, experiment.seed());
  }

  @Provides
  @Singleton
  Task task(Experiment experiment, GraphDataset dataset, ParameterStore store, Encoder encoder,
      Tasks tasks) {
    return tasks.create(experiment.task(), dataset, store, encoder.outputDim(),
        experiment.seed());
  }
}
