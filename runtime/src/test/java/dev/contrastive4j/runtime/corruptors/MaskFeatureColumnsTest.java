package dev.contrastive4j.runtime.corruptors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
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

class MaskFeatureColumnsTest {

  /** Which columns of {@code out} are all zero while the same columns of {@code in} are not. */
  private static boolean[] zeroedColumns(INDArray in, INDArray out) {
    boolean[] zeroed = new boolean[in.columns()];
    for (int c = 0; c < zeroed.length; c++) {
      boolean allZero = true;
      for (int r = 0; r < in.rows(); r++) {
        double v = out.getDouble(r, c);
        if (v != 0) {
          allZero = false;
          assertEquals(in.getDouble(r, c), v, 0.0, "unmasked entries are not rescaled");
        }
      }
      zeroed[c] = allZero;
    }
    return zeroed;
  }

  @Test
  void zeroesWholeColumnsAboutRateOfThem() {
    GraphTensor graph = TestGraphs.random(1, 300, 5, 1000, 2);
    GraphTensor before = TestGraphs.snapshot(graph);
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("n", "x", 0.3).build();
    GraphTensor out = new MaskFeatureColumns(spec, 7).corrupt(graph);
    INDArray in = graph.nodeSet("n").feature("x").toDense();
    boolean[] zeroed = zeroedColumns(in, out.nodeSet("n").feature("x").toDense());
    int count = 0;
    for (boolean z : zeroed) {
      count += z ? 1 : 0;
    }
    // 1000 Bernoulli(0.3) columns: standard deviation about 14.5.
    assertEquals(300, count, 60);
    assertSame(graph.edgeSet("e").feature("w"), out.edgeSet("e").feature("w"), "default 0");
    TestGraphs.assertSameGraph(before, graph);
  }

  @Test
  void sparseFeaturesLoseTheEntriesOfMaskedColumnsAndStaySparse() {
    int rows = 500;
    int cols = 50;
    SplittableRandom r = new SplittableRandom(3);
    INDArray dense = Nd4j.zeros(DataType.FLOAT, rows, cols);
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < 4; k++) {
        dense.putScalar(i, r.nextInt(cols), 1 + r.nextInt(9));
      }
    }
    CsrMatrix m = CsrMatrix.fromDense(dense);
    GraphTensor graph = GraphTensor.builder().nodeSet("n", NodeSet.of(rows, Map.of(
        "bow", Feature.sparse(m), "dense", Feature.dense(dense)))).build();
    GraphTensor out = new MaskFeatureColumns(0.5, 21).corrupt(graph);
    Feature bow = out.nodeSet("n").feature("bow");
    assertTrue(bow.isSparse());
    CsrMatrix masked = ((Feature.Sparse) bow).values();
    assertTrue(masked.nnz() < m.nnz() && masked.nnz() > 0, "nnz " + masked.nnz());
    boolean[] zeroed = zeroedColumns(dense, masked.toDense(DataType.FLOAT));
    int count = 0;
    for (boolean z : zeroed) {
      count += z ? 1 : 0;
    }
    assertTrue(count >= 10 && count <= 40, "masked columns " + count);
    assertEquals(m, ((Feature.Sparse) graph.nodeSet("n").feature("bow")).values());
  }

  @Test
  void intAndRankThreeFeaturesMaskTheirFlattenedItems() {
    INDArray ints = Nd4j.arange(1, 1 + 40 * 30).castTo(DataType.INT32).reshape('c', 40, 30);
    INDArray cube = Nd4j.arange(1, 1 + 40 * 6).castTo(DataType.DOUBLE).reshape('c', 40, 3, 2);
    GraphTensor graph = GraphTensor.builder().nodeSet("n", NodeSet.of(40, Map.of(
        "ints", Feature.dense(ints), "cube", Feature.dense(cube)))).build();
    GraphTensor out = new MaskFeatureColumns(0.5, 1).corrupt(graph);
    INDArray maskedInts = out.nodeSet("n").feature("ints").toDense();
    assertEquals(DataType.INT32, maskedInts.dataType());
    boolean[] z = zeroedColumns(ints, maskedInts);
    int count = 0;
    for (boolean b : z) {
      count += b ? 1 : 0;
    }
    assertTrue(count > 0 && count < 30, "masked " + count);
    INDArray maskedCube = out.nodeSet("n").feature("cube").toDense();
    assertArrayEquals(new long[] {40, 3, 2}, maskedCube.shape());
    zeroedColumns(cube.reshape(40, 6), maskedCube.reshape(40, 6));
  }

  @Test
  void rateOneMasksEveryColumnAndAContextOnlySpecChangesOnlyTheContext() {
    // At rate 1 every column is masked, dense or sparse, whatever the type; a spec that masks
    // only the context still returns a new graph, whose sets are the input's own.
    GraphTensor graph = TestGraphs.small();
    GraphTensor all = new MaskFeatureColumns(1.0, 4).corrupt(graph);
    assertEquals(0.0, all.nodeSet("paper").feature("x").toDense().amaxNumber().doubleValue());
    assertEquals(0, ((Feature.Sparse) all.nodeSet("paper").feature("bow")).values().nnz());
    assertEquals(0.0, all.nodeSet("paper").feature("id").toDense().amaxNumber().doubleValue());
    assertEquals(0.0, all.edgeSet("cites").feature("w").toDense().amaxNumber().doubleValue());
    assertEquals(0.0, all.context().feature("c").toDense().amaxNumber().doubleValue());
    CorruptionSpec contextOnly = CorruptionSpec.builder().context("c", 1.0).build();
    GraphTensor masked = new MaskFeatureColumns(contextOnly, 4).corrupt(graph);
    assertEquals(Nd4j.zeros(DataType.DOUBLE, 3, 2), masked.context().feature("c").toDense());
    assertSame(graph.nodeSet("paper"), masked.nodeSet("paper"));
    assertSame(graph.edgeSet("cites"), masked.edgeSet("cites"));
    assertEquals(4, new MaskFeatureColumns(contextOnly, 4).seed());
  }

  @Test
  void eachCallDrawsANewMaskReproduciblyPerSeed() {
    GraphTensor graph = TestGraphs.random(1, 20, 5, 64, 2);
    MaskFeatureColumns a = new MaskFeatureColumns(0.5, 3);
    MaskFeatureColumns b = new MaskFeatureColumns(0.5, 3);
    GraphTensor a1 = a.corrupt(graph);
    GraphTensor a2 = a.corrupt(graph);
    TestGraphs.assertSameGraph(a1, b.corrupt(graph));
    TestGraphs.assertSameGraph(a2, b.corrupt(graph));
    assertNotEquals(a1.nodeSet("n").feature("x").toDense(),
        a2.nodeSet("n").feature("x").toDense());
    assertSame(graph, new MaskFeatureColumns(0.0, 3).corrupt(graph));
  }
}
