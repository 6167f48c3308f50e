package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EpochResultTest {
  /** Twelve names in an order no hash order reproduces by chance. */
  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      names.add("loss_" + (char) ('a' + (i * 7) % 12));
    }
    return names;
  }

  @Test
  void lossesAndMetricsKeepTheTasksOrder() {
    Map<String, Double> values = new LinkedHashMap<>();
    names().forEach(n -> values.put(n, 1.0));
    EpochResult result = new EpochResult(1, 12.0, values, values, 0.1);
    assertEquals(names(), List.copyOf(result.losses().keySet()));
    assertEquals(names(), List.copyOf(result.metrics().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> result.losses().put("x", 0.0));
  }

  @Test
  void lastParametersKeepTheStoresOrder() {
    Map<String, INDArray> parameters = new LinkedHashMap<>();
    names().forEach(n -> parameters.put(n, Nd4j.zeros(1)));
    TrainingResult result = new TrainingResult(List.of(), 0, Double.NaN, false,
        TrainingProgress.start(), parameters);
    assertEquals(names(), List.copyOf(result.lastParameters().keySet()));
  }
}
