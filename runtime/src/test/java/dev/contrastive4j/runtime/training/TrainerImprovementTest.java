package dev.contrastive4j.runtime.training;

import static dev.contrastive4j.runtime.training.TrainerFixtures.GRAPH;
import static dev.contrastive4j.runtime.training.TrainerFixtures.components;
import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.TrainerFixtures.FeatureEncoder;
import dev.contrastive4j.runtime.training.TrainerFixtures.ScalarEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * What counts as a better epoch, full-batch and on mini-batches: a loss lower than the best by
 * more than {@code minDelta}, so an equal loss is none; and which parameters the best epoch
 * keeps (full-batch, those its loss was computed with; on mini-batches, those after its steps).
 */
class TrainerImprovementTest {
  /** Three components of one node each. */
  private static final GraphTensor THREE = components(new long[] {1, 1, 1}, 1, 2, 3);

  /** The epochs' improvement flags, and the result, of a run of loss w^2 (or mean x·w). */
  private record Run(List<Boolean> improved, TrainingResult result, double w) {}

  private static Run train(TrainingOptions options, GraphTensor graph,
      Function<ParameterStore, Encoder> encoder, double learningRate) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Encoder e = encoder.apply(store);
    List<Boolean> improved = new ArrayList<>();
    TrainingResult r = new Trainer(options).train(graph, e,
        taskWithLoss(e instanceof ScalarEncoder ? Ops::square : x -> x), store,
        new Optimizer(store, new Sgd(learningRate)), (epoch, better, progress) ->
            improved.add(better));
    return new Run(improved, r, store.get("w").value().getDouble(0));
  }

  private static Function<ParameterStore, Encoder> scalar() {
    return store -> new ScalarEncoder(store, 3.0);
  }

  @Test
  void anEqualLossIsNoImprovement() {
    // Learning rate 0: every epoch has the loss of the first.
    Run full = train(new TrainingOptions(3, 0, 0, 1), GRAPH, scalar(), 0.0);
    assertEquals(List.of(true, false, false), full.improved());
    assertEquals(1, full.result().bestEpoch());
    Run batches = train(new TrainingOptions(3, 0, 0, 1, 1), THREE, FeatureEncoder::new, 0.0);
    assertEquals(List.of(true, false, false), batches.improved());
    assertEquals(1, batches.result().bestEpoch());
    assertEquals(2.0, batches.result().bestLoss(), 1e-12);
  }

  @Test
  void aLossMustFallByMoreThanMinDeltaFullBatch() {
    // w <- 0.8 w from 3: losses 9, 5.76, 3.6864; 5.76 is not below 9 - 3.5, 3.6864 is.
    Run run = train(new TrainingOptions(3, 0, 3.5, 1), GRAPH, scalar(), 0.1);
    assertEquals(List.of(true, false, true), run.improved());
    assertEquals(3, run.result().bestEpoch());
    assertEquals(3.6864, run.result().bestLoss(), 1e-12);
    // The parameters the best loss was computed with: before epoch 3's update.
    assertEquals(3 * 0.64, run.w(), 1e-12);
  }

  @Test
  void aLossMustFallByMoreThanMinDeltaOnMiniBatches() {
    // One component per step, w <- 0.8 w at each: an epoch's loss is the mean of three w^2.
    double[] loss = new double[3];
    double w = 3;
    for (int epoch = 0; epoch < 3; epoch++) {
      for (int step = 0; step < 3; step++) {
        loss[epoch] += w * w / 3;
        w *= 0.8;
      }
    }
    // 6.15, 1.61, 0.41: the second is not below 6.15 - 5, the third is.
    Run run = train(new TrainingOptions(3, 0, 5, 1, 1), THREE, scalar(), 0.1);
    assertEquals(List.of(true, false, true), run.improved());
    assertEquals(loss[2], run.result().bestLoss(), 1e-12);
    // The parameters after the best epoch's steps.
    assertEquals(w, run.w(), 1e-12);
  }

  @Test
  void asManyComponentsAsABatchTakesAreTrainedFullBatch() {
    // Three components, three per batch: one step over the whole graph, whose best parameters
    // are those before the last update, not after it.
    Run run = train(new TrainingOptions(3, 0, 0, 1, 3), THREE, scalar(), 0.1);
    assertEquals(3, run.result().bestEpoch());
    assertEquals(3 * 0.64, run.w(), 1e-12);
  }
}
