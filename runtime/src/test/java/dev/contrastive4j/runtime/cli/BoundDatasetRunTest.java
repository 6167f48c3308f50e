package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.util.Modules;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ProgressReporter;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose data set a Guice binding supplied (README, "Replacing a part with Guice"): the
 * command line cannot supply it again, and says so in one line instead of failing on the model.
 */
class BoundDatasetRunTest {
  @TempDir static Path tmp;
  private static Path run;
  private static String summary;

  @BeforeAll
  static void runInCodeWithABinding() throws Exception {
    GraphDataset generated = CsbmGenerator.generate(CsbmConfig.defaults().withNumNodes(200)
        .withNumClasses(3).withFeatures(40, 0.1, 0.5).withSeed(5));
    // Another graph than the experiment's csbm: 40 features, so its model has other shapes.
    GraphDataset mine = new GraphDataset("my-graph", generated.graph(),
        generated.targetNodeSet(), generated.featureName(), generated.labels(),
        generated.numClasses(), generated.split());
    Experiment experiment = Experiment.defaults()
        .withEncoder(new EncoderSpec.GcnSpec(List.of(8), null, null, null))
        .withTraining(new TrainingSpec(2, 0.01, null, 0, 1))
        .withEvaluation(new EvaluationSpec(1))
        .withOutput(new OutputSpec(null, false));
    run = tmp.resolve("run");
    Guice.createInjector(Modules.override(new RunModule(experiment))
            .with(new AbstractModule() {
              @Override
              protected void configure() {
                bind(GraphDataset.class).toInstance(mine);
              }
            }))
        .getInstance(ExperimentRun.class)
        .run(RunDirectory.create(run), ProgressReporter.silent());
    summary = Files.readString(run.resolve(RunDirectory.SUMMARY));
  }

  private static void assertOneLine(String expected, CliRun result) throws Exception {
    assertEquals(1, result.exitCode(), result.err());
    assertEquals(1, result.errLines().length, result.err());
    assertEquals("contrastive4j: " + expected, result.errLines()[0]);
    assertEquals("", result.out());
    assertEquals(summary, Files.readString(run.resolve(RunDirectory.SUMMARY)));
  }

  @Test
  void evaluateSaysTheRunMustBeEvaluatedInCode() throws Exception {
    assertOneLine(run + ": its data set 'my-graph' was supplied in code by a binding of "
        + "GraphDataset, not by config.json; evaluate the run in code, with an injector that "
        + "binds the same data set", CliRun.of("evaluate", "--run", run.toString()));
  }

  @Test
  void resumeSaysTheRunMustBeResumedInCode() throws Exception {
    String metrics = Files.readString(run.resolve(RunDirectory.METRICS));
    assertOneLine(run + ": its data set 'my-graph' was supplied in code by a binding of "
        + "GraphDataset, not by config.json; resume the run in code, with an injector that "
        + "binds the same data set", CliRun.of("train", "--resume", run.toString(), "--quiet"));
    assertEquals(metrics, Files.readString(run.resolve(RunDirectory.METRICS)));
  }

  @Test
  void itsConfigAsAnExperimentFileCannotLoadTheDataSet() throws Exception {
    Path out = tmp.resolve("again");
    assertOneLine(run.resolve(RunDirectory.CONFIG) + ": dataset.from_binding: the data set "
        + "'my-graph' was supplied in code by a binding of GraphDataset and cannot be loaded "
        + "by name; bind the same data set again (Modules.override), or name one to load",
        CliRun.of("train", "--config",
        run.resolve(RunDirectory.CONFIG).toString(), "--quiet", "--out", out.toString()));
    assertFalse(Files.exists(out));
  }
}
