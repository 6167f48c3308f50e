package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.runtime.evaluation.ProbeProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs of one experiment with different seeds, summarized as papers report them. */
class SeedRunsTest {
  @TempDir Path tmp;

  private static RunSummary summary(double test, double val) {
    return new RunSummary("cora", "dgi", test, 0.001, val, 0.002, 190, 170, true, 0.01, 0.009,
        0.07, 19.0, 1.0, LabelLevel.NODE, ProbeProtocol.VALIDATED_L2);
  }

  /** A finished run of {@code experiment} (its seed set) with the summary given. */
  private RunDirectory run(String name, Experiment experiment, RunSummary summary) {
    RunDirectory dir = RunDirectory.create(tmp.resolve(name));
    dir.writeConfig(experiment.withOutput(new OutputSpec(dir.path().toString(), null)));
    if (summary != null) {
      dir.writeSummary(summary);
    }
    return dir;
  }

  private static Experiment seed(long seed) {
    return Experiment.defaults().withSeed(seed);
  }

  private static String refusal(List<RunDirectory> runs) {
    return assertThrows(RunException.class, () -> SeedRuns.read(runs)).getMessage();
  }

  @Test
  void meanAndSampleStandardDeviationOverTheRuns() {
    SeedRuns runs = SeedRuns.read(List.of(
        run("a", seed(0), summary(0.820, 0.790)),
        run("b", seed(1), summary(0.818, 0.800)),
        run("c", seed(2), summary(0.827, 0.810))));
    // As numpy: mean and std(ddof=1) of [0.820, 0.818, 0.827] and [0.79, 0.80, 0.81].
    assertEquals(0.8216666666666667, runs.testMean(), 1e-15);
    assertEquals(0.004725815626252613, runs.testStd(), 1e-15);
    assertEquals(0.8, runs.valMean(), 1e-15);
    assertEquals(0.01, runs.valStd(), 1e-15);
    assertEquals("cora", runs.dataset());
    assertEquals("dgi", runs.task());
    assertEquals(List.of(0L, 1L, 2L), runs.runs().stream().map(SeedRuns.SeedRun::seed).toList());
    assertEquals(tmp.resolve("b"), runs.runs().get(1).run());
  }

  @Test
  void theMeanIsThatOfTheDecimalsTheAccuraciesPrintAs() {
    // DGI on Cora, seeds 0-4: summed in doubles their mean printed as 0.8170000000000001.
    double[] test = {0.819, 0.818, 0.827, 0.811, 0.810};
    double[] val = {0.796, 0.812, 0.804, 0.806, 0.792};
    List<RunDirectory> dirs = new java.util.ArrayList<>();
    for (int seed = 0; seed < test.length; seed++) {
      dirs.add(run("s" + seed, seed(seed), summary(test[seed], val[seed])));
    }
    SeedRuns runs = SeedRuns.read(dirs);
    assertEquals("0.817", Double.toString(runs.testMean()));
    assertEquals("0.802", Double.toString(runs.valMean()));
  }

  @Test
  void oneRunHasNoSpreadAndEqualAccuraciesTheirExactMean() {
    SeedRuns one = SeedRuns.read(List.of(run("a", seed(3), summary(0.81, 0.79))));
    assertEquals(0.81, one.testMean());
    assertEquals(0.0, one.testStd());
    SeedRuns same = SeedRuns.read(List.of(run("b", seed(4), summary(0.7298, 0.7)),
        run("c", seed(5), summary(0.7298, 0.7)), run("d", seed(6), summary(0.7298, 0.7))));
    assertEquals(0.7298, same.testMean());
    assertEquals(0.0, same.testStd());
  }

  @Test
  void runsMayDifferInWhereAndHowOftenTheyAreWrittenButNotInWhatTheyCompute() {
    Experiment base = seed(0);
    Experiment written = base.withSeed(1)
        .withTraining(base.training().withCheckpointEvery(5));
    SeedRuns runs = SeedRuns.read(List.of(run("a", base, summary(0.8, 0.8)),
        run("b", written.withOutput(new OutputSpec(null, false)), summary(0.9, 0.8))));
    assertEquals(2, runs.runs().size());

    RunDirectory other = run("c", base.withSeed(2).withTraining(
        base.training().withEpochs(100).withLearningRate(0.01)), summary(0.7, 0.7));
    assertEquals(tmp.resolve("c") + ": its experiment differs from that of " + tmp.resolve("a")
        + " in more than the seed (training.epochs: 1000 in " + tmp.resolve("a") + ", 100 in "
        + tmp.resolve("c") + "; training.learning_rate: 0.001 in " + tmp.resolve("a")
        + ", 0.01 in " + tmp.resolve("c") + "); give runs of one experiment",
        refusal(List.of(RunDirectory.open(tmp.resolve("a")), other)));
    RunDirectory citeseer = run("d", base.withSeed(3).withDataset(
        base.dataset().withName("citeseer")), summary(0.7, 0.7));
    assertEquals(tmp.resolve("d") + ": its experiment differs from that of " + tmp.resolve("a")
        + " in more than the seed (dataset.name: csbm in " + tmp.resolve("a") + ", citeseer in "
        + tmp.resolve("d") + "); give runs of one experiment",
        refusal(List.of(RunDirectory.open(tmp.resolve("a")), citeseer)));
  }

  @Test
  void aSeedTwiceWouldCountOneRunTwice() {
    RunDirectory a = run("a", seed(7), summary(0.8, 0.8));
    RunDirectory b = run("b", seed(8), summary(0.8, 0.8));
    RunDirectory again = run("again", seed(7), summary(0.8, 0.8));
    assertEquals(tmp.resolve("again") + ": has seed 7, as " + tmp.resolve("a") + " has: the "
        + "same experiment with the same seed trains to the same numbers, which would count "
        + "twice; give runs of different seeds", refusal(List.of(a, b, again)));
    // The same directory given twice is the same case.
    assertEquals(tmp.resolve("b") + ": has seed 8, as " + tmp.resolve("b") + " has: the "
        + "same experiment with the same seed trains to the same numbers, which would count "
        + "twice; give runs of different seeds", refusal(List.of(a, b, b)));
  }

  @Test
  void unfinishedAndDivergedRunsAreNamedWithWhy() {
    RunDirectory done = run("done", seed(0), summary(0.8, 0.8));
    RunDirectory unfinished = run("unfinished", seed(1), null);
    assertEquals(tmp.resolve("unfinished") + ": has no summary.json: the run has not finished "
        + "(it is still training, or was stopped); give finished runs",
        refusal(List.of(done, unfinished)));
    RunDirectory diverged = run("diverged", seed(2), null);
    diverged.writeDivergence(new Divergence(12, "the loss is NaN"));
    assertEquals(tmp.resolve("diverged") + ": has no results: the run's training diverged at "
        + "epoch 12 (the loss is NaN); leave it out", refusal(List.of(done, diverged)));
  }

  @Test
  void aDamagedSummaryIsNamedAsReadingItNamesIt() throws Exception {
    RunDirectory damaged = run("damaged", seed(0), summary(0.8, 0.8));
    Path file = damaged.resolve(RunDirectory.SUMMARY);
    Files.writeString(file, "[]");
    assertEquals(file + ": must hold a JSON object (the run's summary)",
        refusal(List.of(damaged)));
  }

  @Test
  void needsARun() {
    assertThrows(IllegalArgumentException.class, () -> SeedRuns.read(List.of()));
    assertThrows(IllegalArgumentException.class, () -> new SeedRuns(List.of()));
  }
}
