package dev.contrastive4j.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.corruptors.DropEdges;
import dev.contrastive4j.runtime.corruptors.MaskFeatureColumns;
import dev.contrastive4j.runtime.data.planetoid.Planetoid;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import dev.contrastive4j.runtime.encoders.EncoderOptions;
import dev.contrastive4j.runtime.encoders.GcnEncoder;
import dev.contrastive4j.runtime.encoders.HeteroEncoder;
import dev.contrastive4j.runtime.encoders.HeteroOptions;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.metrics.Metrics;
import dev.contrastive4j.runtime.readouts.PoolReadout;
import dev.contrastive4j.runtime.readouts.Pooling;
import dev.contrastive4j.runtime.readouts.ReadoutAllNodes;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import dev.contrastive4j.runtime.testing.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class TasksTest {
  private static final int UNITS = 16;

  /** The four built-in tasks, each made from settings, a store and the representation width. */
  private static final Map<String, TaskFactory> TASKS = Map.of(
      "dgi", DeepGraphInfomax::new,
      "dgi (bilinear_glorot)", (s, store, dim) -> new DeepGraphInfomax(s, store, dim,
          DgiDiscriminator.BILINEAR_GLOROT),
      "barlow-twins", (s, store, dim) -> new BarlowTwins(s, store, dim, null, true),
      "vicreg", (s, store, dim) -> new VicReg(s, store, dim, 25, 25, 1),
      "triplet", (s, store, dim) -> new Triplet(s, store, dim, 1.0,
          new MaskFeatureColumns(0.2, 3)));

  @FunctionalInterface
  interface TaskFactory {
    Task make(TaskSettings settings, ParameterStore store, long dim);
  }

  private static GraphDataset cora;

  @BeforeAll
  static void loadCora() {
    cora = Planetoid.load("cora",
        PlanetoidSource.builder().dataDir(SharedData.planetoidDir()).build());
  }

  @Test
  void everyTaskTrainsOneStepOnCora() {
    for (var entry : TASKS.entrySet()) {
      ParameterStore store = new ParameterStore(7);
      Encoder encoder = new GcnEncoder(store, "encoder", "paper", null, "feat", 1433,
          EncoderOptions.of(UNITS));
      TaskSettings settings = TaskSettings.of("paper").withReadout(new ReadoutAllNodes())
          .withProjectorUnits(List.of(8)).withSeed(3);
      Task task = entry.getValue().make(settings, store, UNITS);
      Tape tape = new Tape();
      TaskStep step = TaskStep.run(task, encoder, cora.graph(), tape);
      assertTrue(Double.isFinite(step.loss().item()), entry.getKey());
      long[] out = step.predictions().output().shape();
      switch (entry.getKey()) {
        case "dgi", "dgi (bilinear_glorot)", "triplet" -> assertArrayEquals(new long[] {2708, 2}, out, entry.getKey());
        default -> assertArrayEquals(new long[] {2708, 2, 8}, out, entry.getKey());
      }
      assertArrayEquals(new long[] {2708, UNITS}, step.predictions().representations().shape());
      tape.backward(step.loss());
      for (Parameter p : store) {
        assertNotNull(p.gradient(), entry.getKey() + ": no gradient for " + p.name());
        assertTrue(p.gradient().norm2Number().doubleValue() > 0,
            entry.getKey() + ": zero gradient for " + p.name());
      }
      assertEquals(entry.getKey().equals("triplet") ? 3 : 2, step.views().graphs().size());
    }
  }

  @Test
  void everyTaskTrainsOneStepOnAHeterogeneousGraph() {
    GraphTensor graph = GraphFixtures.citationGraph(
        Feature.dense(GraphFixtures.uniform(1, 5, 4).castTo(DataType.FLOAT)),
        Feature.dense(GraphFixtures.uniform(2, 3, 3).castTo(DataType.FLOAT)));
    for (var entry : TASKS.entrySet()) {
      ParameterStore store = new ParameterStore(11);
      Encoder encoder = new HeteroEncoder(store, "encoder", "feat",
          Map.of("paper", 4L, "author", 3L), Relation.of(graph), List.of("paper", "author"),
          EncoderOptions.of(UNITS), HeteroOptions.defaults());
      // Pool the papers of each of the two components: two items per view.
      TaskSettings settings = TaskSettings.of("paper")
          .withReadout(new PoolReadout(Pooling.MEAN)).withSeed(5);
      Task task = entry.getValue().make(settings, store, UNITS);
      Tape tape = new Tape();
      TaskStep step = TaskStep.run(task, encoder, graph, tape);
      assertTrue(Double.isFinite(step.loss().item()), entry.getKey());
      assertEquals(2, step.predictions().output().size(0), entry.getKey());
      tape.backward(step.loss());
      long withGradient = java.util.stream.StreamSupport.stream(store.spliterator(), false)
          .filter(p -> p.gradient() != null).count();
      assertTrue(withGradient > 0, entry.getKey());
    }
  }

  @Test
  void dgiLabelsCleanAsRealAndCorruptedAsFake() {
    ParameterStore store = new ParameterStore(1);
    DeepGraphInfomax dgi = new DeepGraphInfomax(TaskSettings.of("paper")
        .withReadout(new ReadoutAllNodes()), store, UNITS);
    Views views = dgi.preprocess(cora.graph());
    assertArrayEquals(new long[] {2708, 2}, views.pseudoLabels().shape());
    assertEquals(2708.0, views.pseudoLabels().getColumn(0).sumNumber().doubleValue());
    assertEquals(0.0, views.pseudoLabels().getColumn(1).sumNumber().doubleValue());
    assertTrue(views.graphs().get(0) == cora.graph(), "the clean view is the graph itself");
  }

  @Test
  void theOtherTasksHaveLabelsOfOneEmptyRowPerItem() {
    // TF-GNN's unused [items, 0]: the trainer weighs a mini-batch's loss by these rows.
    BarlowTwins task = new BarlowTwins(TaskSettings.of("paper")
        .withReadout(new ReadoutAllNodes()), new ParameterStore(1), UNITS, null, true);
    INDArray labels = task.preprocess(cora.graph()).pseudoLabels();
    assertArrayEquals(new long[] {2708, 0}, labels.shape());
    assertEquals(DataType.INT32, labels.dataType());
  }

  @Test
  void taskStepsHaveCorrectGradientsInFloat64() {
    GraphTensor graph = GraphFixtures.smallGraph(
        Feature.dense(GraphFixtures.uniform(4, 8, 5)));
    for (var entry : TASKS.entrySet()) {
      ParameterStore store = new ParameterStore(13, DataType.DOUBLE);
      Encoder encoder = new GcnEncoder(store, "encoder", "node", null, "feat", 5,
          EncoderOptions.of(4).withActivation(
              dev.contrastive4j.runtime.encoders.HiddenActivation.TANH));
      TaskSettings settings = TaskSettings.of("node").withReadout(new ReadoutAllNodes())
          .withProjectorUnits(List.of(3)).withSeed(2);
      Task task = entry.getValue().make(settings, store, 4);
      // Fixed views: the corruptor draws new randomness on every call.
      Views views = task.preprocess(graph);
      splitProjectorUnits(store, encoder, views);
      // Floor 1e-5: a projector bias before batch standardization has an exact zero gradient,
      // where the central difference leaves rounding noise of about 1e-11.
      GradientCheck.Result result = GradientCheck.check(store,
          tape -> TaskStep.run(task, encoder, views, tape).loss(),
          GradientCheck.Options.defaults().withFloor(1e-5));
      GraphFixtures.assertPasses(result, entry.getKey());
      assertEveryProjectorUnitIsActive(store, task, encoder, views, entry.getKey());
    }
  }

  /**
   * Sets the bias of each projector unit to the midpoint of the middle two of its inputs on the
   * clean view's rows, so that each unit is active on half of them. With the initial zero bias,
   * the rows of a small smoothed graph lie on one side of most units, and a unit inactive on
   * every row has a zero gradient, which any gradient formula passes.
   */
  private static void splitProjectorUnits(ParameterStore store, Encoder encoder, Views views) {
    Tape tape = new Tape();
    INDArray rows = encoder.encode(views.graphs().get(0), tape, true)
        .state("node", EncodedGraph.HIDDEN_STATE).value();
    INDArray inputs = rows.mmul(store.get("task/projector_0/kernel").value());
    INDArray bias = store.get("task/projector_0/bias").value();
    for (int unit = 0; unit < inputs.columns(); unit++) {
      double[] sorted = inputs.getColumn(unit).toDoubleVector();
      java.util.Arrays.sort(sorted);
      int middle = sorted.length / 2;
      bias.putScalar(unit, -(sorted[middle - 1] + sorted[middle]) / 2);
    }
  }

  /** The check above covers the projector only if each unit is active on some row. */
  private static void assertEveryProjectorUnitIsActive(ParameterStore store, Task task,
      Encoder encoder, Views views, String name) {
    Tape tape = new Tape();
    tape.backward(TaskStep.run(task, encoder, views, tape).loss());
    INDArray gradient = store.get("task/projector_0/kernel").gradient();
    for (int unit = 0; unit < gradient.columns(); unit++) {
      assertTrue(gradient.getColumn(unit).amaxNumber().doubleValue() > 0,
          name + ": projector unit " + unit + " is inactive on every row");
    }
    store.forEach(Parameter::clearGradient);
  }

  @Test
  void barlowTwinsWithTwoAugmentedViews() {
    ParameterStore store = new ParameterStore(1);
    TaskSettings settings = TaskSettings.of("paper").withReadout(new ReadoutAllNodes())
        .withCleanViewAugmentation(new DropEdges(0.2, 1).andThen(new MaskFeatureColumns(0.2, 2)))
        .withCorruptor(new DropEdges(0.2, 3).andThen(new MaskFeatureColumns(0.2, 4)));
    BarlowTwins task = new BarlowTwins(settings, store, UNITS, null, true);
    Views views = task.preprocess(cora.graph());
    long clean = views.graphs().get(0).edgeSet("cites").totalSize();
    long other = views.graphs().get(1).edgeSet("cites").totalSize();
    assertTrue(clean < 10556 && other < 10556 && clean != other, clean + " / " + other);
  }

  @Test
  void invalidSettingsNameTheParameter() {
    assertEquals("task: projectorUnits[1] must be positive, was 0",
        assertThrows(IllegalArgumentException.class,
            () -> TaskSettings.of("paper").withProjectorUnits(List.of(4, 0))).getMessage());
    assertEquals("barlow twins: lambda must be >= 0, was -1.0",
        assertThrows(IllegalArgumentException.class, () -> new BarlowTwins(
            TaskSettings.of("paper"), new ParameterStore(1), 4, -1.0, true)).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new VicReg(
        TaskSettings.of("paper"), new ParameterStore(1), 4, 25, Double.NaN, 1)).getMessage()
        .startsWith("vicreg: weights must be finite and >= 0"));
  }

  @Test
  void barlowTwinsAcceptsALambdaOfZero() {
    // 0 leaves only the diagonal terms: allowed, as ">= 0" says.
    BarlowTwins task = new BarlowTwins(TaskSettings.of("paper"), new ParameterStore(1), 4, 0.0,
        true);
    assertEquals(2, task.minRowsPerStep());
  }

  @Test
  void binaryAccuracyCountsLogitsAboveZeroAsOne() {
    // Deliberately not TF-GNN's: its BinaryAccuracy() compares these logits with 0.5 and
    // would give 0.5.
    DeepGraphInfomax dgi = new DeepGraphInfomax(TaskSettings.of("paper"), new ParameterStore(1),
        4);
    INDArray labels = Nd4j.createFromArray(new float[][] {{1, 0}});
    INDArray logits = Nd4j.createFromArray(new float[][] {{0.3f, -0.2f}});
    INDArray reps = Nd4j.createFromArray(new float[][] {{1, 2}});
    Map<String, Double> values = new java.util.LinkedHashMap<>();
    dgi.metrics().forEach(m -> values.putAll(m.apply(labels, logits, reps)));
    assertEquals(1.0, values.get("binary_accuracy"), 0.0);
  }

  @Test
  void vicRegWithEveryWeightZeroIsRefusedWhenMade() {
    // Before, it was made and failed at the first training step, inside the loss.
    assertEquals("vicreg: at least one of the weights sim, var, cov must be positive, all are 0",
        assertThrows(IllegalArgumentException.class, () -> new VicReg(TaskSettings.of("paper"),
            new ParameterStore(1), 4, 0, 0, 0)).getMessage());
  }

  @Test
  void dgiMetricsReportAccuracyAndSvdMetrics() {
    ParameterStore store = new ParameterStore(1);
    DeepGraphInfomax dgi = new DeepGraphInfomax(TaskSettings.of("paper")
        .withReadout(new ReadoutAllNodes()), store, 8);
    INDArray labels = Nd4j.createFromArray(new float[][] {{1, 0}, {1, 0}});
    INDArray logits = Nd4j.createFromArray(new float[][] {{2, -1}, {-3, -4}});
    INDArray reps = Nd4j.createFromArray(new float[][] {{1, 0}, {0, 2}});
    Map<String, Double> values = new java.util.LinkedHashMap<>();
    dgi.metrics().forEach(m -> values.putAll(m.apply(labels, logits, reps)));
    assertEquals(0.75, values.get("binary_accuracy"), 1e-9);
    double bce = (Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(-1)) + Math.log1p(Math.exp(3))
        + Math.log1p(Math.exp(-4))) / 4;
    assertEquals(bce, values.get("binary_crossentropy"), 1e-6);
    assertEquals(Metrics.rankMe(reps), values.get("rankme"), 1e-9);
  }

}
