package dev.contrastive4j.runtime.training;

import static dev.contrastive4j.runtime.training.TrainerFixtures.components;
import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.ForwardingTask;
import dev.contrastive4j.runtime.training.TrainerFixtures.FeatureEncoder;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The weight of a mini-batch in its epoch's loss: the rows of its pseudo-labels (Keras' batch
 * size), or its number of components when the labels have no rows to count.
 */
class TrainerBatchWeightsTest {
  /**
   * Components of 2, 1 and 1 nodes with x = (1, 1), 4 and 7, two per batch in order: batch
   * losses (the mean x·w, w = 1) of 2 over 3 nodes and 7 over 1 node.
   */
  private static final GraphTensor GRAPH = components(new long[] {2, 1, 1}, 1, 1, 4, 7);

  private static double epochLoss(Task task) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    return new Trainer(new TrainingOptions(1, 0, 0, 1, 2).withShuffleComponents(false))
        .train(GRAPH, new FeatureEncoder(store), task, store, new Optimizer(store, new Sgd(0.0)),
            EpochListener.none())
        .finalLoss();
  }

  /** The identity loss of the mean state, with the given pseudo-labels. */
  private static Task withLabels(INDArray labels) {
    return new ForwardingTask(taskWithLoss(UnaryOperator.identity())) {
      @Override
      public Views preprocess(GraphTensor graph) {
        return new Views(inner.preprocess(graph).graphs(), labels);
      }
    };
  }

  @Test
  void aBatchWeighsAsManyItemsAsItsLabelsHaveRows() {
    // One label row per node: 3 and 1.
    assertEquals((2 * 3 + 7 * 1) / 4.0, epochLoss(taskWithLoss(UnaryOperator.identity())),
        1e-12);
  }

  @Test
  void withoutLabelRowsABatchWeighsItsComponents() {
    // Two components and one.
    double byComponents = (2 * 2 + 7 * 1) / 3.0;
    assertEquals(byComponents, epochLoss(withLabels(null)), 1e-12);
    assertEquals(byComponents, epochLoss(withLabels(Nd4j.scalar(0.0))), 1e-12);
  }
}
