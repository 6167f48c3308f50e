package dev.contrastive4j.runtime.losses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contrastive4j.runtime.testing.GoldenData;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Every loss against every case of the golden TF-GNN / TF-Addons reference (float64). */
class LossesGoldenTest {
  private static final double FLOAT64_TOLERANCE = 1e-6;
  // float32 keeps about 7 digits; sums over a batch lose one or two of them.
  private static final double FLOAT32_TOLERANCE = 1e-5;

  /** The loss keys of a dense case, and how to compute each from the case's views a and b. */
  private static final List<LossCase> DENSE_LOSSES = List.of(
      new LossCase("barlow_twins", v -> Losses.barlowTwins(v[0], v[1])),
      new LossCase("barlow_twins_lambda_0.005", v -> Losses.barlowTwins(v[0], v[1], 0.005, true)),
      new LossCase("barlow_twins_unnormalized", v -> Losses.barlowTwins(v[0], v[1], null, false)),
      new LossCase("vicreg", v -> Losses.vicReg(v[0], v[1])),
      new LossCase("vicreg_sim1_var0_cov0.5", v -> Losses.vicReg(v[0], v[1], 1.0, 0.0, 0.5)));

  private record LossCase(String key, Function<INDArray[], INDArray> loss) {}

  @TestFactory
  Stream<DynamicTest> denseLossesMatchFloat64Reference() {
    return denseTests(DataType.DOUBLE, FLOAT64_TOLERANCE);
  }

  @TestFactory
  Stream<DynamicTest> denseLossesMatchReferenceInFloat32() {
    return denseTests(DataType.FLOAT, FLOAT32_TOLERANCE);
  }

  private static Stream<DynamicTest> denseTests(DataType type, double tolerance) {
    JsonNode dense = GoldenData.contrastiveReference().get("dense");
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < dense.size(); i++) {
      JsonNode c = dense.get(i);
      INDArray a = GoldenData.matrix(c.get("a")).castTo(type);
      INDArray b = GoldenData.matrix(c.get("b")).castTo(type);
      String shape = c.get("n").asInt() + "x" + c.get("d").asInt();
      for (LossCase loss : DENSE_LOSSES) {
        tests.add(DynamicTest.dynamicTest(loss.key + " " + shape + " " + type, () -> {
          INDArray result = loss.loss.apply(new INDArray[] {a, b});
          assertEquals(0, result.rank(), "a loss is a scalar");
          assertEquals(type, result.dataType());
          assertRelative(GoldenData.number(c, loss.key), result.getDouble(0), tolerance,
              loss.key);
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void everyDenseGoldenKeyIsCovered() {
    JsonNode dense = GoldenData.contrastiveReference().get("dense");
    assertTrue(dense.size() > 0);
    Set<String> covered = new TreeSet<>(Set.of("n", "d", "a", "b"));
    DENSE_LOSSES.forEach(l -> covered.add(l.key));
    covered.addAll(GoldenData.DENSE_METRIC_KEYS);
    for (JsonNode c : dense) {
      for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        assertTrue(covered.contains(key), "golden key without a test: " + key);
      }
    }
  }

  /** A value the file gains fails here until a test compares it. */
  @Test
  void theFileHoldsNoOtherValues() {
    JsonNode reference = GoldenData.contrastiveReference();
    assertEquals(Set.of("seed", "dense", "pairs"), fieldNames(reference));
    assertEquals(Set.of("triplet_pos", "triplet_neg", "triplet_margin_1", "triplet_margin_0.5",
        "contrastive_y", "contrastive_d", "contrastive_none_margin_1",
        "contrastive_mean_margin_1", "contrastive_sum_margin_2"),
        fieldNames(reference.get("pairs")));
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void tripletMatchesReference() {
    JsonNode pairs = GoldenData.contrastiveReference().get("pairs");
    INDArray positive = GoldenData.vector(pairs.get("triplet_pos"));
    INDArray negative = GoldenData.vector(pairs.get("triplet_neg"));
    assertRelative(GoldenData.number(pairs, "triplet_margin_1"),
        Losses.triplet(positive, negative).getDouble(0), FLOAT64_TOLERANCE, "triplet_margin_1");
    assertRelative(GoldenData.number(pairs, "triplet_margin_1"),
        Losses.triplet(positive, negative, 1.0).getDouble(0), FLOAT64_TOLERANCE,
        "triplet_margin_1");
    assertRelative(GoldenData.number(pairs, "triplet_margin_0.5"),
        Losses.triplet(positive, negative, 0.5).getDouble(0), FLOAT64_TOLERANCE,
        "triplet_margin_0.5");
    assertRelative(GoldenData.number(pairs, "triplet_margin_0.5"),
        Losses.triplet(positive.castTo(DataType.FLOAT), negative.castTo(DataType.FLOAT), 0.5)
            .getDouble(0), FLOAT32_TOLERANCE, "triplet_margin_0.5 float32");
  }

  @Test
  void contrastiveMatchesReference() {
    JsonNode pairs = GoldenData.contrastiveReference().get("pairs");
    INDArray labels = GoldenData.vector(pairs.get("contrastive_y"));
    INDArray distances = GoldenData.vector(pairs.get("contrastive_d"));

    INDArray perPair = Losses.contrastive(labels, distances, 1.0, Reduction.NONE);
    INDArray expected = GoldenData.vector(pairs.get("contrastive_none_margin_1"));
    assertEquals(expected.length(), perPair.length());
    for (int i = 0; i < expected.length(); i++) {
      assertAbsoluteOrRelative(expected.getDouble(i), perPair.getDouble(i), "pair " + i);
    }
    assertRelative(GoldenData.number(pairs, "contrastive_mean_margin_1"),
        Losses.contrastive(labels, distances).getDouble(0), FLOAT64_TOLERANCE,
        "contrastive_mean_margin_1");
    assertRelative(GoldenData.number(pairs, "contrastive_mean_margin_1"),
        Losses.contrastive(labels, distances, 1.0, Reduction.SUM_OVER_BATCH_SIZE).getDouble(0),
        FLOAT64_TOLERANCE, "contrastive_mean_margin_1");
    assertRelative(GoldenData.number(pairs, "contrastive_sum_margin_2"),
        Losses.contrastive(labels, distances, 2.0, Reduction.SUM).getDouble(0),
        FLOAT64_TOLERANCE, "contrastive_sum_margin_2");
  }

  @Test
  void contrastiveLossObjectFromConfigMatchesReference() {
    JsonNode pairs = GoldenData.contrastiveReference().get("pairs");
    INDArray labels = GoldenData.vector(pairs.get("contrastive_y")).castTo(DataType.INT32);
    INDArray distances = GoldenData.vector(pairs.get("contrastive_d"));
    ContrastiveLoss sum = ContrastiveLoss.fromJson(
        "{\"name\": \"c\", \"reduction\": \"sum\", \"margin\": 2.0}");
    assertRelative(GoldenData.number(pairs, "contrastive_sum_margin_2"),
        sum.apply(labels, distances).getDouble(0), FLOAT64_TOLERANCE, "contrastive_sum_margin_2");
    ContrastiveLoss mean = new ContrastiveLoss();
    assertRelative(GoldenData.number(pairs, "contrastive_mean_margin_1"),
        mean.apply(labels, distances).getDouble(0), FLOAT64_TOLERANCE,
        "contrastive_mean_margin_1");
  }

  @Test
  void pairKeysAreAllCovered() {
    JsonNode pairs = GoldenData.contrastiveReference().get("pairs");
    Set<String> covered = Set.of("triplet_pos", "triplet_neg", "triplet_margin_1",
        "triplet_margin_0.5", "contrastive_y", "contrastive_d", "contrastive_none_margin_1",
        "contrastive_mean_margin_1", "contrastive_sum_margin_2");
    for (Iterator<String> it = pairs.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      assertTrue(covered.contains(key), "golden key without a test: " + key);
    }
  }

  static void assertRelative(double expected, double actual, double tolerance, String what) {
    double error = Math.abs(actual - expected) / Math.abs(expected);
    assertTrue(error <= tolerance, what + ": expected " + expected + ", got " + actual
        + " (relative error " + error + ")");
  }

  /** Per-pair values include exact zeros, where only an absolute comparison makes sense. */
  private static void assertAbsoluteOrRelative(double expected, double actual, String what) {
    if (expected == 0.0) {
      assertEquals(0.0, actual, 1e-15, what);
    } else {
      assertRelative(expected, actual, FLOAT64_TOLERANCE, what);
    }
  }
}
