package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExperimentValidatorTest {
  private static final Experiment BASE = Experiment.defaults();

  private static TaskSpec dgiWith(@Nullable CorruptorSpec corruptor,
      @Nullable CorruptorSpec cleanView, @Nullable ReadoutSpec readout) {
    return new TaskSpec.DgiSpec(null, null, null, null, corruptor, cleanView, readout);
  }

  private static Experiment withTraining(Integer epochs, Double learningRate,
      Double weightDecay, Integer patience, Integer metricsEvery) {
    return BASE.withTraining(new TrainingSpec(epochs, learningRate, weightDecay, patience,
        metricsEvery));
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(BASE.withDataset(new DatasetSpec(" ", null)),
            "dataset.name: must not be blank"),
        Arguments.of(BASE.withDataset(new DatasetSpec("cora", "")),
            "dataset.data_dir: must not be blank"),
        Arguments.of(BASE.withDataset(new DatasetSpec("my\0graph", null)),
            "dataset.name: must not hold a NUL character (\\u0000), which no path can"),
        // A NUL as the very first character counts too.
        Arguments.of(BASE.withDataset(new DatasetSpec("\0graph", null)),
            "dataset.name: must not hold a NUL character (\\u0000), which no path can"),
        Arguments.of(BASE.withEvaluation(new EvaluationSpec(5, List.of(0.0))),
            "evaluation.probe_c[0]: must be positive and finite, was 0.0"),
        Arguments.of(BASE.withEvaluation(new EvaluationSpec(5, List.of(1.0, 1e-50))),
            "evaluation.probe_c[1]: must be at least 1.4E-45 (the smallest float above 0, "
                + "which training computes in), was 1.0E-50"),
        Arguments.of(BASE.withDataset(new DatasetSpec("cora", "/data\0")),
            "dataset.data_dir: must not hold a NUL character (\\u0000), which no path can"),
        Arguments.of(BASE.withOutput(new OutputSpec("runs/\0", null)),
            "output.directory: must not hold a NUL character (\\u0000), which no path can"),
        Arguments.of(BASE.withDataset(new DatasetSpec("csbm", "/data/planetoid")),
            "dataset.data_dir: only the Planetoid data sets (cora, citeseer, pubmed) are read "
                + "from a data_dir, but the data set is 'csbm'; give a data directory of your "
                + "own as the data set's name"),
        Arguments.of(BASE.withDataset(new DatasetSpec("my-graph", "/data/planetoid")),
            "dataset.data_dir: only the Planetoid data sets (cora, citeseer, pubmed) are read "
                + "from a data_dir, but the data set is 'my-graph'; give a data directory of "
                + "your own as the data set's name"),
        Arguments.of(BASE.withDataset(DatasetSpec.bound("cora").withNormalizeFeatures(true)),
            "dataset.normalize_features: a data set supplied by a binding (from_binding) is not "
                + "loaded here, so its features are not normalized here either; normalize them in "
                + "code"),
        Arguments.of(BASE.withDataset(new DatasetSpec("cora", "/data/planetoid", false, true)),
            "dataset.data_dir: a data set supplied by a binding (from_binding) is not read from "
                + "a data_dir"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.GcnSpec(List.of(16, -3), null, null,
            null)), "encoder.units[1]: must be positive, was -3"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.SageSpec(null, "gelu", null)),
            "encoder.activation: must be one of none, relu, sigmoid, tanh, prelu, prelu_shared, was 'gelu'"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.GcnSpec(null, null, 1.0, null)),
            "encoder.dropout: must be in [0, 1), was 1.0"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.GcnSpec(null, null, -0.1, null)),
            "encoder.dropout: must be in [0, 1), was -0.1"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.GcnSpec(null, null, Double.NaN, null)),
            "encoder.dropout: must be a finite number, was NaN"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.SageSpec(null, null,
            Double.POSITIVE_INFINITY)), "encoder.dropout: must be a finite number, was Infinity"),
        // Below 1, but 1 as the float training computes in: dropout's scale would be infinite.
        Arguments.of(BASE.withEncoder(new EncoderSpec.HeteroSpec(null, null, 0.99999999999, null,
            null)), "encoder.dropout: must be at most 0.99999994 (the largest float below 1, "
                + "which training computes in), was 0.99999999999"),
        Arguments.of(BASE.withEncoder(new EncoderSpec.HeteroSpec(null, null, null, "max",
            null)), "encoder.aggregation: must be one of mean, sum, was 'max'"),
        Arguments.of(BASE.withTask(new TaskSpec.DgiSpec("", null, null, null, null, null,
            null)), "task.node_set: must not be blank"),
        Arguments.of(BASE.withTask(new TaskSpec.DgiSpec(null, " ", null, null, null, null,
            null)), "task.feature: must not be blank"),
        Arguments.of(BASE.withTask(new TaskSpec.DgiSpec(null, null, List.of(8, 0), null, null,
            null, null)), "task.projector_units[1]: must be positive, was 0"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.ShuffleFeatures(1.5, null), null,
            null)), "task.corruptor.rate: must be in [0, 1], was 1.5"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.DropEdges(-0.5, null), null,
            null)), "task.corruptor.rate: must be in [0, 1], was -0.5"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.MaskFeatureColumns(2.0, null),
            null, null)), "task.corruptor.rate: must be in [0, 1], was 2.0"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.DropoutFeatures(1.0, null), null,
            null)), "task.corruptor.rate: must be in [0, 1), was 1.0"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.DropoutFeatures(0.99999999999,
            null), null, null)), "task.corruptor.rate: must be at most 0.99999994 (the largest "
                + "float below 1, which training computes in), was 0.99999999999"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.DropEdges(Double.NaN, null), null,
            null)), "task.corruptor.rate: must be a finite number, was NaN"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.MaskFeatureColumns(
            Double.NEGATIVE_INFINITY, null), null, null)),
            "task.corruptor.rate: must be a finite number, was -Infinity"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.ShuffleFeatures(1e-50, null), null,
            null)), "task.corruptor.rate: must be 0 or at least 1.4E-45 (the smallest float "
                + "above 0, which training computes in), was 1.0E-50"),
        Arguments.of(BASE.withTask(dgiWith(new CorruptorSpec.Compose(List.of(
            new CorruptorSpec.DropEdges(0.1, null), new CorruptorSpec.Compose(List.of(
                new CorruptorSpec.DropEdges(1.1, null))))), null, null)),
            "task.corruptor.steps[1].steps[0].rate: must be in [0, 1], was 1.1"),
        Arguments.of(BASE.withTask(dgiWith(null, new CorruptorSpec.DropEdges(3.0, null), null)),
            "task.clean_view.rate: must be in [0, 1], was 3.0"),
        Arguments.of(BASE.withTask(dgiWith(null, null, new ReadoutSpec.Pool("median"))),
            "task.readout.pooling: must be one of mean, sum, max, was 'median'"),
        Arguments.of(BASE.withTask(new TaskSpec.BarlowTwinsSpec(null, null, null, null, null,
            null, null, -1.0, null)), "task.lambda: must be >= 0, was -1.0"),
        Arguments.of(BASE.withTask(new TaskSpec.VicRegSpec(null, null, null, null, null, null,
            null, -1.0, null, null)), "task.sim_weight: must be >= 0, was -1.0"),
        Arguments.of(BASE.withTask(new TaskSpec.VicRegSpec(null, null, null, null, null, null,
            null, null, Double.POSITIVE_INFINITY, null)),
            "task.var_weight: must be a finite number, was Infinity"),
        Arguments.of(BASE.withTask(new TaskSpec.VicRegSpec(null, null, null, null, null, null,
            null, null, null, Double.NaN)), "task.cov_weight: must be a finite number, was NaN"),
        Arguments.of(BASE.withTask(new TaskSpec.VicRegSpec(null, null, null, null, null, null,
            null, 0.0, 0.0, 0.0)), "task: sim_weight, var_weight and cov_weight are all 0; at "
                + "least one must be positive (VICReg's loss has no term otherwise)"),
        Arguments.of(BASE.withTask(new TaskSpec.TripletSpec(null, null, null, null, null, null,
            null, -0.5, null)), "task.margin: must be >= 0, was -0.5"),
        Arguments.of(BASE.withTask(new TaskSpec.TripletSpec(null, null, null, null, null, null,
            null, null, new CorruptorSpec.DropoutFeatures(-1.0, null))),
            "task.positive_view.rate: must be in [0, 1), was -1.0"),
        Arguments.of(withTraining(0, null, null, null, null),
            "training.epochs: must be at least 1, was 0"),
        Arguments.of(withTraining(null, 0.0, null, null, null),
            "training.learning_rate: must be positive, was 0.0"),
        Arguments.of(withTraining(null, Double.POSITIVE_INFINITY, null, null, null),
            "training.learning_rate: must be a finite number, was Infinity"),
        Arguments.of(withTraining(null, Double.NaN, null, null, null),
            "training.learning_rate: must be a finite number, was NaN"),
        Arguments.of(withTraining(null, 1e300, null, null, null),
            "training.learning_rate: must be at most 3.4028235E38 (the largest float, which "
                + "training computes in), was 1.0E300"),
        Arguments.of(withTraining(null, null, 1e-300, null, null),
            "training.weight_decay: must be 0 or at least 1.4E-45 (the smallest float above 0, "
                + "which training computes in), was 1.0E-300"),
        Arguments.of(withTraining(null, null, -1e-4, null, null),
            "training.weight_decay: must be >= 0, was -1.0E-4"),
        Arguments.of(withTraining(null, null, null, -1, null),
            "training.patience: must be >= 0, was -1"),
        Arguments.of(withTraining(null, null, null, null, 0),
            "training.metrics_every: must be at least 1, was 0"),
        Arguments.of(BASE.withTraining(BASE.training().withCheckpointEvery(0)),
            "training.checkpoint_every: must be at least 1, was 0"),
        // The whole graph in one step takes the components in no order: false changed nothing.
        Arguments.of(BASE.withTraining(new TrainingSpec(null, null, null, null, null, 0, false)),
            "training.shuffle_components: only mini-batches (batch_components above 0) take the "
                + "components in an order, shuffled or not, and batch_components 0 trains on "
                + "the whole graph in one step; leave it at true, or set batch_components, was "
                + "false"),
        Arguments.of(BASE.withEvaluation(new EvaluationSpec(0)),
            "evaluation.probe_repeats: must be at least 1, was 0"),
        Arguments.of(BASE.withOutput(new OutputSpec("", null)),
            "output.directory: must not be blank"));
  }

  @ParameterizedTest
  @MethodSource("rules")
  void eachRuleReportsItsPathAndMessage(Experiment experiment, String problem) {
    assertEquals(List.of(problem), ExperimentValidator.problems(experiment));
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> ExperimentValidator.validate(experiment));
    assertEquals(problem, e.getMessage());
  }

  @Test
  void defaultsAndBoundariesAreValid() {
    assertEquals(List.of(), ExperimentValidator.problems(BASE));
    Experiment edges = BASE
        .withDataset(new DatasetSpec("CiteSeer", "/data/planetoid"))
        .withEncoder(new EncoderSpec.HeteroSpec(List.of(1), "PReLU", 0.0, "SUM", null))
        .withTask(new TaskSpec.TripletSpec(null, null, List.of(1), null,
            new CorruptorSpec.Compose(List.of(new CorruptorSpec.ShuffleFeatures(0.0, null),
                new CorruptorSpec.DropEdges(1.0, null))),
            new CorruptorSpec.DropoutFeatures(0.999, null), new ReadoutSpec.Pool("Max"), 0.0,
            new CorruptorSpec.MaskFeatureColumns(1.0, null)))
        .withTraining(new TrainingSpec(1, 1e-9, 0.0, 0, 1))
        .withEvaluation(new EvaluationSpec(1));
    assertSame(edges, ExperimentValidator.validate(edges));
  }

  @Test
  void everyProblemIsReportedTogetherInModelOrder() {
    Experiment bad = new Experiment(null, new DatasetSpec("", null),
        new EncoderSpec.GcnSpec(List.of(0, 0), "gelu", 1.5, null),
        dgiWith(new CorruptorSpec.ShuffleFeatures(1.5, null), null, new ReadoutSpec.Pool("x")),
        new TrainingSpec(0, -1.0, -1.0, -1, 0), new EvaluationSpec(0), new OutputSpec(" ", null));
    List<String> expected = List.of(
        "dataset.name: must not be blank",
        "encoder.units[0]: must be positive, was 0",
        "encoder.units[1]: must be positive, was 0",
        "encoder.activation: must be one of none, relu, sigmoid, tanh, prelu, prelu_shared, was 'gelu'",
        "encoder.dropout: must be in [0, 1), was 1.5",
        "task.corruptor.rate: must be in [0, 1], was 1.5",
        "task.readout.pooling: must be one of mean, sum, max, was 'x'",
        "training.epochs: must be at least 1, was 0",
        "training.learning_rate: must be positive, was -1.0",
        "training.weight_decay: must be >= 0, was -1.0",
        "training.patience: must be >= 0, was -1",
        "training.metrics_every: must be at least 1, was 0",
        "evaluation.probe_repeats: must be at least 1, was 0",
        "output.directory: must not be blank");
    assertEquals(expected, ExperimentValidator.problems(bad));
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> ExperimentValidator.validate(bad));
    assertEquals(expected, e.problems());
    String nl = System.lineSeparator();
    assertEquals("14 problems:" + nl + "  " + String.join(nl + "  ", expected), e.getMessage());
  }

  /** A plugin task with a setting of its own. */
  record TemperatureTask(@Nullable String nodeSet, @Nullable String feature,
      List<Integer> projectorUnits, @Nullable Long seed, @Nullable CorruptorSpec corruptor,
      @Nullable CorruptorSpec cleanView, @Nullable ReadoutSpec readout, double temperature)
      implements TaskSpec, CheckedSpec {
    @Override
    public void check(ConfigProblems problems) {
      problems.positive("temperature", temperature);
    }
  }

  /** A plugin corruptor. */
  record NoiseCorruptor(double sigma) implements CorruptorSpec, CheckedSpec {
    @Override
    public void check(ConfigProblems problems) {
      problems.nonNegative("sigma", sigma);
    }
  }

  /** A plugin readout. */
  record TopKReadout(int k) implements ReadoutSpec, CheckedSpec {
    @Override
    public void check(ConfigProblems problems) {
      problems.positive("k", k);
    }
  }

  @Test
  void fromBindingsNamesPartsABindingCanReplaceOnce() {
    // A misspelt or repeated part was refused only when a run was built from the file.
    Experiment recorded = new Experiment(null, null, null, null, null, null, null,
        List.of("Encoder", "encoder", "Task", "Encoder"));
    assertEquals(List.of("from_bindings[1]: 'encoder' is not a part a binding can replace; the "
            + "parts are ParameterStore, Encoder, Task, TrainingOptions, Optimizer, Trainer, "
            + "LinearProbe", "from_bindings[3]: 'Encoder' is listed twice"),
        ExperimentValidator.problems(recorded));
    assertEquals(List.of(), ExperimentValidator.problems(new Experiment(null, null, null, null,
        null, null, null, Experiment.BINDABLE_PARTS)));
  }

  @Test
  void aPluginReadoutChecksItself() {
    assertEquals(List.of("task.readout.k: must be positive, was 0"),
        ExperimentValidator.problems(BASE.withTask(dgiWith(null, null, new TopKReadout(0)))));
  }

  @Test
  void pluginSpecsAddTheirOwnChecksAfterTheCommonOnes() {
    TaskSpec task = new TemperatureTask(null, null, List.of(0), null, new NoiseCorruptor(-1),
        new CorruptorSpec.Compose(List.of(new NoiseCorruptor(-2))), null, 0);
    assertEquals(List.of(
        "task.projector_units[0]: must be positive, was 0",
        "task.corruptor.sigma: must be >= 0, was -1.0",
        "task.clean_view.steps[0].sigma: must be >= 0, was -2.0",
        "task.temperature: must be positive, was 0.0"),
        ExperimentValidator.problems(BASE.withTask(task)));
  }

  @Test
  void messageNamesTheSourceFirst() {
    assertEquals("experiment.yaml: training.epochs: must be at least 1, was 0",
        new ConfigValidationException("experiment.yaml",
            List.of("training.epochs: must be at least 1, was 0")).getMessage());
    String nl = System.lineSeparator();
    ConfigValidationException two = new ConfigValidationException(null, List.of("a: x", "b: y"))
        .withSource("e.json");
    assertEquals("e.json: 2 problems:" + nl + "  a: x" + nl + "  b: y", two.getMessage());
    assertEquals("e.json", two.source());
    assertThrows(IllegalArgumentException.class,
        () -> new ConfigValidationException("e.json", List.of()));
  }

  @Test
  void problemsStepDownPaths() {
    ConfigProblems root = ConfigProblems.root();
    root.at("task").at("corruptor").at("steps").at(2).report("rate", "bad");
    root.report("top");
    assertEquals("task.corruptor.steps[2]", root.at("task").at("corruptor").at("steps").at(2)
        .path());
    assertEquals(List.of("task.corruptor.steps[2].rate: bad", "top"), root.problems());
  }
}
