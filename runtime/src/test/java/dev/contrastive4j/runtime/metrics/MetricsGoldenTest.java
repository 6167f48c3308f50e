package dev.contrastive4j.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contrastive4j.runtime.testing.GoldenData;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Every metric against every dense case of the golden TF-GNN reference. */
class MetricsGoldenTest {
  private static final double FLOAT64_TOLERANCE = 1e-6;
  private static final double FLOAT32_TOLERANCE = 1e-5;
  // Self clustering is near 0 by design, so float32 is compared absolutely.
  private static final double FLOAT32_SELF_CLUSTERING_ABSOLUTE = 1e-6;

  private record MetricCase(String key, ToDoubleFunction<INDArray> metric) {}

  private static final List<MetricCase> METRICS = List.of(
      new MetricCase("rankme_a", Metrics::rankMe),
      new MetricCase("numerical_rank_a", Metrics::numericalRank),
      new MetricCase("coherence_a", Metrics::coherence),
      new MetricCase("pseudo_condition_number_a", Metrics::pseudoConditionNumber),
      new MetricCase("self_clustering_a", Metrics::selfClustering),
      new MetricCase("self_clustering_a_subtract_mean", x -> Metrics.selfClustering(x, true)),
      // The one-SVD set must reproduce the single metrics.
      new MetricCase("rankme_a", x -> SvdMetrics.of(x).rankMe()),
      new MetricCase("numerical_rank_a", x -> SvdMetrics.of(x).numericalRank()),
      new MetricCase("coherence_a", x -> SvdMetrics.of(x).coherence()),
      new MetricCase("pseudo_condition_number_a", x -> SvdMetrics.of(x).pseudoConditionNumber()));

  @Test
  void comparesEveryMetricValueOfTheGoldenFile() {
    assertEquals(GoldenData.DENSE_METRIC_KEYS,
        METRICS.stream().map(MetricCase::key).collect(Collectors.toSet()));
  }

  @Test
  void everyMetricHasReferenceValuesInEveryCase() {
    JsonNode dense = GoldenData.contrastiveReference().get("dense");
    assertTrue(dense.size() > 0);
    for (JsonNode c : dense) {
      for (MetricCase m : METRICS) {
        assertTrue(c.has(m.key), "golden case without " + m.key);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> metricsMatchFloat64Reference() {
    return tests(DataType.DOUBLE);
  }

  @TestFactory
  Stream<DynamicTest> metricsMatchReferenceInFloat32() {
    return tests(DataType.FLOAT);
  }

  private static Stream<DynamicTest> tests(DataType type) {
    JsonNode dense = GoldenData.contrastiveReference().get("dense");
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : dense) {
      INDArray a = GoldenData.matrix(c.get("a")).castTo(type);
      String shape = c.get("n").asInt() + "x" + c.get("d").asInt();
      for (MetricCase m : METRICS) {
        tests.add(DynamicTest.dynamicTest(m.key + " " + shape + " " + type, () -> {
          double expected = GoldenData.number(c, m.key);
          double actual = m.metric.applyAsDouble(a);
          if (type == DataType.DOUBLE) {
            assertRelative(expected, actual, FLOAT64_TOLERANCE, m.key);
          } else if (m.key.startsWith("self_clustering")) {
            assertTrue(Math.abs(actual - expected) <= FLOAT32_SELF_CLUSTERING_ABSOLUTE,
                m.key + ": expected " + expected + ", got " + actual);
          } else {
            assertRelative(expected, actual, FLOAT32_TOLERANCE, m.key);
          }
        }));
      }
    }
    return tests.stream();
  }

  static void assertRelative(double expected, double actual, double tolerance, String what) {
    double error = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(error <= tolerance, what + ": expected " + expected + ", got " + actual
        + " (relative error " + error + ")");
  }
}
