package dev.contrastive4j.runtime.cli;

import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunSummary;
import dev.contrastive4j.runtime.run.SeedRuns;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code contrastive4j summarize RUN...}: the mean and standard deviation of the accuracies of
 * finished runs of one experiment trained with different seeds ({@link SeedRuns}), as JSON with
 * each run's figures, and one line for people on stderr.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    description = "Print the mean and standard deviation of the test and validation accuracy "
        + "of finished runs of one experiment with different seeds, and each run's figures, as "
        + "JSON.")
final class SummarizeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Parameters(paramLabel = "RUN", arity = "1..*", converter = NonBlankPath.class,
      description = "Run directories of one experiment, each with its own seed.")
  List<Path> runs;

  @Override
  public Integer call() throws Exception {
    List<RunDirectory> directories = new ArrayList<>();
    for (Path run : runs) {
      directories.add(RunDirectory.open(run));
    }
    SeedRuns seedRuns = SeedRuns.read(directories);
    JsonOutput.print(spec.commandLine().getOut(), json(seedRuns));
    spec.commandLine().getErr().println(line(seedRuns));
    return 0;
  }

  /** The JSON printed: the means and deviations first, then one object per run. */
  static Map<String, Object> json(SeedRuns seedRuns) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataset", seedRuns.dataset());
    out.put("task", seedRuns.task());
    out.put("runs", seedRuns.runs().size());
    out.put("test_accuracy", seedRuns.testMean());
    out.put("test_accuracy_std", seedRuns.testStd());
    out.put("val_accuracy", seedRuns.valMean());
    out.put("val_accuracy_std", seedRuns.valStd());
    List<Map<String, Object>> each = new ArrayList<>();
    for (SeedRuns.SeedRun run : seedRuns.runs()) {
      RunSummary s = run.summary();
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("run", run.run().toString());
      row.put("seed", run.seed());
      row.put("test_accuracy", s.testAccuracy());
      row.put("val_accuracy", s.valAccuracy());
      row.put("epochs_run", s.epochsRun());
      row.put("best_epoch", s.bestEpoch());
      row.put("median_epoch_seconds", s.medianEpochSeconds());
      each.add(row);
    }
    out.put("per_run", each);
    return out;
  }

  /**
   * The line on stderr, rounded as results are reported: {@code cora, dgi: test accuracy
   * 0.817 ± 0.007 over 5 runs (seeds 0, 1, 2, 3, 4)}.
   */
  static String line(SeedRuns seedRuns) {
    int n = seedRuns.runs().size();
    String seeds = seedRuns.runs().stream().map(r -> String.valueOf(r.seed()))
        .collect(Collectors.joining(", "));
    String plural = n == 1 ? "" : "s";
    return String.format(Locale.ROOT,
        "%s, %s: test accuracy %.3f ± %.3f over %d run%s (seed%s %s)",
        seedRuns.dataset(), seedRuns.task(), seedRuns.testMean(), seedRuns.testStd(), n, plural,
        plural, seeds);
  }
}
