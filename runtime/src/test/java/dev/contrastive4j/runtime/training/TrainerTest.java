package dev.contrastive4j.runtime.training;

import static dev.contrastive4j.runtime.training.TrainerFixtures.GRAPH;
import static dev.contrastive4j.runtime.training.TrainerFixtures.components;
import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithLoss;
import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithOutputLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.losses.TapeLosses;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.ForwardingTask;
import dev.contrastive4j.runtime.training.TrainerFixtures.FeatureEncoder;
import dev.contrastive4j.runtime.training.TrainerFixtures.ScalarEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;

class TrainerTest {
  @Test
  void lossGoingDownRunsEveryEpochAndKeepsTheLast() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder encoder = new ScalarEncoder(store, 3.0);
    List<EpochResult> heard = new ArrayList<>();
    TrainingResult r = new Trainer(new TrainingOptions(10, 3, 0, 2)).train(GRAPH, encoder,
        taskWithLoss(Ops::square), store, new Optimizer(store, new Sgd(0.1)),
        (e, improved, progress) -> heard.add(e));
    // w <- w - 0.1 * 2w: w_t = 3 * 0.8^t, loss_t = w_(t-1)^2.
    assertEquals(10, r.epochsRun());
    assertEquals(10, heard.size());
    assertFalse(r.stoppedEarly());
    assertEquals(10, r.bestEpoch());
    assertEquals(9 * Math.pow(0.64, 9), r.bestLoss(), 1e-12);
    assertEquals(r.bestLoss(), r.finalLoss(), 0);
    // The best parameters are those that produced the best loss (before that epoch's update).
    assertEquals(3 * Math.pow(0.8, 9), encoder.w.value().getDouble(0), 1e-12);
    assertTrue(heard.get(0).metrics().isEmpty(), "metrics every 2 epochs");
    assertEquals(3 * 0.8, heard.get(1).metrics().get("w"), 1e-12);
    assertTrue(r.medianEpochSeconds() > 0);
  }

  @Test
  void anOptimizerOfAnotherStoreIsRefusedBeforeTraining() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder encoder = new ScalarEncoder(store, 3.0);
    // It updated the other store's (no) parameters: training ran and changed nothing.
    Optimizer other = new Optimizer(new ParameterStore(1, DataType.DOUBLE), new Sgd(0.1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Trainer(new TrainingOptions(10, 3, 0, 2)).train(GRAPH, encoder,
            taskWithLoss(Ops::square), store, other, EpochListener.none()));
    assertEquals("the optimizer updates the parameters of another parameter store than the "
        + "one given, so training would change nothing; make the optimizer with this store",
        e.getMessage());
    assertEquals(3.0, encoder.w.value().getDouble(0), 0);
  }

  @Test
  void theLossOfAnEpochOfMiniBatchesIsTheMeanOverAllItems() {
    // Three one-node components with x = 1, 1, 4; batches of two and one, in the epoch's order.
    GraphTensor three = components(new long[] {1, 1, 1}, 1, 1, 4);
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    // Learning rate 0: every batch sees w = 1, so its loss is the mean x of its nodes.
    TrainingResult r = new Trainer(new TrainingOptions(1, 0, 0, 1, 2)).train(three,
        new FeatureEncoder(store), taskWithLoss(UnaryOperator.identity()), store,
        new Optimizer(store, new Sgd(0.0)), EpochListener.none());
    // The mean over the three nodes, (1 + 1 + 4) / 3, not the mean of the batch means, 2.5:
    // each batch weighs as many items as it has, as Keras weighs the batches of an epoch.
    assertEquals(2.0, r.finalLoss(), 1e-12);
    assertEquals(2.0, r.epochs().get(0).losses().get("f"), 1e-12);
  }

  /**
   * The components (by their feature x, which is their index) of each step of {@code epochs}
   * epochs of batches of two, out of six one-node components, with the order's {@code seed}.
   */
  private static List<List<Double>> batchesSeen(long seed, int epochs) {
    return batchesSeen(new TrainingOptions(epochs, 0, 0, 100, 2, seed));
  }

  /** The components of each step of training with {@code options}, as above. */
  private static List<List<Double>> batchesSeen(TrainingOptions options) {
    GraphTensor six = components(new long[] {1, 1, 1, 1, 1, 1}, 0, 1, 2, 3, 4, 5);
    List<List<Double>> seen = new ArrayList<>();
    Task recording = new ForwardingTask(taskWithLoss(UnaryOperator.identity())) {
      @Override
      public Views preprocess(GraphTensor graph) {
        List<Double> ids = new ArrayList<>();
        for (double x : graph.nodeSet("n").feature("x").toDense().toDoubleVector()) {
          ids.add(x);
        }
        seen.add(ids);
        return inner.preprocess(graph);
      }
    };
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    new Trainer(options).train(six,
        new FeatureEncoder(store), recording, store, new Optimizer(store, new Sgd(0.0)),
        EpochListener.none());
    return seen;
  }

  @Test
  void miniBatchesTakeTheComponentsInANewSeededOrderEveryEpoch() {
    // They took consecutive components in the data set's order: a data set stored sorted by
    // class gave batches of one class, and DGI, whose corruption shuffles within the batch,
    // then learnt nothing.
    List<List<Double>> seen = batchesSeen(7, 3);
    assertEquals(9, seen.size());
    List<List<Double>> inOrder = List.of(List.of(0.0, 1.0), List.of(2.0, 3.0), List.of(4.0, 5.0));
    List<List<List<Double>>> epochs = List.of(seen.subList(0, 3), seen.subList(3, 6),
        seen.subList(6, 9));
    for (List<List<Double>> epoch : epochs) {
      // Each epoch takes every component once.
      assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), epoch.stream()
          .flatMap(List::stream).sorted().toList());
      assertFalse(epoch.equals(inOrder), "epoch " + epoch + " is in the data set's order");
    }
    assertFalse(epochs.get(0).equals(epochs.get(1)), "two epochs in the same order");
    assertEquals(seen, batchesSeen(7, 3), "the same seed gives the same batches");
    assertFalse(seen.equals(batchesSeen(8, 3)), "another seed gives other batches");
  }

  @Test
  void miniBatchesNotShuffledTakeTheComponentsInTheGraphsOrderEveryEpoch() {
    List<List<Double>> inOrder = List.of(List.of(0.0, 1.0), List.of(2.0, 3.0), List.of(4.0, 5.0));
    List<List<Double>> seen = batchesSeen(new TrainingOptions(3, 0, 0, 100, 2, 7)
        .withShuffleComponents(false));
    assertEquals(List.of(inOrder, inOrder, inOrder), List.of(seen.subList(0, 3),
        seen.subList(3, 6), seen.subList(6, 9)));
  }

  /** lr 1.1 on w^2 overshoots: w <- -1.2 w, so the loss grows after the first epoch. */
  private static TrainingResult overshoot(TrainingOptions options, ParameterStore store,
      ScalarEncoder encoder, EpochListener listener, TrainingProgress from) {
    return new Trainer(options).train(GRAPH, encoder, taskWithLoss(Ops::square), store,
        new Optimizer(store, new Sgd(1.1)), listener, from);
  }

  @Test
  void earlyStoppingRestoresTheBestParametersAndReportsTheLastEpochsMetrics() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder encoder = new ScalarEncoder(store, 1.0);
    // Metrics every 100 epochs "and on the last": early stopping makes epoch 5 the last.
    TrainingResult r = overshoot(new TrainingOptions(100, 4, 0, 100), store, encoder,
        EpochListener.none(), TrainingProgress.start());
    assertTrue(r.stoppedEarly());
    assertEquals(1, r.bestEpoch());
    assertEquals(5, r.epochsRun());
    assertEquals(1.0, encoder.w.value().getDouble(0), 1e-12);
    assertTrue(r.epochs().get(3).metrics().isEmpty());
    assertFalse(r.epochs().get(4).metrics().isEmpty(), "the last epoch has no metrics");
    // w before the fifth update: 1.0 * (-1.2)^4.
    assertEquals(Math.pow(1.2, 4), r.epochs().get(4).metrics().get("w"), 1e-12);
  }

  @Test
  void resumingARunThatStoppedEarlyTrainsNoFurther() {
    TrainingOptions options = new TrainingOptions(100, 4, 0, 1);
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    TrainingResult finished = overshoot(options, store, new ScalarEncoder(store, 1.0),
        EpochListener.none(), TrainingProgress.start());
    assertTrue(finished.stoppedEarly());

    // What --resume does with the final checkpoint: the last parameters and progress.
    ParameterStore resumedStore = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder resumedEncoder = new ScalarEncoder(resumedStore, 0.0);
    resumedEncoder.w.assign(finished.lastParameters().get("w"));
    List<EpochResult> heard = new ArrayList<>();
    TrainingResult resumed = overshoot(options, resumedStore, resumedEncoder,
        (e, improved, progress) -> heard.add(e), finished.finalProgress());
    // An uninterrupted run stopped here: a resumed one must not train another epoch.
    assertTrue(heard.isEmpty(), "epochs trained after resuming: " + heard.size());
    assertEquals(finished.epochsRun(), resumed.epochsRun());
    assertTrue(resumed.stoppedEarly());
    assertEquals(finished.bestEpoch(), resumed.bestEpoch());
    assertEquals(finished.finalLoss(), resumed.finalLoss(), 0);
    assertEquals(1.0, resumedEncoder.w.value().getDouble(0), 1e-12);
  }

  /**
   * Trains loss(mean state) from w = 1 with SGD at {@code learningRate}, which must diverge at
   * epoch 2 and leave w at 1, the parameter of the best (the first) epoch.
   */
  private static DivergenceException divergenceAtEpochTwo(UnaryOperator<Tensor> loss,
      double learningRate) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder encoder = new ScalarEncoder(store, 1.0);
    DivergenceException e = assertThrows(DivergenceException.class,
        () -> new Trainer(new TrainingOptions(10, 0, 0, 1)).train(GRAPH, encoder,
            taskWithLoss(loss), store, new Optimizer(store, new Sgd(learningRate)),
            EpochListener.none()));
    assertEquals(2, e.epoch());
    assertEquals(1.0, encoder.w.value().getDouble(0), 1e-12);
    return e;
  }

  @Test
  void nanLossStopsWithTheEpochAndKeepsTheBestParameters() {
    // loss = log(w), gradient 1/w; lr 2 takes w from 1 to -1, where log is NaN.
    DivergenceException e = divergenceAtEpochTwo(Ops::log, 2.0);
    assertTrue(e.getMessage().startsWith("training diverged at epoch 2: loss 'f' is NaN"),
        e.getMessage());
  }

  @Test
  void nonFinitePredictionsOfALossThatChecksItsInputsAreADivergence() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder encoder = new ScalarEncoder(store, 1.0);
    // loss = w^2 (VICReg's invariance term of s and 2s), gradient 2w, always finite; lr 1e308
    // overflows w to -Infinity in the first update, so the second epoch's states are infinite.
    // The VICReg loss rejects non-finite views: that must still end as a divergence, with the
    // best parameters kept, not as an error about the loss's arguments.
    Task task = taskWithOutputLoss(
        s -> TapeLosses.vicReg(s, Ops.mul(s, 2.0), 1.0, 0.0, 0.0));
    DivergenceException e = assertThrows(DivergenceException.class,
        () -> new Trainer(new TrainingOptions(10, 0, 0, 1)).train(GRAPH, encoder, task, store,
            new Optimizer(store, new Sgd(1e308)), EpochListener.none()));
    assertEquals(2, e.epoch());
    assertTrue(e.getMessage().startsWith("training diverged at epoch 2: the predictions are not"
        + " finite (-Infinity at [0, 0])"), e.getMessage());
    assertEquals(1.0, encoder.w.value().getDouble(0), 1e-12);
  }

  @Test
  void nonFiniteGradientNamesTheParameter() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    ScalarEncoder encoder = new ScalarEncoder(store, 0.0);
    // sqrt at 0 is finite, its gradient is not.
    DivergenceException e = assertThrows(DivergenceException.class,
        () -> new Trainer(TrainingOptions.DEFAULTS).train(GRAPH, encoder,
            taskWithLoss(Ops::sqrt), store, new Optimizer(store, new Sgd(0.1)),
            EpochListener.none()));
    assertEquals(1, e.epoch());
    assertTrue(e.getMessage().contains("the gradient of parameter 'w' is not finite"),
        e.getMessage());
  }

  @Test
  void aNonFiniteGradientAfterAnUpdateRestoresTheBestParameters() {
    // loss = sqrt(w), gradient 1 / (2 sqrt(w)); lr 2 takes w from 1 to 0, where the loss is
    // finite and the gradient is not: epoch 2 diverges with w = 0, the best (epoch 1) is w = 1.
    DivergenceException e = divergenceAtEpochTwo(Ops::sqrt, 2.0);
    assertEquals("the gradient of parameter 'w' is not finite", e.what());
  }

  @Test
  void optionsAreValidated() {
    assertEquals("training: epochs must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(0, 1, 0, 1))
            .getMessage());
    assertEquals("training: patience must be >= 0, was -1",
        assertThrows(IllegalArgumentException.class, () -> new TrainingOptions(1, -1, 0, 1))
            .getMessage());
  }
}
