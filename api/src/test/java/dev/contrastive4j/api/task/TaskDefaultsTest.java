package dev.contrastive4j.api.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Tape;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A task that declares nothing trains on any number of rows: one row per step is enough, and
 * there is no reason to give.
 */
class TaskDefaultsTest {

  @Test
  void oneRowPerStepAndNoReason() {
    Task plain = new Task() {
      @Override
      public Views preprocess(GraphTensor graph) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Predictions predict(List<EncodedGraph> views, Tape tape, boolean training) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Map<String, TaskLoss> losses() {
        return Map.of();
      }

      @Override
      public List<TaskMetric> metrics() {
        return List.of();
      }
    };
    assertEquals(1, plain.minRowsPerStep());
    assertEquals("", plain.minRowsPerStepReason());
  }
}
