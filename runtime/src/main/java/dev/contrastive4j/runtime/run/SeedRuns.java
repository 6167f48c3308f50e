package dev.contrastive4j.runtime.run;

import com.google.common.math.Stats;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.config.ExperimentDifferences;
import dev.contrastive4j.runtime.evaluation.DecimalMean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Finished runs of one experiment that differ only in their seed, as papers report a result:
 * the mean and the sample standard deviation of the runs' accuracies (each run's own accuracy
 * being the mean of its repeated probes), and each run's figures.
 *
 * @param runs the runs, in the order given, at least one
 */
public record SeedRuns(List<SeedRun> runs) {
  /**
   * The settings in which the runs may differ besides the seed: where a run is written and
   * what is written with it, never what it computes.
   */
  static final Set<String> IGNORED = Set.of("seed", "output.directory", "output.charts",
      "training.checkpoint_every");

  /**
   * One finished run.
   *
   * @param run its directory
   * @param seed the experiment's seed
   * @param summary its {@code summary.json}
   */
  public record SeedRun(Path run, long seed, RunSummary summary) {
    /** Checks that no part is null. */
    public SeedRun {
      Objects.requireNonNull(run, "run");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /**
   * Keeps an unmodifiable copy of the runs.
   *
   * @throws IllegalArgumentException if there are none
   */
  public SeedRuns {
    if (runs == null || runs.isEmpty()) {
      throw new IllegalArgumentException("SeedRuns needs at least one run");
    }
    runs = List.copyOf(runs);
  }

  /**
   * Reads the runs in {@code directories}.
   *
   * @throws RunException in one line naming the run at fault: one that has not finished (no
   *     {@code summary.json}) or diverged, whose files cannot be read, whose experiment differs
   *     from the first run's in more than the seed (the fields are named, with both values), or
   *     whose seed another run has too (the same run trained twice would count twice)
   * @throws IllegalArgumentException if there are no directories
   */
  public static SeedRuns read(List<RunDirectory> directories) {
    List<SeedRun> runs = new ArrayList<>();
    Experiment first = null;
    Map<Long, Path> bySeed = new HashMap<>();
    for (RunDirectory dir : directories) {
      Experiment experiment = dir.readConfig();
      RunSummary summary = finishedSummary(dir);
      if (first == null) {
        first = experiment;
      } else {
        Path firstPath = runs.get(0).run();
        List<String> differences = ExperimentDifferences.between(first, "in " + firstPath,
            experiment, "in " + dir.path(), IGNORED);
        if (!differences.isEmpty()) {
          throw new RunException(dir.path() + ": its experiment differs from that of "
              + firstPath + " in more than the seed (" + String.join("; ", differences)
              + "); give runs of one experiment");
        }
      }
      Path sameSeed = bySeed.putIfAbsent(experiment.seed(), dir.path());
      if (sameSeed != null) {
        throw new RunException(dir.path() + ": has seed " + experiment.seed() + ", as "
            + sameSeed + " has: the same experiment with the same seed trains to the same "
            + "numbers, which would count twice; give runs of different seeds");
      }
      runs.add(new SeedRun(dir.path(), experiment.seed(), summary));
    }
    return new SeedRuns(runs);
  }

  /** The run's summary, or an exception saying why a run without one has none. */
  private static RunSummary finishedSummary(RunDirectory dir) {
    if (Files.exists(dir.resolve(RunDirectory.SUMMARY))) {
      return dir.readSummary();
    }
    Divergence diverged = dir.readDivergence();
    if (diverged != null) {
      throw new RunException(dir.path() + ": has no results: " + diverged.describe()
          + "; leave it out");
    }
    throw new RunException(dir.path() + ": has no " + RunDirectory.SUMMARY + ": the run has "
        + "not finished (it is still training, or was stopped); give finished runs");
  }

  /** The data set the runs were trained on. */
  public String dataset() {
    return runs.get(0).summary().dataset();
  }

  /** The task the runs trained. */
  public String task() {
    return runs.get(0).summary().task();
  }

  /** Mean test accuracy over the runs. */
  public double testMean() {
    return mean(RunSummary::testAccuracy);
  }

  /** Sample standard deviation (divisor {@code n - 1}) of the test accuracy; 0 for one run. */
  public double testStd() {
    return std(RunSummary::testAccuracy);
  }

  /** Mean validation accuracy over the runs. */
  public double valMean() {
    return mean(RunSummary::valAccuracy);
  }

  /** Sample standard deviation of the validation accuracy; 0 for one run. */
  public double valStd() {
    return std(RunSummary::valAccuracy);
  }

  /** The mean of the decimals the accuracies print as, as a reader would add them. */
  private double mean(ToDoubleFunction<RunSummary> metric) {
    return DecimalMean.of(values(metric));
  }

  private double std(ToDoubleFunction<RunSummary> metric) {
    Stats stats = stats(metric);
    return stats.count() == 1 ? 0 : stats.sampleStandardDeviation();
  }

  private Stats stats(ToDoubleFunction<RunSummary> metric) {
    return Stats.of(values(metric));
  }

  private double[] values(ToDoubleFunction<RunSummary> metric) {
    return runs.stream().mapToDouble(r -> metric.applyAsDouble(r.summary())).toArray();
  }
}
