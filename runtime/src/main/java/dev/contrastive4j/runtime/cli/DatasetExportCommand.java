package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.io.ArrayFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code contrastive4j dataset export --dataset NAME --out DIR}: writes a data set the library
 * loads (a Planetoid graph, the built-in {@code csbm}, a data directory) as a data directory,
 * which {@code train --dataset DIR} reads back to the same data set and NumPy, scipy or pandas
 * read file by file: to look at a built-in graph, edit it, or convert one format to the other.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
        "Write a data set (cora, citeseer, pubmed, csbm or a data directory) as a data directory "
            + "for 'train --dataset DIR', of .npy files (sparse features as scipy's .npz) or CSV "
            + "files; prints its facts as 'dataset info' does."})
final class DatasetExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin DatasetOptions data;

  @Option(names = "--out", required = true, paramLabel = "DIR", converter = NonBlankPath.class,
      description = "The new data directory; must not exist, or be empty.")
  Path out;

  @Option(names = "--format", paramLabel = "npy|csv", defaultValue = "npy",
      description = "The arrays' files: npy (NumPy's .npy, sparse features as scipy's .npz) or "
          + "csv (text; sparse features dense, arrays of more than two dimensions still .npy). "
          + "Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws Exception {
    ArrayFormat arrays = arrayFormat(format);
    // Before the data set is loaded (perhaps downloaded): a full --out would refuse it anyway.
    DatasetDirectoryWriter.requireWritable(out);
    GraphDataset dataset = data.load(spec.commandLine().getErr());
    DatasetDirectoryWriter.write(dataset, out, arrays);
    DatasetInfoCommand.printFacts(spec, dataset);
    spec.commandLine().getErr().println("data set written to " + out);
    return 0;
  }

  /** The format whose extension is {@code name} ({@code npy}, {@code csv}), in any case. */
  static ArrayFormat arrayFormat(String name) {
    String extension = "." + name.toLowerCase(Locale.ROOT);
    for (ArrayFormat format : ArrayFormat.values()) {
      if (format.extension().equals(extension)) {
        return format;
      }
    }
    throw new UserInputException("--format " + name + ": must be " + Arrays.stream(
        ArrayFormat.values()).map(f -> f.extension().substring(1)).collect(
        Collectors.joining(" or ")));
  }
}
