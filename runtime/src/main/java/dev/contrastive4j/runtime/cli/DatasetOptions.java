package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.runtime.data.Datasets;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --dataset} and {@code --data-dir} options shared by every command that loads data. */
public final class DatasetOptions {
  @Option(names = "--dataset", paramLabel = "NAME|DIR", defaultValue = Datasets.DEFAULT,
      description = "cora, citeseer, pubmed, csbm (synthetic, built in) or a directory in the "
          + "contrastive4j data format. Default: ${DEFAULT-VALUE}.")
  String dataset;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory holding the Planetoid ind.<name>.* files. Without it they are "
          + "read from the user cache, or downloaded into it.")
  Path dataDir;

  /**
   * Loads the chosen data set, after the checks a training run makes of the same choice (so that
   * a {@code --data-dir} the data set would not read is refused here too), and says on
   * {@code err} if it was read from Planetoid files that hold other data than the published ones.
   */
  GraphDataset load(PrintWriter err) {
    DatasetSpec spec = new DatasetSpec(dataset, dataDir == null ? null : dataDir.toString());
    ExperimentValidator.validate(Experiment.defaults().withDataset(spec));
    GraphDataset loaded = Datasets.load(dataset, dataDir);
    ChangedPlanetoidFilesNote.of(spec).ifPresent(err::println);
    return loaded;
  }
}
