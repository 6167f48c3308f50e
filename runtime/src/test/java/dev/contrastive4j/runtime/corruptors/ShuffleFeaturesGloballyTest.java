package dev.contrastive4j.runtime.corruptors;

import static dev.contrastive4j.runtime.corruptors.TestGraphs.rows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.ops.RowSelections;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class ShuffleFeaturesGloballyTest {

  private static List<List<Double>> sorted(List<List<Double>> rows) {
    List<List<Double>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Object::toString));
    return copy;
  }

  private static int movedRows(INDArray before, INDArray after) {
    List<List<Double>> a = rows(before);
    List<List<Double>> b = rows(after);
    int moved = 0;
    for (int i = 0; i < a.size(); i++) {
      moved += a.get(i).equals(b.get(i)) ? 0 : 1;
    }
    return moved;
  }

  @Test
  void theDefaultShufflesEveryFeatureOfEverySetAsAPermutationOfItsRows() {
    GraphTensor graph = TestGraphs.small();
    GraphTensor before = TestGraphs.snapshot(graph);
    GraphTensor out = new ShuffleFeaturesGlobally(42).corrupt(graph);

    // TF-GNN's default (rate 1 everywhere) shuffles node, edge and context features.
    for (String f : List.of("x", "bow", "id")) {
      INDArray in = graph.nodeSet("paper").feature(f).toDense();
      INDArray shuffled = out.nodeSet("paper").feature(f).toDense();
      assertEquals(sorted(rows(in)), sorted(rows(shuffled)), "same multiset of rows of " + f);
      assertTrue(movedRows(in, shuffled) >= 6, f + " moved " + movedRows(in, shuffled));
    }
    for (String f : List.of("w", "ew")) {
      INDArray in = graph.edgeSet("cites").feature(f).toDense();
      INDArray shuffled = out.edgeSet("cites").feature(f).toDense();
      assertEquals(sorted(rows(in)), sorted(rows(shuffled)));
      assertTrue(movedRows(in, shuffled) >= 12, f + " moved " + movedRows(in, shuffled));
    }
    INDArray context = out.context().feature("c").toDense();
    assertEquals(sorted(rows(graph.context().feature("c").toDense())), sorted(rows(context)));

    // Structure and types are untouched; sparse stays sparse; the input is unchanged.
    assertArrayEquals(graph.nodeSet("paper").sizes(), out.nodeSet("paper").sizes());
    assertArrayEquals(graph.edgeSet("cites").adjacency().sourceView(),
        out.edgeSet("cites").adjacency().sourceView());
    assertTrue(out.nodeSet("paper").feature("bow").isSparse());
    assertTrue(out.edgeSet("cites").feature("ew").isSparse());
    assertEquals(DataType.INT32, out.nodeSet("paper").feature("id").dataType());
    assertEquals(DataType.FLOAT, out.nodeSet("paper").feature("x").dataType());
    TestGraphs.assertSameGraph(before, graph);
  }

  @Test
  void rowsMoveAcrossComponents() {
    GraphTensor graph = TestGraphs.small();
    INDArray ids = new ShuffleFeaturesGlobally(5).corrupt(graph).nodeSet("paper")
        .feature("id").toDense();
    // Component 0 holds nodes 0..3: after a global shuffle some of its rows come from elsewhere.
    boolean foreign = false;
    for (int i = 0; i < 4; i++) {
      foreign |= ids.getInt(i) >= 4;
    }
    assertTrue(foreign, "component 0 got rows " + ids);
  }

  @Test
  void eachFeatureGetsItsOwnPermutationKeepingRowsIntact() {
    GraphTensor graph = TestGraphs.small();
    GraphTensor out = new ShuffleFeaturesGlobally(CorruptionSpec.nodeSetsOnly(1.0), 9)
        .corrupt(graph);
    INDArray x = out.nodeSet("paper").feature("x").toDense();
    INDArray ids = out.nodeSet("paper").feature("id").toDense();
    boolean differ = false;
    for (int r = 0; r < 12; r++) {
      // A row of x is (i, 100 + i, 200 + i): whole rows are moved, never mixed.
      assertEquals(x.getDouble(r, 0) + 100, x.getDouble(r, 1));
      assertEquals(x.getDouble(r, 0) + 200, x.getDouble(r, 2));
      differ |= x.getDouble(r, 0) != ids.getInt(r);
    }
    assertTrue(differ, "x and id were permuted identically");
    // nodeSetsOnly: edge and context features are the input's own objects.
    assertSame(graph.edgeSet("cites").feature("w"), out.edgeSet("cites").feature("w"));
    assertSame(graph.context().feature("c"), out.context().feature("c"));
  }

  @Test
  void sparseFeaturesArePermutedAsCsrRows() {
    GraphTensor graph = TestGraphs.small();
    CorruptionSpec spec = CorruptionSpec.builder().nodeSet("paper", "bow", 1.0).build()
        .withDefaultRate(0.0);
    Feature out = new ShuffleFeaturesGlobally(spec, 3).corrupt(graph).nodeSet("paper")
        .feature("bow");
    CsrMatrix in = ((Feature.Sparse) graph.nodeSet("paper").feature("bow")).values();
    CsrMatrix shuffled = ((Feature.Sparse) out).values();
    assertEquals(in.nnz(), shuffled.nnz());
    // Row r holds value i + 1 at column i mod 6 for some source row i, each i exactly once.
    boolean[] seen = new boolean[12];
    for (int r = 0; r < 12; r++) {
      int k = shuffled.indptrView()[r];
      int source = (int) shuffled.valuesView()[k] - 1;
      assertEquals(source % 6, shuffled.indicesView()[k]);
      seen[source] = true;
    }
    for (boolean s : seen) {
      assertTrue(s);
    }
    // Recorded as rows of the input, so that encoders gather its product from the input's.
    RowSelections.RowSelection selection = RowSelections.of(shuffled);
    assertSame(in, selection.source());
    int[] order = selection.order().ids();
    for (int r = 0; r < 12; r++) {
      int k = shuffled.indptrView()[r];
      assertEquals((int) shuffled.valuesView()[k] - 1, order[r], "row " + r);
    }
  }

  @Test
  void rateZeroIsTheIdentity() {
    GraphTensor graph = TestGraphs.small();
    assertSame(graph, new ShuffleFeaturesGlobally(0.0, 1).corrupt(graph));
    CorruptionSpec off = CorruptionSpec.uniform(0.0);
    assertSame(graph, new ShuffleFeaturesGlobally(off, 1).corrupt(graph));
  }

  @Test
  void partialRatesShuffleCeilOfRateTimesRowsAmongThemselves() {
    // TF-GNN computes ceil(float32(n) * float32(rate)), rounding artefacts included (numpy:
    // ceil(float32(100) * float32(0.07)) = 7 where double arithmetic gives 8, and
    // ceil(float32(100) * float32(0.3)) = 31 where double arithmetic gives 30).
    assertEquals(2, ShuffleFeaturesGlobally.rowsToShuffle(4, 0.5));
    assertEquals(7, ShuffleFeaturesGlobally.rowsToShuffle(100, 0.07));
    assertEquals(1, ShuffleFeaturesGlobally.rowsToShuffle(10, 0.01));
    assertEquals(31, ShuffleFeaturesGlobally.rowsToShuffle(100, 0.3));
    assertEquals(300, ShuffleFeaturesGlobally.rowsToShuffle(1000, 0.3));
    assertEquals(100, ShuffleFeaturesGlobally.rowsToShuffle(100, 0.999));

    SplittableRandom random = new SplittableRandom(11);
    int n = 1000;
    for (double rate : new double[] {0.05, 0.3, 0.5, 0.9}) {
      int k = ShuffleFeaturesGlobally.rowsToShuffle(n, rate);
      int[] perm = ShuffleFeaturesGlobally.sourceRows(n, rate, random);
      int[] sortedPerm = perm.clone();
      Arrays.sort(sortedPerm);
      assertArrayEquals(FeatureRows.identity(n), sortedPerm, "a permutation");
      int moved = 0;
      for (int i = 0; i < n; i++) {
        moved += perm[i] != i ? 1 : 0;
      }
      // k rows are permuted among themselves; about one of them stays put by chance.
      assertTrue(moved <= k && moved >= k - 6, "rate " + rate + ": moved " + moved + " of k=" + k);
    }
  }

  @Test
  void partialRatesChooseTheirRowsFromAllRows() {
    // The k shuffled rows are a random subset of all rows, not the first k; with k = n (rate
    // just below 1) every row takes part.
    int n = 1000;
    int[] perm = ShuffleFeaturesGlobally.sourceRows(n, 0.05, new SplittableRandom(12));
    int low = 0;
    int high = 0;
    for (int i = 0; i < n; i++) {
      if (perm[i] != i) {
        low += i < n / 2 ? 1 : 0;
        high += i >= n / 2 ? 1 : 0;
      }
    }
    assertTrue(low > 5 && high > 5, "moved rows below and above the middle: " + low + ", "
        + high);
    int[] all = ShuffleFeaturesGlobally.sourceRows(100, 0.999, new SplittableRandom(13));
    int[] sorted = all.clone();
    Arrays.sort(sorted);
    assertArrayEquals(FeatureRows.identity(100), sorted, "a permutation of every row");
  }

  @Test
  void partialRateOnAFeatureMovesAtMostTheChosenRows() {
    int n = 200;
    INDArray values = Nd4j.arange(0, n).castTo(DataType.DOUBLE).reshape(n, 1);
    GraphTensor graph = GraphTensor.builder()
        .nodeSet("n", NodeSet.of(n, Map.of("v", Feature.dense(values)))).build();
    GraphTensor out = new ShuffleFeaturesGlobally(0.25, 8).corrupt(graph);
    INDArray shuffled = out.nodeSet("n").feature("v").toDense();
    int moved = movedRows(values, shuffled);
    assertTrue(moved <= 50 && moved >= 44, "moved " + moved);
    assertEquals(sorted(rows(values)), sorted(rows(shuffled)));
  }

  @Test
  void rankOneAndRankThreeFeaturesAndEmptyFeatures() {
    INDArray cube = Nd4j.arange(0, 24).castTo(DataType.FLOAT).reshape('c', 6, 2, 2);
    INDArray vector = Nd4j.arange(0, 6).castTo(DataType.INT64);
    INDArray empty = Nd4j.create(DataType.FLOAT, 6, 0);
    GraphTensor graph = GraphTensor.builder().nodeSet("n", NodeSet.of(6, Map.of(
        "cube", Feature.dense(cube), "vec", Feature.dense(vector),
        "empty", Feature.dense(empty)))).build();
    GraphTensor out = new ShuffleFeaturesGlobally(4).corrupt(graph);
    INDArray c = out.nodeSet("n").feature("cube").toDense();
    assertArrayEquals(new long[] {6, 2, 2}, c.shape());
    INDArray v = out.nodeSet("n").feature("vec").toDense();
    assertArrayEquals(new long[] {6}, v.shape());
    assertEquals(DataType.INT64, v.dataType());
    for (int r = 0; r < 6; r++) {
      int source = (int) c.getFloat(r, 0, 0) / 4;
      for (int i = 0; i < 4; i++) {
        assertEquals(source * 4 + i, c.getFloat(r, i / 2, i % 2), 0f, "item stays whole");
      }
    }
    assertNotEquals(rows(vector), rows(v));
    assertEquals(sorted(rows(vector)), sorted(rows(v)));
    assertArrayEquals(new long[] {6, 0}, out.nodeSet("n").feature("empty").shape());
  }

  @Test
  void fortranOrderAndViewInputsAreReadByLogicalIndex() {
    INDArray base = Nd4j.arange(0, 60).castTo(DataType.DOUBLE).reshape('c', 10, 6);
    INDArray fortran = base.dup('f');
    INDArray view = base.transpose().transpose().get(NDArrayIndex.all(),
        NDArrayIndex.interval(2, 5));
    GraphTensor graph = GraphTensor.builder().nodeSet("n", NodeSet.of(10, Map.of(
        "f", Feature.dense(fortran), "view", Feature.dense(view)))).build();
    GraphTensor out = new ShuffleFeaturesGlobally(2).corrupt(graph);
    assertEquals(sorted(rows(base)), sorted(rows(out.nodeSet("n").feature("f").toDense())));
    assertEquals(sorted(rows(view)), sorted(rows(out.nodeSet("n").feature("view").toDense())));
    GraphTensor masked = new MaskFeatureColumns(0.5, 2).corrupt(graph);
    INDArray m = masked.nodeSet("n").feature("f").toDense();
    for (int c = 0; c < 6; c++) {
      boolean zero = m.getDouble(1, c) == 0;
      for (int r = 1; r < 10; r++) {
        assertEquals(zero ? 0.0 : base.getDouble(r, c), m.getDouble(r, c));
      }
    }
    GraphTensor dropped = new DropoutFeatures(0.5, 2).corrupt(graph);
    INDArray d = dropped.nodeSet("n").feature("view").toDense();
    for (int r = 0; r < 10; r++) {
      for (int c = 0; c < 3; c++) {
        double v = d.getDouble(r, c);
        assertTrue(v == 0 || v == 2 * view.getDouble(r, c), "element " + r + "," + c);
      }
    }
  }

  @Test
  void sameSeedSameCallsSameViewsAndEachCallIsFresh() {
    GraphTensor graph = TestGraphs.random(1, 300, 10, 4, 1);
    ShuffleFeaturesGlobally a = new ShuffleFeaturesGlobally(77);
    ShuffleFeaturesGlobally b = new ShuffleFeaturesGlobally(77);
    GraphTensor a1 = a.corrupt(graph);
    GraphTensor a2 = a.corrupt(graph);
    TestGraphs.assertSameGraph(a1, b.corrupt(graph));
    TestGraphs.assertSameGraph(a2, b.corrupt(graph));
    assertNotEquals(rows(a1.nodeSet("n").feature("x").toDense()),
        rows(a2.nodeSet("n").feature("x").toDense()), "a new permutation per call");
    assertNotEquals(rows(a1.nodeSet("n").feature("x").toDense()),
        rows(new ShuffleFeaturesGlobally(78).corrupt(graph).nodeSet("n").feature("x")
            .toDense()), "another seed, another permutation");
  }
}
