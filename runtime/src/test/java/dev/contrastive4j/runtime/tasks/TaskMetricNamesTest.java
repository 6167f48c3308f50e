package dev.contrastive4j.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The metrics each built-in task reports, by name and, for the triplet distances, by value. */
class TaskMetricNamesTest {
  private static final List<String> SVD =
      List.of("rankme", "numerical_rank", "coherence", "pseudo_condition_number");
  private static final INDArray REPRESENTATIONS =
      Nd4j.createFromArray(new double[][] {{1, 0}, {0, 2}, {1, 1}});

  @Test
  void twoViewTasksReportTheSvdMetricsOfTheRepresentations() {
    INDArray views = Nd4j.zeros(3, 2, 2);
    INDArray labels = Nd4j.zeros(3, 0);
    assertEquals(SVD, List.copyOf(metrics(new BarlowTwins(TaskSettings.of("paper"),
        new ParameterStore(1), 2, null, true), labels, views).keySet()));
    assertEquals(SVD, List.copyOf(metrics(new VicReg(TaskSettings.of("paper"),
        new ParameterStore(1), 2, 25, 25, 1), labels, views).keySet()));
  }

  @Test
  void tripletReportsTheMeanDistances() {
    // Rows of (positive distance, negative distance).
    INDArray distances = Nd4j.createFromArray(new double[][] {{1, 4}, {3, 2}, {2, 9}});
    Map<String, Double> values = metrics(new Triplet(TaskSettings.of("paper"),
        new ParameterStore(1), 2, 1.0, null), Nd4j.zeros(3, 0), distances);
    assertEquals(List.of("positive_distance", "negative_distance", "triplet_distance"),
        List.copyOf(values.keySet()));
    assertEquals(2.0, values.get("positive_distance"), 1e-12);
    assertEquals(5.0, values.get("negative_distance"), 1e-12);
    assertEquals(-3.0, values.get("triplet_distance"), 1e-12);
  }

  private static Map<String, Double> metrics(Task task, INDArray labels, INDArray output) {
    Map<String, Double> values = new LinkedHashMap<>();
    task.metrics().forEach(m -> values.putAll(m.apply(labels, output, REPRESENTATIONS)));
    return values;
  }
}
