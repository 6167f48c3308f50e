package dev.contrastive4j.runtime.corruptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DropoutFeaturesTest {

  @Test
  void zeroesAboutRateOfTheElementsAndScalesTheSurvivors() {
    GraphTensor graph = TestGraphs.random(2, 1000, 10, 100, 3);
    GraphTensor before = TestGraphs.snapshot(graph);
    double rate = 0.3;
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("n", "x", rate).build();
    GraphTensor out = new DropoutFeatures(spec, 5).corrupt(graph);
    float[] in = graph.nodeSet("n").feature("x").toDense().data().asFloat();
    float[] dropped = out.nodeSet("n").feature("x").toDense().data().asFloat();
    float scale = 1f / (1f - (float) rate);
    int zeros = 0;
    for (int i = 0; i < in.length; i++) {
      if (dropped[i] == 0f) {
        zeros++;
      } else {
        assertEquals(in[i] * scale, dropped[i], 0f, "survivor " + i + " scaled by 1/(1-rate)");
      }
    }
    // 200 000 Bernoulli(0.3) draws: standard deviation of the share is about 0.001.
    assertEquals(rate, zeros / (double) in.length, 0.005);
    // The default rate is 0: the edge feature is the same object; the input is unchanged.
    assertSame(graph.edgeSet("e").feature("w"), out.edgeSet("e").feature("w"));
    TestGraphs.assertSameGraph(before, graph);
  }

  /**
   * Drops out a {@code [rows, 40]} feature of 3s of data type {@code type}; asserts that it keeps
   * its type and that every survivor is {@code survivor}, and returns the share of zeros.
   */
  private static double zeroShare(DataType type, int rows, double rate, long seed,
      double survivor) {
    INDArray values = Nd4j.ones(type, rows, 40).muli(3.0);
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("n", NodeSet.of(rows, Map.of("v", Feature.dense(values)))).build();
    INDArray out = new DropoutFeatures(rate, seed).corrupt(graph).nodeSet("n").feature("v")
        .toDense();
    assertEquals(type, out.dataType());
    double[] a = out.castTo(DataType.DOUBLE).data().asDouble();
    int zeros = 0;
    for (double v : a) {
      if (v == 0) {
        zeros++;
      } else {
        assertEquals(survivor, v, 0.0);
      }
    }
    return zeros / (double) a.length;
  }

  @Test
  void doubleFeaturesAreDroppedInDoublePrecision() {
    assertEquals(0.2, zeroShare(DataType.DOUBLE, 500, 0.2, 1, 3.0 / 0.8), 0.01);
  }

  @Test
  void sparseFeaturesDropStoredEntriesAndStaySparse() {
    int rows = 2000;
    int[] ptr = new int[rows + 1];
    int[] idx = new int[rows * 5];
    float[] val = new float[rows * 5];
    SplittableRandom r = new SplittableRandom(2);
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < 5; k++) {
        idx[i * 5 + k] = k * 20 + r.nextInt(20);
        val[i * 5 + k] = 1f + k;
      }
      ptr[i + 1] = (i + 1) * 5;
    }
    CsrMatrix m = new CsrMatrix(rows, 100, ptr, idx, val);
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("n", NodeSet.of(rows, Map.of("bow", Feature.sparse(m)))).build();
    Feature out = new DropoutFeatures(0.4, 9).corrupt(graph).nodeSet("n").feature("bow");
    assertTrue(out.isSparse());
    CsrMatrix d = ((Feature.Sparse) out).values();
    assertEquals(100, d.cols());
    assertEquals(0.6, d.nnz() / (double) m.nnz(), 0.02, "share of stored entries kept");
    float scale = 1f / (1f - 0.4f);
    // Every kept entry is an input entry of the same row and column, scaled.
    for (int i = 0; i < rows; i++) {
      for (int k = d.indptrView()[i]; k < d.indptrView()[i + 1]; k++) {
        int col = d.indicesView()[k];
        int band = col / 20;
        assertEquals(idx[i * 5 + band], col);
        assertEquals((1f + band) * scale, d.valuesView()[k], 0f);
      }
    }
    assertEquals(m, ((Feature.Sparse) graph.nodeSet("n").feature("bow")).values(),
        "input unchanged");
  }

  @Test
  void rateOneIsRejectedAsTensorFlowDoes() {
    CorruptionException e = assertThrows(CorruptionException.class,
        () -> new DropoutFeatures(CorruptionSpec.builder().nodeSet("paper", "x", 1.0).build(), 1));
    assertEquals("DropoutFeatures: rate for node set 'paper', feature 'x' must be below 1 "
        + "(dropout scales survivors by 1 / (1 - rate)), got 1.0", e.getMessage());
    assertThrows(CorruptionException.class, () -> new DropoutFeatures(1.0, 1));
  }

  @Test
  void rateOneIsRejectedForEdgeSetAndContextFeaturesToo() {
    // Each of the three maps of a spec is checked, naming where the rate was given.
    assertEquals("DropoutFeatures: rate for edge set 'cites', feature 'w' must be below 1 "
        + "(dropout scales survivors by 1 / (1 - rate)), got 1.0",
        assertThrows(CorruptionException.class, () -> new DropoutFeatures(
            CorruptionSpec.builder().edgeSet("cites", "w", 1.0).build(), 1)).getMessage());
    assertEquals("DropoutFeatures: rate for context feature 'c' must be below 1 "
        + "(dropout scales survivors by 1 / (1 - rate)), got 1.0",
        assertThrows(CorruptionException.class, () -> new DropoutFeatures(
            CorruptionSpec.builder().context("c", 1.0).build(), 1)).getMessage());
  }

  @Test
  void halfPrecisionFeaturesAreDroppedInFloat32AndCastBack() {
    // 3 · 1 / (1 - 0.5) = 6 is exact in float16; the feature keeps its data type.
    assertEquals(0.5, zeroShare(DataType.HALF, 100, 0.5, 2, 6.0), 0.05);
  }

  @Test
  void featuresWithoutElementsAreReturnedAsTheyAre() {
    // Nothing to drop in a [6, 0] feature: the same object comes back.
    Feature empty = Feature.dense(Nd4j.create(DataType.FLOAT, 6, 0));
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("n", NodeSet.of(6, Map.of("empty", empty))).build();
    assertSame(empty, new DropoutFeatures(0.5, 3).corrupt(graph).nodeSet("n").feature("empty"));
  }

  @Test
  void integerFeaturesCannotBeDroppedOut() {
    GraphTensor graph = TestGraphs.small();
    CorruptionException e = assertThrows(CorruptionException.class,
        () -> new DropoutFeatures(0.5, 1).corrupt(graph));
    assertEquals("DropoutFeatures: node set 'paper', feature 'id' has data type INT; dropout "
        + "needs floating-point values (give it rate 0 in a CorruptionSpec; a config's "
        + "dropout-features drops every feature, so use mask-feature-columns on this graph)",
        e.getMessage());
    CorruptionSpec spec = CorruptionSpec.builder().defaultRate(0.5).nodeSet("paper", "id", 0.0)
        .nodeSet("paper", "*", 0.5).build();
    GraphTensor out = new DropoutFeatures(spec, 1).corrupt(graph);
    assertSame(graph.nodeSet("paper").feature("id"), out.nodeSet("paper").feature("id"));
  }

  @Test
  void deterministicPerSeedAndFreshPerCall() {
    GraphTensor graph = TestGraphs.random(1, 200, 5, 20, 4);
    DropoutFeatures a = new DropoutFeatures(0.5, 12);
    DropoutFeatures b = new DropoutFeatures(0.5, 12);
    GraphTensor a1 = a.corrupt(graph);
    GraphTensor a2 = a.corrupt(graph);
    TestGraphs.assertSameGraph(a1, b.corrupt(graph));
    TestGraphs.assertSameGraph(a2, b.corrupt(graph));
    assertNotEquals(a1.nodeSet("n").feature("x").toDense(), a2.nodeSet("n").feature("x")
        .toDense());
  }
}
