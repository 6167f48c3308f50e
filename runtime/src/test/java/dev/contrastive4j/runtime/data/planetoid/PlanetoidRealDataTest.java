package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.runtime.testing.SharedData;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Cora and CiteSeer read from the shared raw files. Besides the published figures, the
 * structural facts (degrees, neighbours, feature rows, padded nodes) were computed
 * independently with python3's pickle module and stub numpy/scipy classes.
 */
class PlanetoidRealDataTest {
  // Each test loads what it checks, not a @BeforeAll: a mutation run (PIT) credited the shared
  // load to the class rather than to these checks, so mutants that only changed values survived.
  private static GraphDataset load(String name) {
    return Planetoid.load(name, PlanetoidSource.builder().dataDir(SharedData.planetoidDir())
        .download(false).build());
  }

  @Test
  void coraHasThePublishedShape() {
    GraphDataset cora = load("cora");
    assertEquals("cora", cora.name());
    assertEquals(2708, cora.graph().nodeSet(Planetoid.NODE_SET).totalSize());
    assertEquals(10556, cora.graph().edgeSet(Planetoid.EDGE_SET).totalSize());
    assertEquals(7, cora.numClasses());
    assertArrayEquals(new int[] {351, 217, 418, 818, 426, 298, 180}, cora.classSizes());
    CsrMatrix x = features(cora);
    assertEquals(2708, x.rows());
    assertEquals(1433, x.cols());
    assertEquals(140, cora.split().train().length);
    assertEquals(500, cora.split().val().length);
    assertEquals(1000, cora.split().test().length);
  }

  @Test
  void coraSplitIsTheStandardOne() {
    GraphDataset cora = load("cora");
    assertArrayEquals(IntStream.range(0, 140).toArray(), cora.split().train());
    assertArrayEquals(IntStream.range(140, 640).toArray(), cora.split().val());
    // Cora's test indices are exactly the nodes after allx's 1708 rows.
    assertArrayEquals(IntStream.range(1708, 2708).toArray(), cora.split().test());
    int[] perClass = new int[7];
    int[] labels = cora.labels();
    for (int node : cora.split().train()) {
      perClass[labels[node]]++;
    }
    assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20, 20}, perClass);
    assertArrayEquals(new int[] {3, 4, 4, 0, 3, 2, 0, 3, 3, 2}, Arrays.copyOf(labels, 10));
  }

  @Test
  void coraFeaturesAreBinaryBagsOfWordsInReferenceNodeOrder() {
    GraphDataset cora = load("cora");
    CsrMatrix x = features(cora);
    assertEquals(49216, x.nnz());
    for (float v : x.valuesView()) {
      assertEquals(1f, v);
    }
    assertArrayEquals(new int[] {19, 81, 146, 315, 774, 877, 1194, 1247, 1274}, row(x, 0));
    assertArrayEquals(new int[] {23, 247, 291, 378, 474, 507, 801, 1131, 1159, 1177, 1328, 1333,
        1379}, row(x, 5));
    // Row 0 of tx belongs to node 2692, the first line of test.index; row 999 to node 2157.
    assertArrayEquals(new int[] {311, 314, 353, 505, 510, 621, 1075, 1132, 1171, 1226, 1230,
        1301, 1379, 1389, 1392}, row(x, 2692));
    assertEquals(3, cora.labels()[2692]);
    assertArrayEquals(new int[] {30, 65, 432, 548, 570, 610, 690, 720},
        Arrays.copyOf(row(x, 2157), 8));
    assertEquals(6, cora.labels()[2157]);
  }

  @Test
  void coraEdgesAreSymmetricSortedAndFreeOfLoopsAndDuplicates() {
    GraphDataset cora = load("cora");
    Adjacency a = cora.graph().edgeSet(Planetoid.EDGE_SET).adjacency();
    checkEdgeInvariants(a, 2708);
    assertArrayEquals(new int[] {633, 1862, 2582}, neighbours(a, 0));
    assertArrayEquals(new int[] {2, 652, 654}, neighbours(a, 1));
    assertArrayEquals(new int[] {1310}, neighbours(a, 2692));
    int[] degree = degrees(a, 2708);
    assertEquals(168, degree[1358]);
    assertEquals(168, Arrays.stream(degree).max().getAsInt());
    assertEquals(0, Arrays.stream(degree).filter(d -> d == 0).count());
    assertEquals(583, Arrays.stream(degree).filter(d -> d == 2).count());
  }

  @Test
  void citeseerHasThePublishedShape() {
    GraphDataset citeseer = load("CiteSeer");
    assertEquals(3327, citeseer.graph().nodeSet(Planetoid.NODE_SET).totalSize());
    assertEquals(9104, citeseer.graph().edgeSet(Planetoid.EDGE_SET).totalSize());
    assertEquals(6, citeseer.numClasses());
    assertEquals(3703, features(citeseer).cols());
    assertArrayEquals(new int[] {249, 590, 668, 701, 596, 508}, citeseer.classSizes());
    assertEquals(120, citeseer.split().train().length);
    assertEquals(500, citeseer.split().val().length);
    assertEquals(1000, citeseer.split().test().length);
    assertArrayEquals(IntStream.range(0, 120).toArray(), citeseer.split().train());
    assertArrayEquals(IntStream.range(120, 620).toArray(), citeseer.split().val());
  }

  @Test
  void citeseerPadsTheTestNodesWithoutDataAsTheReferenceLoadersDo() {
    GraphDataset citeseer = load("CiteSeer");
    int[] padded = {2407, 2489, 2553, 2682, 2781, 2953, 3042, 3063, 3212, 3214, 3250, 3292, 3305,
        3306, 3309};
    int[] labels = citeseer.labels();
    CsrMatrix x = features(citeseer);
    int[] unlabeled = IntStream.range(0, labels.length)
        .filter(i -> labels[i] == GraphDataset.UNLABELED).toArray();
    assertArrayEquals(padded, unlabeled);
    int[] emptyRows = IntStream.range(0, x.rows()).filter(r -> row(x, r).length == 0).toArray();
    assertArrayEquals(padded, emptyRows);
    int[] test = citeseer.split().test();
    for (int p : padded) {
      assertTrue(Arrays.binarySearch(test, p) < 0, "padded node " + p + " is not a test node");
    }
    assertEquals(2312, test[0]);
    assertEquals(3326, test[999]);
    assertEquals(105165, x.nnz());
    // Row 0 of tx belongs to node 2488, the first line of test.index.
    assertEquals(41, row(x, 2488).length);
    assertArrayEquals(new int[] {19, 21, 169, 170, 425}, Arrays.copyOf(row(x, 2488), 5));
    assertEquals(2, labels[2488]);
  }

  @Test
  void citeseerEdgesDropTheRawSelfLoops() {
    GraphDataset citeseer = load("CiteSeer");
    Adjacency a = citeseer.graph().edgeSet(Planetoid.EDGE_SET).adjacency();
    checkEdgeInvariants(a, 3327);
    // Node 28 lists itself in the raw graph file; the loop must be gone.
    assertTrue(Arrays.binarySearch(neighbours(a, 28), 28) < 0);
    assertArrayEquals(new int[] {628}, neighbours(a, 0));
    assertArrayEquals(new int[] {158, 486, 1097, 2919, 2933}, neighbours(a, 1));
    assertArrayEquals(new int[] {138, 755, 1853, 1965, 2435, 2487}, neighbours(a, 2488));
    int[] degree = degrees(a, 3327);
    assertEquals(99, degree[1422]);
    assertEquals(99, Arrays.stream(degree).max().getAsInt());
    assertEquals(48, Arrays.stream(degree).filter(d -> d == 0).count());
    assertEquals(1331, Arrays.stream(degree).filter(d -> d == 1).count());
  }

  private static CsrMatrix features(GraphDataset d) {
    Feature f = d.graph().nodeSet(Planetoid.NODE_SET).feature(Planetoid.FEATURE);
    assertTrue(f.isSparse());
    return ((Feature.Sparse) f).values();
  }

  private static int[] row(CsrMatrix x, int r) {
    int[] p = x.indptrView();
    return Arrays.copyOfRange(x.indicesView(), p[r], p[r + 1]);
  }

  private static int[] neighbours(Adjacency a, int node) {
    int[] s = a.sourceView();
    int[] t = a.targetView();
    return IntStream.range(0, a.size()).filter(i -> s[i] == node).map(i -> t[i]).toArray();
  }

  private static int[] degrees(Adjacency a, int n) {
    int[] degree = new int[n];
    for (int s : a.sourceView()) {
      degree[s]++;
    }
    return degree;
  }

  /** Sorted by (source, target) strictly (so no duplicates), no loops, every edge reversed. */
  private static void checkEdgeInvariants(Adjacency a, int n) {
    assertEquals(Planetoid.NODE_SET, a.sourceSet());
    assertEquals(Planetoid.NODE_SET, a.targetSet());
    int[] s = a.sourceView();
    int[] t = a.targetView();
    long[] keys = new long[a.size()];
    for (int i = 0; i < keys.length; i++) {
      assertTrue(s[i] != t[i], "self loop at edge " + i);
      keys[i] = (long) s[i] * n + t[i];
      if (i > 0) {
        assertTrue(keys[i] > keys[i - 1], "edges " + (i - 1) + " and " + i + " out of order");
      }
    }
    for (int i = 0; i < keys.length; i++) {
      assertTrue(Arrays.binarySearch(keys, (long) t[i] * n + s[i]) >= 0,
          "edge " + s[i] + "->" + t[i] + " has no reverse");
    }
  }
}
