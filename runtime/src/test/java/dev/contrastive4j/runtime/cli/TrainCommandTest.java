package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shortTrainingPrintsTheSummaryAndEvaluateReproducesIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--epochs", "3", "--hidden", "16", "--probe-repeats", "1",
        "--quiet", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = JSON.readTree(run.out());
    for (String key : new String[] {"test_accuracy", "test_accuracy_std", "val_accuracy",
        "epochs_run", "best_epoch", "median_epoch_seconds", "total_seconds", "final_loss"}) {
      assertTrue(summary.has(key), key + " missing from " + run.out());
    }
    assertEquals(3, summary.get("epochs_run").asInt());
    assertTrue(Files.exists(out.resolve("summary.json")));
    CliRun evaluate = CliRun.of("evaluate", "--run", out.toString(), "--probe-repeats", "1");
    assertEquals(0, evaluate.exitCode(), evaluate.err());
    JsonNode evaluated = JSON.readTree(evaluate.out());
    assertEquals(summary.get("test_accuracy").asDouble(),
        evaluated.get("test_accuracy").asDouble(), 1e-9);
    // Which parameters it probed, as summary.json says it.
    assertEquals(summary.get("epochs_run"), evaluated.get("epochs_run"), evaluate.out());
    assertEquals(summary.get("best_epoch"), evaluated.get("best_epoch"), evaluate.out());
  }

  @Test
  void oneDimensionalEmbeddingsFinishTheRunWithBothPictures(@TempDir Path tmp) {
    // The scatter once refused 1 column, failing the run after it had trained and probed.
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--epochs", "2", "--hidden", "1", "--probe-repeats", "1",
        "--quiet", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    for (String file : new String[] {"summary.json", "loss.png", "embeddings.png"}) {
      assertTrue(Files.isRegularFile(out.resolve(file)), file);
    }
  }

  @Test
  void aDivergingRunIsOneLineNamingTheEpochAndWhatIsKept(@TempDir Path tmp) {
    // Adam's steps are about the learning rate: 1e30 overflows float32 within a few epochs.
    CliRun run = CliRun.of("train", "--lr", "1e30", "--epochs", "10", "--hidden", "16",
        "--quiet", "--out", tmp.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    // Its first checkpoint was to be its last epoch's, the 10th, before the interval's 50th.
    assertTrue(run.err().strip().matches("contrastive4j: training diverged at epoch \\d+: "
        + ".+ \\(try a lower learning rate; no checkpoint had been written, the first is at "
        + "epoch 10\\)"), run.err());
  }

  @Test
  void unknownTaskIsOneLine() {
    CliRun run = CliRun.of("train", "--task", "simclr");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: unknown task 'simclr'; use one of [barlow-twins, dgi, triplet, "
        + "vicreg]" + TaskCatalog.PLUGIN_HINT, run.err().strip());
  }

  @Test
  void misspeltTaskOrDatasetSuggestsTheClosestName() {
    CliRun task = CliRun.of("train", "--task", "barlow_twin");
    assertEquals(1, task.exitCode());
    assertEquals("contrastive4j: unknown task 'barlow_twin' (did you mean 'barlow-twins'?); use "
        + "one of [barlow-twins, dgi, triplet, vicreg]" + TaskCatalog.PLUGIN_HINT,
        task.err().strip());
    CliRun dataset = CliRun.of("train", "--dataset", "corra");
    assertEquals(1, dataset.exitCode());
    assertEquals(1, dataset.errLines().length, dataset.err());
    assertTrue(dataset.err().startsWith(
        "contrastive4j: dataset.name: unknown data set 'corra' (did you mean 'cora'?); use one "
        + "of"),
        dataset.err());
  }

  @Test
  void unknownDatasetIsOneLineAndWritesNothing(@TempDir Path tmp) {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--dataset", "imagenet", "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("unknown data set 'imagenet'"), run.err());
    assertFalse(Files.exists(out), "nothing is written for a run that cannot start");
  }

  @Test
  void aDataDirTheDataSetWouldNotReadIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
    // The mistake: --data-dir taken for "my data is here", which trained the default graph.
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--data-dir",
        DatasetInfoCommandTest.exampleDirectory().toString(), "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: dataset.data_dir: only the Planetoid data "
        + "sets (cora, citeseer, pubmed) are read from a data_dir, but the data set is 'csbm'"),
        run.err());
    assertFalse(Files.exists(out), "nothing is written for a run that cannot start");
  }

  @Test
  void aDataSetPathThatIsMissingOrAFileSaysSo(@TempDir Path tmp) throws Exception {
    Path missing = tmp.resolve("my-graph");
    CliRun run = CliRun.of("train", "--dataset", missing.toString(), "--out",
        tmp.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: dataset.name: " + missing
        + ": no such directory; use "
        + "one of [cora, citeseer, pubmed, csbm] or a directory"), run.err());
    Path file = Files.writeString(tmp.resolve("graph.csv"), "0,1\n");
    run = CliRun.of("train", "--dataset", file.toString(), "--out", tmp.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: dataset.name: " + file
        + ": is a file, not a data set; "),
        run.err());
    assertFalse(Files.exists(tmp.resolve("run")));
  }

  @Test
  void anUnknownDataSetInAConfigurationNamesTheFileAndTheField(@TempDir Path tmp)
      throws Exception {
    // It was the loader's bare "unknown data set 'corra'", which named neither.
    Path yaml = Files.writeString(tmp.resolve("experiment.yaml"), "dataset: {name: corra}\n");
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--out",
        tmp.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().startsWith("contrastive4j: " + yaml + ": dataset.name: unknown data set "
        + "'corra' (did you mean 'cora'?); use one of"), run.err());
    assertFalse(Files.exists(tmp.resolve("run")));
  }

  @Test
  void aDataSetPathWithoutAFileNameSaysWhatIsMissingThere() {
    // The default run directory is named after the data directory; the root has no name, and
    // 'train --dataset /' ended in a NullPointerException instead of the data set's message.
    Path root = Path.of("").toAbsolutePath().getRoot();
    CliRun run = CliRun.of("train", "--dataset", root.toString(), "--quiet");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: " + root.resolve("dataset.json") + ": file not found; a data "
        + "set directory needs its manifest dataset.json", run.errLines()[0]);
  }

  @Test
  void anEmptyDataSetOrDataDirIsRefusedAtItsFieldAsDatasetInfoRefusesIt(@TempDir Path tmp) {
    // Made absolute before the check, "" was the working directory, read as the data set (or
    // searched for ind.cora.*) instead of refused as blank.
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--dataset", "", "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: dataset.name: must not be blank", run.errLines()[0]);
    run = CliRun.of("train", "--dataset", "cora", "--data-dir", "", "--quiet", "--out",
        out.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: dataset.data_dir: must not be blank", run.errLines()[0]);
    assertFalse(Files.exists(out));
    CliRun info = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir", "");
    assertEquals("contrastive4j: dataset.data_dir: must not be blank", info.errLines()[0]);
  }

  @Test
  void dataDirWithoutTheFilesNamesTheFile(@TempDir Path tmp) {
    CliRun run = CliRun.of("train", "--dataset", "cora", "--data-dir", tmp.toString(),
        "--out", tmp.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains(tmp.resolve("ind.cora.").toString()), run.err());
  }

  @Test
  void anOutputDirectoryInUseIsNeverOverwritten(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    CliRun run = CliRun.of("train", "--out", tmp.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("already exists and is not empty"), run.err());
    assertEquals("mine", Files.readString(tmp.resolve("notes.txt")));
  }

  @Test
  void anUnwritableOutputIsOneLine(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    CliRun run = CliRun.of("train", "--out", file.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: --out " + file.resolve("run") + ": cannot be created: " + file
        + " is a file, not a directory", run.errLines()[0]);
    assertEquals("x", Files.readString(file));
  }

  @Test
  void anOutputDirectoryFromAConfigFileIsNamedAsItsField(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("a-file");
    Files.writeString(file, "x");
    Path yaml = tmp.resolve("experiment.yaml");
    Files.writeString(yaml, "output: {directory: " + file.resolve("run") + "}\n");
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--quiet");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: " + yaml + ": output.directory: " + file.resolve("run")
        + ": cannot be created: " + file + " is a file, not a directory", run.errLines()[0]);
    assertEquals("x", Files.readString(file));
  }

  @Test
  void anOutputDirectoryOfTheOutOptionIsNotBlamedOnTheConfigFile(@TempDir Path tmp)
      throws Exception {
    Path yaml = tmp.resolve("experiment.yaml");
    Files.writeString(yaml, "seed: 1\n");
    CliRun byOption = CliRun.of("train", "--config", yaml.toString(), "--out", " ", "--quiet");
    assertEquals(1, byOption.exitCode());
    assertEquals("contrastive4j: output.directory: must not be blank",
        byOption.err().strip());
    // The same value from the file is the file's.
    Files.writeString(yaml, "output: {directory: ' '}\n");
    CliRun byFile = CliRun.of("train", "--config", yaml.toString(), "--quiet");
    assertEquals(1, byFile.exitCode());
    assertEquals("contrastive4j: " + yaml + ": output.directory: must not be blank",
        byFile.err().strip());
  }

  @Test
  void resumingWithAnotherConfigurationIsRefused(@TempDir Path tmp) throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    String summaryBefore = Files.readString(out.resolve("summary.json"));
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--lr", "0.5");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("was made with another configuration"), run.err());
    assertTrue(run.err().contains("training.learning_rate: 0.001 in " + out.resolve(
        "config.json") + ", 0.5 here"), run.err());
    assertEquals(summaryBefore, Files.readString(out.resolve("summary.json")));
  }

  @Test
  void resumingWithMoreEpochsTrainsTheRunOn(@TempDir Path tmp) throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--epochs", "4", "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(4, JSON.readTree(out.resolve("summary.json").toFile()).get("epochs_run")
        .asInt());
    assertEquals(4, JSON.readTree(out.resolve("config.json").toFile()).get("training")
        .get("epochs").asInt());
    assertEquals(4, Files.readAllLines(out.resolve("metrics.jsonl")).size());
  }

  @Test
  void aConfigWhosePartsCameFromBindingsIsRefusedAtTheField(@TempDir Path tmp) throws Exception {
    // A run made in code with its own encoder records it; the file cannot supply that encoder.
    Path yaml = tmp.resolve("recorded.yaml");
    Files.writeString(yaml, "training: {epochs: 2}\nfrom_bindings: [Encoder]\n");
    Path out = tmp.resolve("out");
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--out", out.toString(),
        "--quiet");
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: " + yaml + ": from_bindings[0]: the run's Encoder was supplied "
        + "in code by a binding, and no binding supplies it here; bind the same Encoder again "
        + "(Modules.override), or remove it from from_bindings to build it from its spec",
        run.errLines()[0]);
    assertFalse(Files.exists(out));
  }

  @Test
  void aRunInUseIsRefusedByResumeBeforeItsDataSetIsLoaded(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("graph");
    Path out = CliRun.tinyRunOnACopy(data, tmp.resolve("run"));
    TreeDelete.delete(data);
    // Another run is writing the directory: that is what the user hears, at once, although
    // the data set is gone too.
    try (var running = RunDirectory.open(out)) {
      running.lock();
      CliRun refused = CliRun.of("train", "--resume", out.toString(), "--quiet");
      assertEquals(1, refused.exitCode());
      assertEquals("contrastive4j: " + out + ": is in use: another run is writing it (it holds "
          + ".lock); wait for that run to end, or stop it, before resuming or writing this one",
          refused.err().strip());
    }
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--quiet");
    assertEquals(1, resumed.exitCode());
    assertTrue(resumed.err().contains(data.toString()), resumed.err());
  }

  @Test
  void resumingWithAConfigFileIsRefused(@TempDir Path tmp) throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    String summaryBefore = Files.readString(out.resolve("summary.json"));
    Path yaml = tmp.resolve("other.yaml");
    Files.writeString(yaml, "task: {type: vicreg}\ntraining: {epochs: 4}\n");
    CliRun run = CliRun.of("train", "--resume", out.toString(), "--config", yaml.toString(),
        "--quiet");
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.err().contains("--resume and --config cannot be used together"), run.err());
    assertEquals(summaryBefore, Files.readString(out.resolve("summary.json")));
  }

  @Test
  void resumingSomethingThatIsNotARunIsOneLine(@TempDir Path tmp) {
    CliRun run = CliRun.of("train", "--resume", tmp.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("is not a run directory"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void resumingOrEvaluatingAMissingPathOrAFileSaysWhichItIs(@TempDir Path tmp) throws Exception {
    Path missing = tmp.resolve("runs/typo");
    Path file = Files.writeString(tmp.resolve("summary.json"), "{}");
    for (String[] command : new String[][] {{"train", "--resume"}, {"evaluate", "--run"}}) {
      CliRun run = CliRun.of(command[0], command[1], missing.toString());
      assertEquals(1, run.exitCode());
      assertEquals("contrastive4j: " + missing + ": no such directory; give the directory of a "
          + "run", run.err().strip());
      run = CliRun.of(command[0], command[1], file.toString());
      assertEquals(1, run.exitCode());
      assertEquals("contrastive4j: " + file + ": is a file, not a run directory",
          run.err().strip());
    }
    assertEquals("{}", Files.readString(file));
  }

  @Test
  void aYamlConfigIsTrainedWithCommandLineOverrides(@TempDir Path tmp) throws Exception {
    Path yaml = tmp.resolve("experiment.yaml");
    Files.writeString(yaml, """
        seed: 3
        encoder: {type: gcn, units: [8]}
        task: {type: vicreg, projector_units: [4]}
        training: {epochs: 50, learning_rate: 0.01}
        evaluation: {probe_repeats: 1}
        """);
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--epochs", "2", "--quiet",
        "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("vicreg", JSON.readTree(run.out()).get("task").asText());
    JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
    assertEquals(2, config.get("training").get("epochs").asInt());
    assertEquals(0.01, config.get("training").get("learning_rate").asDouble());
    assertEquals(3, config.get("seed").asInt());
  }

  @Test
  void theConfigsOutputDirectoryIsUsedWithoutOut(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("from-config");
    Path yaml = tmp.resolve("experiment.yaml");
    Files.writeString(yaml, """
        encoder: {type: gcn, units: [8]}
        training: {epochs: 1}
        evaluation: {probe_repeats: 1}
        output: {directory: '%s', charts: false}
        """.formatted(out));
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--quiet");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.exists(out.resolve("summary.json")), "the run is written to " + out);
    assertEquals(out.toString(), JSON.readTree(out.resolve("config.json").toFile())
        .get("output").get("directory").asText());
    assertTrue(run.err().contains("run written to " + out), run.err());
  }

  @Test
  void aDataSetTheProbeCannotUseFailsBeforeAnythingIsWritten(@TempDir Path tmp) throws Exception {
    Path data = tmp.resolve("toy");
    TreeCopy.copy(DatasetInfoCommandTest.exampleDirectory(), data);
    Files.writeString(data.resolve("split/val.csv"), "node\n");
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--dataset", data.toString(), "--epochs", "1", "--hidden",
        "4", "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: data set 'toy-citations': split.val is empty; choosing the "
        + "probe's C among 6 candidates needs validation nodes (or set evaluation.probe_c to one "
        + "value)", run.err().strip());
    assertFalse(Files.exists(out), "nothing is written for a run that cannot finish");
  }

  @Test
  void aRelativeDataDirectoryIsRecordedAbsolutelySoTheRunCanBeEvaluatedFromAnywhere(
      @TempDir Path tmp) throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    Path relative = cwd.relativize(DatasetInfoCommandTest.exampleDirectory());
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--dataset", relative.toString(), "--epochs", "1",
        "--hidden", "4", "--probe-repeats", "1", "--quiet", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(DatasetInfoCommandTest.exampleDirectory().normalize().toString(),
        JSON.readTree(out.resolve("config.json").toFile()).get("dataset").get("name").asText());
    // Resuming with the same relative option is no change of configuration.
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--dataset",
        relative.toString(), "--quiet");
    assertEquals(0, resumed.exitCode(), resumed.err());
  }

  @Test
  void everyProblemOfAConfigIsReportedAtOnce(@TempDir Path tmp) throws Exception {
    Path yaml = tmp.resolve("bad.yaml");
    Files.writeString(yaml, """
        task: {type: dgi, corruptor: {type: shuffle-features, rate: 1.5}}
        training: {epochs: 0, learning_rate: 0.01}
        """);
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--out",
        tmp.resolve("run").toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("task.corruptor.rate: must be in [0, 1], was 1.5"), run.err());
    assertTrue(run.err().contains("training.epochs: must be at least 1, was 0"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(Files.exists(tmp.resolve("run")));
  }

  @Test
  void miniBatchesOfComponentsOnADataSetOfOneGraphAreRefusedBeforeAnythingIsWritten(
      @TempDir Path tmp) {
    // The built-in data sets and data directories are one graph each: --batch-components
    // would change nothing, so it is refused at the field it sets instead of ignored.
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--batch-components", "2", "--epochs", "1", "--hidden", "4",
        "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: training.batch_components: only a data set of many graphs "
        + "(components) trains in mini-batches of them, but data set 'csbm' is one graph; leave "
        + "it at 0, was 2", run.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void theOrderOfMiniBatchesIsAnOptionOfItsOwn() {
    TrainCommand train = new TrainCommand();
    Experiment defaults = Experiment.defaults();
    assertTrue(train.apply(defaults).training().shuffleComponents());
    train.batchComponents = 3;
    train.shuffleComponents = false;
    assertEquals(new TrainingSpec(1000, null, null, 20, null, 3, false),
        train.apply(defaults).training());
  }

  @Test
  void notShufflingTheWholeGraphInOneStepIsRefusedBeforeAnythingIsWritten(@TempDir Path tmp) {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--no-shuffle-components", "--epochs", "1", "--hidden", "4",
        "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: training.shuffle_components: only mini-batches "
        + "(batch_components above 0) take the components in an order, shuffled or not, and "
        + "batch_components 0 trains on the whole graph in one step; leave it at true, or set "
        + "batch_components, was false", run.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void trainAndEvaluateHaveHelp() {
    assertTrue(CliRun.of("train", "--help").out().contains("--resume"));
    assertTrue(CliRun.of("evaluate", "--help").out().contains("--run"));
  }
}
