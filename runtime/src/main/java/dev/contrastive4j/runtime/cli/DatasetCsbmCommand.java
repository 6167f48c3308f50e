package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.NpyFiles;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code contrastive4j dataset csbm --out DIR}: generates a CSBM graph of any size and writes it
 * as a data directory, which {@code train --dataset DIR} reads. The built-in {@code csbm} data
 * set is this command's defaults; a larger graph tries the library at scale without a download.
 */
@Command(
    name = "csbm",
    mixinStandardHelpOptions = true,
    description = {
        "Generate a synthetic CSBM graph (the built-in csbm data set with other sizes) and "
            + "write it as a data directory for 'train --dataset DIR'; prints its facts as "
            + "'dataset info' does."})
final class DatasetCsbmCommand implements Callable<Integer> {
  private static final CsbmConfig DEFAULTS = CsbmConfig.defaults();

  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Option(names = "--out", required = true, paramLabel = "DIR", converter = NonBlankPath.class,
      description = "The new data directory; must not exist, or be empty.")
  Path out;

  @Option(names = "--num-nodes", paramLabel = "N", description = "Nodes (default 1200).")
  Integer numNodes;

  @Option(names = "--num-classes", paramLabel = "K",
      description = "Balanced planted classes (default 6).")
  Integer numClasses;

  @Option(names = "--average-degree", paramLabel = "D",
      description = "Expected neighbours per node (default 6).")
  Double averageDegree;

  @Option(names = "--homophily", paramLabel = "H",
      description = "Expected share of edges inside a class, in [0, 1] (default 0.6).")
  Double homophily;

  @Option(names = "--num-features", paramLabel = "F",
      description = "Binary bag-of-words features (default 500).")
  Integer numFeatures;

  @Option(names = "--feature-density", paramLabel = "P",
      description = "Expected share of the words a node has, in (0, 1] (default 0.02).")
  Double featureDensity;

  @Option(names = "--feature-signal", paramLabel = "S",
      description = "Expected share of a node's words from its class's topic, in [0, 1] "
          + "(default 0.47).")
  Double featureSignal;

  @Option(names = "--seed", paramLabel = "S",
      description = "Seed; the same options give the same graph (default 0).")
  Long seed;

  @Override
  public Integer call() throws Exception {
    int nodes = numNodes != null ? numNodes : DEFAULTS.numNodes();
    int classes = numClasses != null ? numClasses : DEFAULTS.numClasses();
    double degree = averageDegree != null ? averageDegree : DEFAULTS.averageDegree();
    double h = homophily != null ? homophily : DEFAULTS.homophily();
    int features = numFeatures != null ? numFeatures : DEFAULTS.numFeatures();
    double density = featureDensity != null ? featureDensity : DEFAULTS.featureDensity();
    double signal = featureSignal != null ? featureSignal : DEFAULTS.featureSignal();
    // The parameters a refusal names (the check names them only to say what is wrong).
    Set<String> named = new LinkedHashSet<>();
    try {
      // Before anything is generated, in the options' own names.
      CsbmConfig.check(nodes, classes, degree, h, features, density, signal, component -> {
        named.add(component);
        return option(component);
      });
    } catch (DatasetException refused) {
      // A default takes part too, which the user may not know: say which.
      List<String> defaults = named.stream().filter(c -> !given(c))
          .map(DatasetCsbmCommand::option).toList();
      throw new UserInputException(refused.getMessage() + (defaults.isEmpty() ? ""
          : "; not given, so at " + (defaults.size() == 1 ? "its default: " : "their defaults: ")
              + String.join(", ", defaults)));
    }
    CsbmConfig config = new CsbmConfig(nodes, classes, degree, h, features, density, signal,
        seed != null ? seed : DEFAULTS.seed());
    requireFileSizes(config);
    GraphDataset dataset = CsbmGenerator.generate(config);
    DatasetDirectoryWriter.write(dataset, out, ArrayFormat.NPY);
    DatasetInfoCommand.printFacts(spec, dataset);
    spec.commandLine().getErr().println("data set written to " + out);
    return 0;
  }

  /**
   * Refuses, before generating anything, a graph whose features or edges would not fit in one
   * array of a file (features are written sparse, a .npz file of float32 values and int32
   * column indices; edges as two int32 per edge in a .npy file), which would otherwise fail
   * only when written, naming a file instead of the options.
   */
  private void requireFileSizes(CsbmConfig config) {
    double nonZeros = (double) config.numNodes() * config.numFeatures()
        * config.featureDensity();
    if (nonZeros * Float.BYTES > NpyFiles.MAX_DATA_BYTES) {
      throw new UserInputException("--num-nodes " + config.numNodes() + ", --num-features "
          + config.numFeatures() + " and --feature-density " + config.featureDensity()
          + " make about " + String.format(Locale.ROOT, "%,.0f", nonZeros) + " non-zero "
          + "features, 4 bytes each, more than the 2 GiB an array of a .npz file holds; lower "
          + "one of them");
    }
    double edges = config.expectedDirectedEdges();
    if (edges * 2 * Integer.BYTES > NpyFiles.MAX_DATA_BYTES) {
      throw new UserInputException("--num-nodes " + config.numNodes() + " and --average-degree "
          + config.averageDegree() + " make about "
          + String.format(Locale.ROOT, "%,.0f", edges) + " directed "
          + "edges, 8 bytes each, more than the 2 GiB a .npy file holds; lower one of them");
    }
  }

  /** Whether the option of a {@link CsbmConfig} component was given. */
  private boolean given(String component) {
    return switch (component) {
      case "numNodes" -> numNodes != null;
      case "numClasses" -> numClasses != null;
      case "averageDegree" -> averageDegree != null;
      case "homophily" -> homophily != null;
      case "numFeatures" -> numFeatures != null;
      case "featureDensity" -> featureDensity != null;
      case "featureSignal" -> featureSignal != null;
      default -> throw new IllegalArgumentException("not a CSBM parameter: " + component);
    };
  }

  /** The option of a {@link CsbmConfig} component: {@code numNodes} is {@code --num-nodes}. */
  static String option(String component) {
    return "--" + component.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }
}
