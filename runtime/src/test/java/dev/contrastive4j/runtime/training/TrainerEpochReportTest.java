package dev.contrastive4j.runtime.training;

import static dev.contrastive4j.runtime.training.TrainerFixtures.GRAPH;
import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.training.TrainerFixtures.ScalarEncoder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;

/** What each epoch tells the optimizer and reports: its 0-based epoch, and its seconds. */
class TrainerEpochReportTest {
  @Test
  void theOptimizerSeesTheZeroBasedEpochAndEachEpochItsOwnSeconds() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Optimizer optimizer = new Optimizer(store, new Sgd(0.1));
    List<Integer> optimizerEpochs = new ArrayList<>();
    List<Double> seconds = new ArrayList<>();
    long start = System.nanoTime();
    new Trainer(new TrainingOptions(3, 0, 0, 1)).train(GRAPH, new ScalarEncoder(store, 3.0),
        taskWithLoss(Ops::square), store, optimizer, (e, improved, progress) -> {
          // Epoch-based learning-rate schedules count from 0, as ND4J's do.
          optimizerEpochs.add(optimizer.epoch());
          seconds.add(e.seconds());
        });
    double wall = (System.nanoTime() - start) / 1e9;
    assertEquals(List.of(0, 1, 2), optimizerEpochs);
    for (double s : seconds) {
      assertTrue(s > 0 && s <= wall, s + " s of an epoch in a run of " + wall + " s");
    }
  }
}
