package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.tasks.BarlowTwins;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.ThinningReadout;
import dev.contrastive4j.runtime.training.TooFewRowsException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose task a binding supplied stops at a step of too few rows with the trainer's
 * message: the experiment's {@code task.readout} is not the readout that task reads with, and
 * is not named.
 */
class BoundTaskRowsTest {
  @Test
  void aBoundTaskIsNamedByItsClassAndItsReadoutIsNot(@TempDir Path tmp) {
    Experiment experiment = Experiment.defaults()
        .withEncoder(new EncoderSpec.GcnSpec(List.of(8), null, null, null))
        .withTraining(new TrainingSpec(2, 0.01, null, 0, 1));
    ExperimentRun run = Guice.createInjector(Modules.override(new RunModule(experiment))
        .with(new AbstractModule() {
          @Provides
          @Singleton
          Task oneRowBarlowTwins(GraphDataset dataset, ParameterStore store, Encoder encoder) {
            return new BarlowTwins(TaskSettings.of(dataset.targetNodeSet())
                .withReadout(new ThinningReadout(1, 0)), store, encoder.outputDim(), null, true);
          }
        })).getInstance(ExperimentRun.class);
    TooFewRowsException e = assertThrows(TooFewRowsException.class,
        () -> run.run(RunDirectory.create(tmp.resolve("run")), ProgressReporter.silent()));
    assertEquals("training stopped in step 1 of epoch 1: the task's readout gave that step one "
        + "row, and Barlow Twins standardizes each dimension over the rows (normalize_batch): "
        + "its loss would be constant and nothing would train; set normalize_batch to false; or "
        + "use a readout that gives every step at least 2 rows", e.getMessage());
  }
}
