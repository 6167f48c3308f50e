package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.DatasetSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.EvaluationSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TrainingSpec;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Each option of {@code train} sets its own field of the experiment, over a configuration, and
 * leaves every other field as the configuration has it; no training is run.
 */
class TrainOptionsTest {
  /** A configuration whose every field differs from the defaults and from the options below. */
  private static final Experiment CONFIGURED = new ExperimentMapper().readYaml("""
      seed: 7
      dataset: {name: cora, data_dir: /data/planetoid, normalize_features: true}
      encoder: {type: gcn, units: [16, 32], activation: relu, dropout: 0.25, self_loops: false}
      task: {type: dgi}
      training: {epochs: 50, learning_rate: 0.01, weight_decay: 0.001, patience: 5,
                 metrics_every: 3, batch_components: 4, shuffle_components: false,
                 checkpoint_every: 9}
      evaluation: {probe_repeats: 2, probe_c: [0.5], probe_protocol: validated_l2}
      """);

  /** {@code train} with {@code args} applied to {@code base}. */
  private static Experiment apply(Experiment base, String... args) {
    TrainCommand train = new TrainCommand();
    new CommandLine(train).parseArgs(args);
    return train.apply(base);
  }

  @Test
  void noOptionLeavesTheConfigurationAsItIs() {
    assertEquals(CONFIGURED, apply(CONFIGURED));
    // Options that are not about the experiment's fields change none of them either.
    assertEquals(CONFIGURED, apply(CONFIGURED, "--quiet", "--out", "elsewhere", "--verbose"));
  }

  static Stream<Arguments> trainingOptions() {
    return Stream.of(
        Arguments.of(List.of("--epochs", "7"),
            new TrainingSpec(7, 0.01, 0.001, 5, 3, 4, false, 9)),
        Arguments.of(List.of("--lr", "0.5"),
            new TrainingSpec(50, 0.5, 0.001, 5, 3, 4, false, 9)),
        Arguments.of(List.of("--weight-decay", "0.2"),
            new TrainingSpec(50, 0.01, 0.2, 5, 3, 4, false, 9)),
        Arguments.of(List.of("--patience", "0"),
            new TrainingSpec(50, 0.01, 0.001, 0, 3, 4, false, 9)),
        Arguments.of(List.of("--batch-components", "9"),
            new TrainingSpec(50, 0.01, 0.001, 5, 3, 9, false, 9)),
        Arguments.of(List.of("--shuffle-components"),
            new TrainingSpec(50, 0.01, 0.001, 5, 3, 4, true, 9)),
        Arguments.of(List.of("--checkpoint-every", "2"),
            new TrainingSpec(50, 0.01, 0.001, 5, 3, 4, false, 2)),
        Arguments.of(List.of("--epochs", "8", "--lr", "0.3", "--weight-decay", "0.04",
            "--patience", "6", "--batch-components", "0", "--no-shuffle-components",
            "--checkpoint-every", "1"),
            new TrainingSpec(8, 0.3, 0.04, 6, 3, 0, false, 1)));
  }

  @ParameterizedTest
  @MethodSource("trainingOptions")
  void eachTrainingOptionSetsItsSettingAndKeepsTheOthers(List<String> args,
      TrainingSpec expected) {
    assertEquals(CONFIGURED.withTraining(expected),
        apply(CONFIGURED, args.toArray(String[]::new)));
  }

  @Test
  void hiddenSetsTheLastLayersUnitsOfEveryEncoderType() {
    assertEquals(CONFIGURED.withEncoder(
            new EncoderSpec.GcnSpec(List.of(16, 64), "relu", 0.25, false)),
        apply(CONFIGURED, "--hidden", "64"));
    Experiment sage = CONFIGURED.withEncoder(new EncoderSpec.SageSpec(List.of(8), "elu", 0.5));
    assertEquals(CONFIGURED.withEncoder(new EncoderSpec.SageSpec(List.of(3), "elu", 0.5)),
        apply(sage, "--hidden", "3"));
    Experiment hetero = CONFIGURED.withEncoder(
        new EncoderSpec.HeteroSpec(List.of(8, 8, 8), "tanh", 0.5, "sum", false));
    assertEquals(CONFIGURED.withEncoder(
            new EncoderSpec.HeteroSpec(List.of(8, 8, 5), "tanh", 0.5, "sum", false)),
        apply(hetero, "--hidden", "5"));
  }

  @Test
  void seedAndProbeOptionsSetTheirFields() {
    assertEquals(CONFIGURED.withSeed(11), apply(CONFIGURED, "--seed", "11"));
    assertEquals(CONFIGURED.withEvaluation(new EvaluationSpec(9, List.of(0.5),
            EvaluationSpec.VALIDATED_L2)), apply(CONFIGURED, "--probe-repeats", "9"));
    // The probe's C stays as configured: ExperimentValidator refuses it with dgi_paper.
    assertEquals(CONFIGURED.withEvaluation(new EvaluationSpec(2, List.of(0.5),
            EvaluationSpec.DGI_PAPER)), apply(CONFIGURED, "--probe-protocol", "dgi_paper"));
  }

  @Test
  void aDataSetOptionKeepsTheOtherDataSettingsAndRecordsPathsAbsolutely(@TempDir Path tmp) {
    Path cwd = Path.of("").toAbsolutePath();
    assertEquals(CONFIGURED.withDataset(CONFIGURED.dataset().withName("citeseer")),
        apply(CONFIGURED, "--dataset", "citeseer"));
    assertEquals(CONFIGURED.withDataset(CONFIGURED.dataset()
            .withDataDir(cwd.resolve("planetoid").toString())),
        apply(CONFIGURED, "--data-dir", "./planetoid/x/.."));
    // A data directory given relative to the working directory, as train records it; the
    // configuration's Planetoid data_dir holds none of its data and is left out.
    Path relative = cwd.relativize(tmp);
    assertEquals(CONFIGURED.withDataset(CONFIGURED.dataset().withName(tmp.toString())
            .withDataDir(null)),
        apply(CONFIGURED, "--dataset", relative.toString()));
    // A name that is no directory here stays as it is, for the data sets to refuse.
    assertEquals(CONFIGURED.withDataset(CONFIGURED.dataset().withName("no-such-graph")
            .withDataDir(null)),
        apply(CONFIGURED, "--dataset", "no-such-graph"));
    // A Planetoid name in another case is recorded as the data sets name it.
    assertEquals(CONFIGURED.withDataset(CONFIGURED.dataset().withName("citeseer")),
        apply(CONFIGURED, "--dataset", "CiteSeer"));
  }

  /** Only a Planetoid data set reads a data_dir: another --dataset leaves the file's out. */
  @Test
  void aDataSetThatReadsNoDataDirLeavesTheConfigurationsOutAndSaysSo() {
    TrainCommand train = new TrainCommand();
    new CommandLine(train).parseArgs("--dataset", "CSBM");
    assertEquals(CONFIGURED.withDataset(new DatasetSpec("csbm", null)
            .withNormalizeFeatures(true)),
        train.apply(CONFIGURED));
    // --data-dir given too: kept, for the validator to refuse at dataset.data_dir.
    assertEquals("/elsewhere", apply(CONFIGURED, "--dataset", "csbm", "--data-dir",
        "/elsewhere").dataset().dataDir());
  }

  @Test
  void normalizingFeaturesIsSetOrClearedWithoutTouchingTheDataSetsName() {
    DatasetSpec plain = CONFIGURED.dataset().withNormalizeFeatures(false);
    assertEquals(CONFIGURED.withDataset(plain),
        apply(CONFIGURED, "--no-normalize-features"));
    assertEquals(CONFIGURED, apply(CONFIGURED.withDataset(plain), "--normalize-features"));
    // With --dataset too: the new name keeps the configuration's normalization.
    assertEquals(CONFIGURED.withDataset(CONFIGURED.dataset().withName("pubmed")),
        apply(CONFIGURED, "--dataset", "pubmed"));
    assertEquals(CONFIGURED.withDataset(plain.withName("pubmed")),
        apply(CONFIGURED, "--dataset", "pubmed", "--no-normalize-features"));
  }

  @Test
  void aNewRunIsNamedAfterItsTaskAndDataSetUnderRuns() {
    Path cora = TrainCommand.defaultOut(Experiment.defaults().withDataset(
        new DatasetSpec("cora", null)));
    assertEquals(Path.of("runs"), cora.getParent());
    assertTrue(cora.getFileName().toString().matches("dgi-cora-\\d{8}-\\d{6}"), cora.toString());
    Path directory = TrainCommand.defaultOut(CONFIGURED.withDataset(
        new DatasetSpec("/data/graphs/my-graph", null)));
    assertTrue(directory.getFileName().toString().matches("dgi-my-graph-\\d{8}-\\d{6}"),
        directory.toString());
    // The file system's root has no name of its own.
    Path root = TrainCommand.defaultOut(CONFIGURED.withDataset(new DatasetSpec("/", null)));
    assertTrue(root.getFileName().toString().matches("dgi-dataset-\\d{8}-\\d{6}"),
        root.toString());
  }
}
