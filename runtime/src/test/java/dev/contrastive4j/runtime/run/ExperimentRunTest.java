package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.OutputSpec;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.api.experiment.dsl.Experiments;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.runtime.data.DatasetOrigin;
import dev.contrastive4j.runtime.data.csbm.CsbmConfig;
import dev.contrastive4j.runtime.data.csbm.CsbmGenerator;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.inject.ReplacedParts;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.ForwardingTask;
import dev.contrastive4j.runtime.training.DivergenceException;
import dev.contrastive4j.runtime.training.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentRunTest {
  /** A small CSBM graph: 4 classes, chance is 0.25. */
  private static final GraphDataset SMALL = CsbmGenerator.generate(CsbmConfig.defaults()
      .withNumNodes(800).withNumClasses(4).withFeatures(300, 0.03, 0.5).withSeed(3));

  private static final Experiment EXPERIMENT = Experiment.defaults()
      .withSeed(1)
      .withEncoder(new EncoderSpec.GcnSpec(List.of(64), null, null, null))
      .withTraining(new TrainingSpec(60, 0.005, null, 20, 20))
      .withEvaluation(new EvaluationSpec(2));

  /** The run's injector, with the data set replaced through a Guice override. */
  private static Injector injector(Experiment experiment) {
    return injector(experiment, SMALL);
  }

  private static Injector injector(Experiment experiment, GraphDataset dataset) {
    return BoundDatasets.injector(experiment, dataset);
  }

  /**
   * What a run of {@code experiment} in {@code dir} records: its data set came from the binding
   * above, and it was written to {@code dir}.
   */
  private static Experiment asRecorded(Experiment experiment, RunDirectory dir) {
    return experiment.withDataset(DatasetSpec.bound(SMALL.name()))
        .withOutput(new OutputSpec(dir.path().toString(), experiment.output().charts()));
  }

  @Test
  void dgiLearnsFarAboveChanceAndWritesEveryOutput(@TempDir Path tmp) throws Exception {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    ExperimentRun run = injector(EXPERIMENT).getInstance(ExperimentRun.class);
    long start = System.nanoTime();
    RunSummary summary = run.run(dir, ProgressReporter.silent());
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(summary.testAccuracy() > 0.5, "chance is 0.25, got " + summary.testAccuracy());
    // Timed within the call: training, probe and pictures.
    assertTrue(summary.totalSeconds() > 0 && summary.totalSeconds() <= seconds,
        summary.totalSeconds() + " s of a call of " + seconds + " s");
    assertEquals("dgi", summary.task());
    for (String name : List.of(RunDirectory.CONFIG, RunDirectory.METRICS,
        RunDirectory.EMBEDDINGS, RunDirectory.SUMMARY, RunDirectory.LOSS_CHART,
        RunDirectory.EMBEDDING_CHART)) {
      assertTrue(Files.size(dir.resolve(name)) > 0, name);
    }
    // The data set came from the binding above, not from the experiment's spec (csbm).
    assertEquals(asRecorded(EXPERIMENT, dir), dir.readConfig());
    assertEquals(summary, dir.readSummary());
    assertEquals(summary.epochsRun(), Files.readAllLines(dir.resolve(RunDirectory.METRICS))
        .size());
    assertEquals(800, NpyFiles.read(dir.resolve(RunDirectory.EMBEDDINGS)).rows());
    assertEquals(64, NpyFiles.read(dir.resolve(RunDirectory.EMBEDDINGS)).columns());
    assertTrue(ImageIO.read(dir.resolve(RunDirectory.LOSS_CHART).toFile()).getWidth() > 0);
    assertTrue(Checkpoint.exists(dir));
    String firstLine = Files.readAllLines(dir.resolve(RunDirectory.METRICS)).get(0);
    assertTrue(firstLine.startsWith("{\"epoch\":1,\"loss\":"), firstLine);
  }

  @Test
  void withoutValidationNodesTheValAccuracyIsWrittenAsNaNAndReadBack(@TempDir Path tmp)
      throws Exception {
    GraphDataset noVal = new GraphDataset(SMALL.name(), SMALL.graph(), SMALL.targetNodeSet(),
        SMALL.featureName(), SMALL.labels(), SMALL.numClasses(),
        new Split(SMALL.split().train(), new int[0], SMALL.split().test()));
    Experiment oneC = EXPERIMENT.withTraining(new TrainingSpec(5, 0.005, null, 0, 100))
        .withEvaluation(new EvaluationSpec(2, List.of(1.0)));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = injector(oneC, noVal).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertTrue(Double.isNaN(summary.valAccuracy()));
    assertTrue(Double.isNaN(summary.valAccuracyStd()));
    assertTrue(summary.testAccuracy() > 0.25, "chance is 0.25, got " + summary.testAccuracy());
    String json = Files.readString(dir.resolve(RunDirectory.SUMMARY));
    assertTrue(json.contains("\"val_accuracy\" : \"NaN\""), json);
    assertEquals(summary, dir.readSummary());
  }

  @Test
  void resumedRunEndsWhereAnUninterruptedOneEnds(@TempDir Path tmp) throws Exception {
    Experiment full = EXPERIMENT.withTraining(new TrainingSpec(20, 0.005, null, 0, 100));
    RunDirectory whole = RunDirectory.create(tmp.resolve("whole"));
    RunSummary expected = injector(full).getInstance(ExperimentRun.class)
        .run(whole, ProgressReporter.silent());

    // The same run stopped after 10 epochs (its checkpoint), then resumed to 20.
    Experiment first = full.withTraining(new TrainingSpec(10, 0.005, null, 0, 100));
    RunDirectory split = RunDirectory.create(tmp.resolve("split"));
    injector(first).getInstance(ExperimentRun.class).run(split, ProgressReporter.silent());
    split.writeConfig(asRecorded(full, split));
    List<String> before = Files.readAllLines(split.resolve(RunDirectory.METRICS));
    RunSummary resumed = injector(full).getInstance(ExperimentRun.class)
        .resume(split, ProgressReporter.silent());
    assertEquals(expected.finalLoss(), resumed.finalLoss(), 1e-6);
    // metrics.jsonl is written anew from the checkpoint: the same first lines, then the rest.
    List<String> after = Files.readAllLines(split.resolve(RunDirectory.METRICS));
    assertEquals(before, after.subList(0, 10));
    assertEquals(20, after.size());
    assertEquals(expected.epochsRun(), resumed.epochsRun());
    assertEquals(expected.testAccuracy(), resumed.testAccuracy(), 1e-9);

    // Stopped before its first checkpoint (config.json and some metrics lines): resuming
    // runs it from the start, which gives the same numbers.
    RunDirectory early = RunDirectory.create(tmp.resolve("early"));
    early.writeConfig(asRecorded(full, early));
    Files.writeString(early.resolve(RunDirectory.METRICS), "{\"epoch\":1,\"loss\":0.69}\n{\"ep");
    RunSummary restarted = injector(full).getInstance(ExperimentRun.class)
        .resume(early, ProgressReporter.silent());
    assertEquals(expected.finalLoss(), restarted.finalLoss(), 1e-6);
    assertEquals(expected.testAccuracy(), restarted.testAccuracy(), 1e-9);
    assertEquals(Files.readAllLines(whole.resolve(RunDirectory.METRICS)).size(),
        Files.readAllLines(early.resolve(RunDirectory.METRICS)).size());
  }

  @Test
  void aResumeWithMoreEpochsTrainsAFinishedRunOnAndRecordsTheNewCount(@TempDir Path tmp)
      throws Exception {
    Experiment longer = EXPERIMENT.withTraining(new TrainingSpec(20, 0.005, null, 0, 100));
    RunSummary expected = injector(longer).getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("whole")), ProgressReporter.silent());

    // A finished run of 10 epochs, resumed with 20: as if it had been made with 20.
    RunDirectory dir = RunDirectory.create(tmp.resolve("extended"));
    injector(longer.withTraining(longer.training().withEpochs(10)))
        .getInstance(ExperimentRun.class).run(dir, ProgressReporter.silent());
    RunSummary extended = injector(longer).getInstance(ExperimentRun.class)
        .resume(dir, ProgressReporter.silent());
    assertEquals(20, extended.epochsRun());
    assertEquals(expected.finalLoss(), extended.finalLoss(), 1e-6);
    assertEquals(expected.testAccuracy(), extended.testAccuracy(), 1e-9);
    assertEquals(asRecorded(longer, dir), dir.readConfig());
    assertEquals(20, Files.readAllLines(dir.resolve(RunDirectory.METRICS)).size());

    // Fewer epochs than it has trained cannot be resumed, and nothing changes.
    Experiment fewer = longer.withTraining(longer.training().withEpochs(15));
    assertEquals(dir + ": the run has trained 20 epochs, more than the 15 asked for "
        + "(training.epochs)", assertThrows(RunException.class,
            () -> injector(fewer).getInstance(ExperimentRun.class)
                .resume(dir, ProgressReporter.silent())).getMessage());
    assertEquals(asRecorded(longer, dir), dir.readConfig());
    assertEquals(extended, dir.readSummary());
  }

  @Test
  void aCompleteRunIsLeftAsItIsAndOneCutOffDuringTheProbeIsProbed(@TempDir Path tmp)
      throws Exception {
    Experiment made = EXPERIMENT.withTraining(new TrainingSpec(10, 0.005, null, 0, 100));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = injector(made).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    byte[] summaryFile = Files.readAllBytes(dir.resolve(RunDirectory.SUMMARY));
    Files.delete(dir.resolve(RunDirectory.EMBEDDINGS));

    // Complete: nothing is probed or written again (the embeddings stay deleted), and the
    // outcome says so; the caller tells the user.
    Object metricsFile = fileKey(dir.resolve(RunDirectory.METRICS));
    RecordingProgress complete = new RecordingProgress();
    Resumed again = injector(made).getInstance(ExperimentRun.class)
        .resumeWithOutcome(dir, complete);
    assertEquals(new Resumed(summary, true, List.of()), again);
    assertEquals(List.of(), complete.events());
    assertArrayEquals(summaryFile, Files.readAllBytes(dir.resolve(RunDirectory.SUMMARY)));
    assertFalse(Files.exists(dir.resolve(RunDirectory.EMBEDDINGS)));
    assertEquals(metricsFile, fileKey(dir.resolve(RunDirectory.METRICS)),
        "metrics.jsonl, which holds the checkpoint's lines, is not written again");

    // Cut off during the probe (no summary.json yet): probed and written, without training.
    Files.delete(dir.resolve(RunDirectory.SUMMARY));
    RecordingProgress cutOff = new RecordingProgress();
    RunSummary probed = injector(made).getInstance(ExperimentRun.class).resume(dir, cutOff);
    assertEquals(summary.testAccuracy(), probed.testAccuracy(), 1e-9);
    assertEquals(summary.epochsRun(), probed.epochsRun());
    assertEquals(List.of("start 10 of 10", "evaluating the embeddings with a linear probe...",
        "probed C = " + probed.probeC(), "closed"), cutOff.events());
    assertEquals(probed, dir.readSummary());
    assertTrue(Files.size(dir.resolve(RunDirectory.EMBEDDINGS)) > 0);
  }

  @Test
  void aFinishedRunSaysWhichFilesItsResumeRewrote(@TempDir Path tmp) throws Exception {
    // With a patience of 1, early stopping ends this run before its 60 epochs.
    Experiment made = EXPERIMENT.withTraining(new TrainingSpec(60, 0.005, null, 1, 100));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = injector(made).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertTrue(summary.stoppedEarly(), summary.toString());
    byte[] metrics = Files.readAllBytes(dir.resolve(RunDirectory.METRICS));

    // A damaged metrics.jsonl is restored from the checkpoint.
    Files.writeString(dir.resolve(RunDirectory.METRICS), "{\"epoch\":1,\"lo");
    assertEquals(new Resumed(summary, true, List.of(RunDirectory.METRICS)),
        injector(made).getInstance(ExperimentRun.class)
            .resumeWithOutcome(dir, ProgressReporter.silent()));
    assertArrayEquals(metrics, Files.readAllBytes(dir.resolve(RunDirectory.METRICS)));

    // Fewer epochs, which early stopping ended it before: config.json records the new count.
    int fewerEpochs = summary.epochsRun() + 1;
    Experiment fewer = made.withTraining(made.training().withEpochs(fewerEpochs));
    assertEquals(new Resumed(summary, true, List.of(RunDirectory.CONFIG)),
        injector(fewer).getInstance(ExperimentRun.class)
            .resumeWithOutcome(dir, ProgressReporter.silent()));
    assertEquals(fewerEpochs, dir.readConfig().training().epochs());
    assertEquals(summary, dir.readSummary());
  }

  @Test
  void aResumedRunThatTrainsOnIsNotOneThatHadFinished(@TempDir Path tmp) {
    Experiment made = EXPERIMENT.withTraining(new TrainingSpec(4, 0.005, null, 0, 100));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    injector(made).getInstance(ExperimentRun.class).run(dir, ProgressReporter.silent());
    Experiment longer = made.withTraining(made.training().withEpochs(6));
    Resumed resumed = injector(longer).getInstance(ExperimentRun.class)
        .resumeWithOutcome(dir, ProgressReporter.silent());
    assertFalse(resumed.alreadyFinished());
    assertEquals(6, resumed.summary().epochsRun());
    assertEquals(List.of(RunDirectory.CONFIG), resumed.rewritten());
  }

  /** The identity of {@code file} on disk: a file written anew (moved into place) has another. */
  private static Object fileKey(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
  }

  @Test
  void aResumeWithAnotherConfigurationIsRefusedAndChangesNothing(@TempDir Path tmp)
      throws Exception {
    Experiment made = EXPERIMENT.withTraining(new TrainingSpec(10, 0.005, null, 0, 100));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = injector(made).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    String metrics = Files.readString(dir.resolve(RunDirectory.METRICS));

    // Parameters trained with one learning rate and seed are not continued under others.
    Experiment other = made.withSeed(2)
        .withTraining(new TrainingSpec(20, 0.01, null, 0, 100));
    assertEquals(dir + ": the run was made with another configuration (seed: 1 in "
        + dir.resolve(RunDirectory.CONFIG) + ", 2 here; training.learning_rate: 0.005 in "
        + dir.resolve(RunDirectory.CONFIG) + ", 0.01 here)", assertThrows(RunException.class,
            () -> injector(other).getInstance(ExperimentRun.class)
                .resume(dir, ProgressReporter.silent())).getMessage());
    assertEquals(asRecorded(made, dir), dir.readConfig());
    assertEquals(summary, dir.readSummary());
    assertEquals(metrics, Files.readString(dir.resolve(RunDirectory.METRICS)));

    // Where the experiment says the output goes does not matter: the run directory is given.
    RunSummary again = injector(made.withOutput(new OutputSpec("elsewhere", null)))
        .getInstance(ExperimentRun.class).resume(dir, ProgressReporter.silent());
    assertEquals(summary.testAccuracy(), again.testAccuracy(), 1e-9);
  }

  @Test
  void moreEpochsForARunThatEarlyStoppingEndedAreRefused(@TempDir Path tmp) {
    Experiment impatient = EXPERIMENT.withTraining(new TrainingSpec(60, 0.005, null, 1, 100));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary stopped = injector(impatient).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertTrue(stopped.stoppedEarly(), "patience 1 ends the run early");

    Experiment more = impatient.withTraining(impatient.training().withEpochs(120));
    assertEquals(dir + ": early stopping ended the run at epoch " + stopped.epochsRun()
        + " (training.patience = 1), so more epochs would not train it further; start a new "
        + "run with a larger --patience", assertThrows(RunException.class,
            () -> injector(more).getInstance(ExperimentRun.class)
                .resume(dir, ProgressReporter.silent())).getMessage());
    assertEquals(asRecorded(impatient, dir), dir.readConfig());

    // Fewer epochs, still all those it trained: the run is as it was, with the count recorded.
    Experiment fewer = impatient.withTraining(impatient.training()
        .withEpochs(stopped.epochsRun()));
    RunSummary again = injector(fewer).getInstance(ExperimentRun.class)
        .resume(dir, ProgressReporter.silent());
    assertEquals(stopped.epochsRun(), again.epochsRun());
    assertEquals(stopped.testAccuracy(), again.testAccuracy(), 1e-9);
    assertEquals(asRecorded(fewer, dir), dir.readConfig());
  }

  @Test
  void miniBatchesOfComponentsTrainStepByStep(@TempDir Path tmp) {
    // Twelve small graphs as twelve components; batches of four: three steps per epoch.
    GraphDataset many = CsbmGenerator.generate(CsbmConfig.defaults().withNumNodes(240)
        .withNumClasses(3).withFeatures(60, 0.1, 0.5).withSeed(4));
    GraphDataset components = TestComponents.split(many, 12);
    Experiment e = EXPERIMENT.withEncoder(new EncoderSpec.GcnSpec(List.of(16), null, null, null))
        .withTask(new dev.contrastive4j.api.experiment.TaskSpec.DgiSpec(null, null, null, null,
            null, null, new dev.contrastive4j.api.experiment.ReadoutSpec.Pool("mean")))
        .withTraining(new TrainingSpec(5, 0.01, null, 0, 5, 4));
    Injector injector = injector(e, components);
    RunSummary summary = injector.getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("run")), ProgressReporter.silent());
    assertEquals(5, summary.epochsRun());
    assertEquals(15, injector.getInstance(dev.contrastive4j.runtime.tensor.Optimizer.class)
        .iteration());
    assertTrue(Double.isFinite(summary.finalLoss()));
  }

  @Test
  void aResumedRunOfMiniBatchesEndsWhereAnUninterruptedOneEnds(@TempDir Path tmp)
      throws Exception {
    // Twelve components in steps of five (5, 5 and 2), in a new order each epoch, Barlow Twins
    // with its random views and encoder dropout; cut off after the checkpoint of epoch 10.
    int checkpointEvery = 10;
    GraphDataset components = TestComponents.split(CsbmGenerator.generate(CsbmConfig.defaults()
        .withNumNodes(120).withNumClasses(3).withFeatures(30, 0.2, 0.5).withSeed(4)), 12);
    Experiment e = EXPERIMENT
        .withEncoder(Experiments.gcn(g -> g.units(8).dropout(0.2)))
        .withTask(dev.contrastive4j.api.experiment.TaskSpec.BarlowTwinsSpec.DEFAULT)
        .withTraining(new TrainingSpec(checkpointEvery + 4, 0.01, null, 0, 20, 5, null,
            checkpointEvery));
    RunDirectory whole = RunDirectory.create(tmp.resolve("whole"));
    RunSummary expected = injector(e, components).getInstance(ExperimentRun.class)
        .run(whole, ProgressReporter.silent());
    RunDirectory cut = RunDirectory.create(tmp.resolve("cut"));
    ProgressReporter killedAfterTheCheckpoint = new ProgressReporter() {
      @Override
      public void start(int done, int epochs) {}

      @Override
      public void epoch(int epoch, double loss) {
        if (epoch == checkpointEvery + 2) {
          throw new IllegalStateException("killed");
        }
      }

      @Override
      public void stage(String message) {}

      @Override
      public void close() {}
    };
    assertThrows(IllegalStateException.class, () -> injector(e, components)
        .getInstance(ExperimentRun.class).run(cut, killedAfterTheCheckpoint));
    // As if the first session's epochs had taken 100 s each: far longer than the resume, so
    // that the total shows whether it counts them.
    Path progress = cut.resolve(RunDirectory.CHECKPOINT).resolve("progress.json");
    ObjectNode saved = (ObjectNode) RunDirectory.JSON.readTree(progress.toFile());
    saved.withArray("epochs").forEach(epoch -> ((ObjectNode) epoch).put("seconds", 100.0));
    RunDirectory.JSON.writeValue(progress.toFile(), saved);
    ExperimentRun again = injector(e, components).getInstance(ExperimentRun.class);
    long start = System.nanoTime();
    RunSummary resumed = again.resume(cut, ProgressReporter.silent());
    double seconds = (System.nanoTime() - start) / 1e9;
    // The total counts the training steps of the checkpoint's epochs, then this session's time.
    double earlier = 100.0 * checkpointEvery;
    assertTrue(resumed.totalSeconds() >= earlier && resumed.totalSeconds() <= earlier + seconds,
        resumed.totalSeconds() + " s, " + earlier + " s before the resume, " + seconds
            + " s of the resume");
    assertEquals(expected.finalLoss(), resumed.finalLoss(), 0);
    assertEquals(expected.testAccuracy(), resumed.testAccuracy(), 0);
    assertEquals(withoutSeconds(whole.resolve(RunDirectory.METRICS)),
        withoutSeconds(cut.resolve(RunDirectory.METRICS)));
    assertArrayEquals(Files.readAllBytes(whole.resolve(RunDirectory.EMBEDDINGS)),
        Files.readAllBytes(cut.resolve(RunDirectory.EMBEDDINGS)));
  }

  @Test
  void miniBatchesInTheStoredOrderAreRecordedAndAResumeMustKeepThem(@TempDir Path tmp)
      throws Exception {
    // Twelve components in steps of five (5, 5 and 2).
    GraphDataset components = TestComponents.split(CsbmGenerator.generate(CsbmConfig.defaults()
        .withNumNodes(120).withNumClasses(3).withFeatures(30, 0.2, 0.5).withSeed(4)), 12);
    Experiment shuffled = EXPERIMENT.withEncoder(Experiments.gcn(g -> g.units(8)))
        .withTask(new dev.contrastive4j.api.experiment.TaskSpec.DgiSpec(null, null, null, null,
            null, null, new dev.contrastive4j.api.experiment.ReadoutSpec.Pool("mean")))
        .withTraining(new TrainingSpec(3, 0.01, null, 0, 20, 5))
        .withEvaluation(new EvaluationSpec(1));
    Experiment inOrder = shuffled.withTraining(new TrainingSpec(3, 0.01, null, 0, 20, 5, false));
    RunDirectory dir = RunDirectory.create(tmp.resolve("in-order"));
    RunSummary summary = injector(inOrder, components).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
    assertEquals(false, new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve(RunDirectory.CONFIG).toFile()).get("training")
        .get("shuffle_components").asBoolean(true));
    assertEquals(inOrder.training(), dir.readConfig().training());
    // The order changes the numbers, so a resume may not change it.
    assertNotEquals(summary.finalLoss(), injector(shuffled, components)
        .getInstance(ExperimentRun.class)
        .run(RunDirectory.create(tmp.resolve("shuffled")), ProgressReporter.silent())
        .finalLoss());
    Experiment onShuffled = shuffled.withTraining(shuffled.training().withEpochs(6));
    assertEquals(dir + ": the run was made with another configuration "
        + "(training.shuffle_components: false in " + dir.resolve(RunDirectory.CONFIG)
        + ", true here)", assertThrows(RunException.class, () -> injector(onShuffled,
            components).getInstance(ExperimentRun.class).resume(dir, ProgressReporter.silent()))
        .getMessage());
  }

  /** The lines of metrics.jsonl without their timings. */
  private static List<String> withoutSeconds(Path metrics) throws Exception {
    return Files.readAllLines(metrics).stream()
        .map(line -> line.replaceAll(",\"seconds\":[^,}]*", "")).toList();
  }

  @Test
  void aDivergenceKeepsTheLastCheckpointAndSaysWhere(@TempDir Path tmp) {
    Experiment e = EXPERIMENT.withTraining(new TrainingSpec(80, 0.005, null, 0, 100));
    Injector injector = injector(e);
    ParameterStore store = injector.getInstance(ParameterStore.class);
    Optimizer optimizer = injector.getInstance(Optimizer.class);
    // The loss turns infinite in epoch 56, after the checkpoint of epoch 50.
    ExperimentRun run = new ExperimentRun(e, SMALL, DatasetOrigin.BINDING,
        injector.getInstance(ReplacedParts.class), injector.getInstance(Encoder.class),
        infiniteFromStep(56, injector.getInstance(Task.class)), store, optimizer,
        injector.getInstance(Trainer.class), injector.getInstance(LinearProbe.class),
        injector.getInstance(ModelClaim.class));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RecordingProgress progress = new RecordingProgress();
    DivergenceException thrown = assertThrows(DivergenceException.class,
        () -> run.run(dir, progress));
    assertEquals(56, thrown.epoch());
    assertEquals("training diverged at epoch 56: loss 'binary_crossentropy' is Infinity (try a lower "
        + "learning rate; the last checkpoint before it is kept in "
        + dir.resolve(RunDirectory.CHECKPOINT) + ")", thrown.getMessage());
    assertEquals(50, Checkpoint.load(dir, store, optimizer).epochs().size());
    assertTrue(Files.notExists(dir.resolve(RunDirectory.SUMMARY)));
    // The progress bar is closed before the error reaches the caller, who prints it.
    assertEquals(List.of("start 0 of 80", "closed"), progress.events());

    // Resumed to the epoch it diverged at, it would only diverge there again: refused.
    Experiment toTheDivergence = e.withTraining(e.training().withEpochs(56));
    assertEquals(dir + ": the run's training diverged at epoch 56 (loss 'binary_crossentropy' "
        + "is Infinity), and resumed it would diverge there again; start a new run with a lower "
        + "learning rate", assertThrows(RunException.class,
            () -> resume(toTheDivergence, dir)).getMessage());
  }

  /**
   * {@code inner} with every loss infinite from its {@code badStep}-th step on. (Not NaN: ND4J's
   * scalar multiplication does not propagate a NaN factor.)
   */
  private static Task infiniteFromStep(int badStep, Task inner) {
    int[] steps = {0};
    return new ForwardingTask(inner) {
      @Override
      public Views preprocess(GraphTensor graph) {
        steps[0]++;
        return inner.preprocess(graph);
      }

      @Override
      public Map<String, TaskLoss> losses() {
        Map<String, TaskLoss> losses = new LinkedHashMap<>();
        inner.losses().forEach((name, loss) -> losses.put(name, (labels, predictions) ->
            steps[0] >= badStep ? Ops.mul(loss.apply(labels, predictions), Double.POSITIVE_INFINITY)
                : loss.apply(labels, predictions)));
        return losses;
      }
    };
  }

  @Test
  void aDataSetFromABindingIsRecordedSoAndOnlyTheSameBindingRebuildsTheRun(@TempDir Path tmp)
      throws Exception {
    GraphDataset mine = new GraphDataset("my-graph", SMALL.graph(), SMALL.targetNodeSet(),
        SMALL.featureName(), SMALL.labels(), SMALL.numClasses(), SMALL.split());
    Experiment e = EXPERIMENT.withTraining(new TrainingSpec(3, 0.005, null, 0, 100));
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    ExperimentRun run = injector(e, mine).getInstance(ExperimentRun.class);
    RunSummary summary = run.run(dir, ProgressReporter.silent());
    assertEquals("my-graph", summary.dataset());

    // config.json names the data set that was used and says where it came from.
    Experiment recorded = dir.readConfig();
    assertEquals(e.withDataset(DatasetSpec.bound("my-graph")), run.recorded());
    assertEquals(run.recorded().withOutput(new OutputSpec(dir.path().toString(), true)),
        recorded);
    String config = Files.readString(dir.resolve(RunDirectory.CONFIG));
    assertTrue(config.contains("\"from_binding\" : true"), config);
    assertFalse(config.contains("csbm"), config);

    // What evaluate and --resume read: refused, naming the data set and what to do.
    RunException refused = assertThrows(RunException.class,
        () -> dir.readConfigToRebuild("evaluate"));
    assertEquals(dir + ": its data set 'my-graph' was supplied in code by a binding of "
        + "GraphDataset, not by config.json; evaluate the run in code, with an injector that "
        + "binds the same data set", refused.getMessage());

    // The recorded experiment alone cannot load the data set...
    ProvisionException unbound = assertThrows(ProvisionException.class,
        () -> Guice.createInjector(new RunModule(recorded)).getInstance(GraphDataset.class));
    assertEquals("dataset.from_binding: the data set 'my-graph' was supplied in code by a "
        + "binding of GraphDataset and cannot be loaded by name; bind the same data set again "
        + "(Modules.override), or name one to load", unbound.getCause().getMessage());

    // ...with the same binding it rebuilds the run: the best parameters give the embeddings.
    Injector again = injector(recorded, mine);
    ExperimentRun rebuilt = again.getInstance(ExperimentRun.class);
    Checkpoint.loadBest(dir, again.getInstance(ParameterStore.class));
    assertTrue(NpyFiles.read(dir.resolve(RunDirectory.EMBEDDINGS)).equalsWithEps(
        rebuilt.embed(), 1e-6));
    assertEquals(recorded, rebuilt.recorded());
  }

  @Test
  void theExperimentsOwnDataSetIsRecordedAsConfigured() {
    Experiment e = EXPERIMENT.withDataset(new DatasetSpec("csbm", null));
    ExperimentRun run = Guice.createInjector(new RunModule(e)).getInstance(ExperimentRun.class);
    assertEquals(e, run.recorded());
  }

  @Test
  void aRunNeverOverwritesAnotherOne(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("taken");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    RunException e = org.junit.jupiter.api.Assertions.assertThrows(RunException.class,
        () -> RunDirectory.create(dir));
    assertTrue(e.getMessage().contains("already exists and is not empty"), e.getMessage());
    assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
  }

  /** Five epochs, no early stopping. */
  private static final Experiment FIVE_EPOCHS =
      EXPERIMENT.withTraining(new TrainingSpec(5, 0.005, null, 0, 100));

  /** Runs {@code experiment} into {@code dir} to its end. */
  private static RunSummary finish(Experiment experiment, RunDirectory dir) {
    return injector(experiment).getInstance(ExperimentRun.class)
        .run(dir, ProgressReporter.silent());
  }

  /** Resumes the run in {@code dir} with {@code experiment}. */
  private static RunSummary resume(Experiment experiment, RunDirectory dir) {
    return injector(experiment).getInstance(ExperimentRun.class)
        .resume(dir, ProgressReporter.silent());
  }

  @Test
  void aRunIsNotResumedWhileAnotherRunIsWritingItsDirectory(@TempDir Path tmp)
      throws Exception {
    Experiment made = FIVE_EPOCHS;
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    RunSummary summary = finish(made, dir);
    assertFalse(dir.inUse(), "the run released its directory when it ended");
    String metrics = Files.readString(dir.resolve(RunDirectory.METRICS));

    // Another run (here in this process) is writing the directory: a resume would have
    // rewritten metrics.jsonl and appended its own epochs to the other's.
    try (RunDirectory other = RunDirectory.open(dir.path())) {
      other.lock();
      Experiment more = made.withTraining(made.training().withEpochs(10));
      RunException e = assertThrows(RunException.class, () -> resume(more, dir));
      assertEquals(dir + ": is in use: another run is writing it (it holds .lock); wait for "
          + "that run to end, or stop it, before resuming or writing this one", e.getMessage());
      assertEquals(metrics, Files.readString(dir.resolve(RunDirectory.METRICS)));
      assertEquals(asRecorded(made, dir), dir.readConfig());
    }
    assertEquals(summary, resume(made, dir));
    assertFalse(dir.inUse(), "the resume released the directory when it ended");
  }

  @Test
  void aRunLocksADirectoryGivenToItUnlockedAndReleasesItWhenItFails(@TempDir Path tmp) {
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    dir.unlock();
    boolean[] inUseWhileTraining = {false};
    ProgressReporter stopsAtTheStart = new RecordingProgress() {
      @Override
      public void start(int done, int epochs) {
        inUseWhileTraining[0] = RunDirectory.open(dir.path()).inUse();
        throw new IllegalStateException("stopped");
      }
    };
    assertThrows(IllegalStateException.class, () -> injector(FIVE_EPOCHS)
        .getInstance(ExperimentRun.class).run(dir, stopsAtTheStart));
    assertTrue(inUseWhileTraining[0], "no other run may write the directory meanwhile");
    assertFalse(dir.inUse());
  }

  @Test
  void aDataSetTheProbeCannotUseIsRefusedBeforeARunDirectoryIsWritten() {
    GraphDataset noTest = new GraphDataset(SMALL.name(), SMALL.graph(), SMALL.targetNodeSet(),
        SMALL.featureName(), SMALL.labels(), SMALL.numClasses(),
        new Split(SMALL.split().train(), SMALL.split().val(), new int[0]));
    ProvisionException e = assertThrows(ProvisionException.class,
        () -> injector(FIVE_EPOCHS, noTest).getInstance(ExperimentRun.class));
    assertEquals("data set 'csbm': split.test is empty; the linear probe reports test accuracy "
        + "and needs test nodes", e.getCause().getMessage());
  }

  @Test
  void aConfigEditedAfterTheCheckpointInAFieldThatShapesTrainingIsRefused(@TempDir Path tmp)
      throws Exception {
    Experiment made = FIVE_EPOCHS;
    RunDirectory dir = RunDirectory.create(tmp.resolve("run"));
    finish(made, dir);
    String metrics = Files.readString(dir.resolve(RunDirectory.METRICS));

    // config.json edited by hand: the run went on from its checkpoint with the new learning
    // rate, and config.json then described neither part of it.
    Experiment edited = made.withTraining(new TrainingSpec(10, 0.05, null, 0, 100));
    dir.writeConfig(asRecorded(edited, dir));
    Path copy = dir.resolve(RunDirectory.CHECKPOINT).resolve(RunDirectory.CONFIG);
    RunException e = assertThrows(RunException.class, () -> resume(edited, dir));
    assertEquals(dir.resolve(RunDirectory.CONFIG) + ": was changed after the run's checkpoint "
        + "was written (training.learning_rate: 0.005 in " + copy + ", 0.05 here); continuing "
        + "would train one run under two configurations: undo the change, or start a new run",
        e.getMessage());
    assertEquals(metrics, Files.readString(dir.resolve(RunDirectory.METRICS)));

    // The epochs, the checkpoint interval, the probe and the output may change: the run trains
    // on.
    Experiment onwards = made.withTraining(made.training().withEpochs(10).withCheckpointEvery(3))
        .withEvaluation(new EvaluationSpec(1));
    dir.writeConfig(asRecorded(onwards, dir));
    assertEquals(10, resume(onwards, dir).epochsRun());
  }
}
