package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.Datasets;
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

  /** Loads the chosen data set. */
  GraphDataset load() {
    return Datasets.load(dataset, dataDir);
  }
}
