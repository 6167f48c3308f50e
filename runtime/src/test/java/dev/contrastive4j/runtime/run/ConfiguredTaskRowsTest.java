package dev.contrastive4j.runtime.run;

import static dev.contrastive4j.api.experiment.dsl.Experiments.barlowTwins;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.ContextRegistry;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import dev.contrastive4j.runtime.testing.ThinningReadout;
import dev.contrastive4j.runtime.testing.TestReadouts;
import dev.contrastive4j.runtime.training.TooFewRowsException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of a configured task that stops at a step of too few rows names the readout as the
 * experiment names it ({@code task.readout}) and by its class: the trainer knows neither name.
 */
class ConfiguredTaskRowsTest {
  @Test
  void theReadoutIsNamedAsTheExperimentNamesIt(@TempDir Path tmp) {
    // A plugin readout's rows are known only when it reads: this one gives Barlow Twins one.
    Experiment oneRow = experiment(x -> x
        .encoder(gcn(g -> g.units(8)))
        .task(barlowTwins(t -> t.readout(new TestReadouts.ThinningSpec(1, 0))))
        .training(t -> t.epochs(2)));
    try (ContextRegistry plugin = ContextRegistry.install(tmp.resolve("plugins"),
        TestReadouts.class)) {
      ExperimentRun run = BoundDatasets.injector(oneRow, SmallGraphs.rings(4, 4, 4, 4))
          .getInstance(ExperimentRun.class);
      TooFewRowsException e = assertThrows(TooFewRowsException.class,
          () -> run.run(RunDirectory.create(tmp.resolve("run")), ProgressReporter.silent()));
      String message = e.getMessage();
      assertTrue(message.startsWith("training stopped in step 1 of epoch 1: the readout "
          + "'thinning' (" + ThinningReadout.class.getName() + ") gave that step one row, and "
          + "Barlow Twins standardizes each dimension"), message);
    }
  }
}
