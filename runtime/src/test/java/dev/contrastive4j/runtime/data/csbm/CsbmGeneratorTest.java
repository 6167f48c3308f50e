package dev.contrastive4j.runtime.data.csbm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CsbmGeneratorTest {
  static final CsbmConfig DEFAULTS = CsbmConfig.defaults();
  private GraphDataset data;

  // Generated for each test, not in a @BeforeAll: a mutation run (PIT) credited the shared
  // generation to the class rather than to these checks, so mutants that changed it survived.
  @BeforeEach
  void generate() {
    data = CsbmGenerator.generate(DEFAULTS);
  }

  static Adjacency adjacency(GraphDataset d) {
    return d.graph().edgeSet(CsbmGenerator.EDGE_SET).adjacency();
  }

  static CsrMatrix features(GraphDataset d) {
    return ((Feature.Sparse) d.graph().nodeSet(CsbmGenerator.NODE_SET)
        .feature(CsbmGenerator.FEATURE)).values();
  }

  static void assertSame(GraphDataset a, GraphDataset b) {
    assertArrayEquals(adjacency(a).sourceView(), adjacency(b).sourceView());
    assertArrayEquals(adjacency(a).targetView(), adjacency(b).targetView());
    assertEquals(features(a), features(b));
    assertArrayEquals(a.labels(), b.labels());
    assertEquals(a.split(), b.split());
  }

  @Test
  void theSameSeedGivesTheSameGraphOnAnyThread() throws Exception {
    assertSame(data, CsbmGenerator.generate(DEFAULTS));
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<GraphDataset>> runs = pool.invokeAll(List.of(
          () -> CsbmGenerator.generate(DEFAULTS), () -> CsbmGenerator.generate(DEFAULTS),
          () -> CsbmGenerator.generate(DEFAULTS)));
      for (Future<GraphDataset> run : runs) {
        assertSame(data, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherSeedGivesAnotherGraph() {
    GraphDataset other = CsbmGenerator.generate(DEFAULTS.withSeed(1));
    assertFalse(Arrays.equals(adjacency(data).targetView(), adjacency(other).targetView()));
    assertFalse(features(data).equals(features(other)));
    assertFalse(Arrays.equals(data.labels(), other.labels()));
    assertFalse(data.split().equals(other.split()));
  }

  @Test
  void hasTheExpectedNumberOfEdges() {
    double expected = DEFAULTS.expectedDirectedEdges();
    assertEquals(1200 * 6.0, expected, 1e-6);
    // The undirected edge count is a sum of independent Bernoullis: its standard deviation is
    // below sqrt(expected / 2); allow five of them.
    long undirected = adjacency(data).size() / 2;
    assertEquals(expected / 2, undirected, 5 * Math.sqrt(expected / 2));
  }

  @Test
  void edgesAreSymmetricSortedAndFreeOfLoopsAndDuplicates() {
    int[] s = adjacency(data).sourceView();
    int[] t = adjacency(data).targetView();
    long n = DEFAULTS.numNodes();
    Set<Long> keys = new HashSet<>();
    long previous = -1;
    for (int i = 0; i < s.length; i++) {
      assertTrue(s[i] != t[i], "self loop at edge " + i);
      long key = s[i] * n + t[i];
      assertTrue(key > previous, "edges sorted by source, then target, no duplicates");
      previous = key;
      keys.add(key);
    }
    for (int i = 0; i < s.length; i++) {
      assertTrue(keys.contains(t[i] * n + s[i]), "reverse of edge " + i);
    }
  }

  @Test
  void classesAreBalanced() {
    assertArrayEquals(new int[] {200, 200, 200, 200, 200, 200}, data.classSizes());
    assertArrayEquals(new int[] {4, 3, 3}, CsbmGenerator.generate(
        new CsbmConfig(10, 3, 2, 0.5, 12, 0.25, 0.5, 0)).classSizes());
  }

  @Test
  void homophilyIsNearItsExpectation() {
    int[] labels = data.labels();
    Adjacency a = adjacency(data);
    long same = 0;
    for (int i = 0; i < a.size(); i++) {
      if (labels[a.sourceView()[i]] == labels[a.targetView()[i]]) {
        same++;
      }
    }
    double h = (double) same / a.size();
    // Standard deviation sqrt(h (1 - h) / 3600) = 0.008.
    assertEquals(DEFAULTS.homophily(), h, 0.03);
    double heterophilous = homophily(CsbmGenerator.generate(DEFAULTS.withEdges(6, 0.1)));
    assertEquals(0.1, heterophilous, 0.03);
  }

  private static double homophily(GraphDataset d) {
    int[] labels = d.labels();
    Adjacency a = adjacency(d);
    long same = 0;
    for (int i = 0; i < a.size(); i++) {
      same += labels[a.sourceView()[i]] == labels[a.targetView()[i]] ? 1 : 0;
    }
    return (double) same / a.size();
  }

  @Test
  void featuresAreSparseBinaryWithTheExpectedDensity() {
    CsrMatrix x = features(data);
    assertEquals(1200, x.rows());
    assertEquals(500, x.cols());
    // 12 000 expected entries, standard deviation below 110.
    assertEquals(DEFAULTS.featureDensity(), x.density(), 0.001);
    for (float v : x.valuesView()) {
      assertEquals(1f, v);
    }
    int[] ptr = x.indptrView();
    int[] idx = x.indicesView();
    for (int r = 0; r < x.rows(); r++) {
      for (int k = ptr[r] + 1; k < ptr[r + 1]; k++) {
        assertTrue(idx[k] > idx[k - 1], "row " + r + " has sorted, distinct columns");
      }
    }
  }

  @Test
  void eachClassHasItsOwnTopicWords() {
    CsrMatrix x = features(data);
    int[] labels = data.labels();
    int classes = DEFAULTS.numClasses();
    double[][] freq = new double[classes][x.cols()];
    int[] sizes = data.classSizes();
    for (int r = 0; r < x.rows(); r++) {
      for (int k = x.indptrView()[r]; k < x.indptrView()[r + 1]; k++) {
        freq[labels[r]][x.indicesView()[k]] += 1.0 / sizes[labels[r]];
      }
    }
    double cut = (DEFAULTS.topicWordProbability() + DEFAULTS.backgroundWordProbability()) / 2;
    List<Set<Integer>> frequent = new ArrayList<>();
    for (int c = 0; c < classes; c++) {
      Set<Integer> words = new HashSet<>();
      for (int w = 0; w < x.cols(); w++) {
        if (freq[c][w] > cut) {
          words.add(w);
        }
      }
      // About 95 % of the 166 topic words clear the cut, and about one background word.
      assertTrue(words.size() > 0.85 * DEFAULTS.topicWords()
          && words.size() < 1.1 * DEFAULTS.topicWords(),
          "class " + c + " has " + words.size() + " frequent words");
      frequent.add(words);
    }
    for (int a = 0; a < classes; a++) {
      for (int b = a + 1; b < classes; b++) {
        Set<Integer> both = new HashSet<>(frequent.get(a));
        both.retainAll(frequent.get(b));
        assertTrue(both.size() < 0.05 * DEFAULTS.topicWords(),
            "classes " + a + " and " + b + " share " + both.size() + " frequent words");
      }
    }
  }

  @Test
  void splitIsShapedLikePlanetoid() {
    Split split = data.split();
    // 20 per class; of the 1080 other nodes a third for validation, the rest for test.
    assertEquals(120, split.train().length);
    assertEquals(360, split.val().length);
    assertEquals(720, split.test().length);
    int[] perClass = new int[DEFAULTS.numClasses()];
    for (int node : split.train()) {
      perClass[data.labels()[node]]++;
    }
    assertArrayEquals(new int[] {20, 20, 20, 20, 20, 20}, perClass);
    Set<Integer> seen = new HashSet<>();
    for (int[] part : List.of(split.train(), split.val(), split.test())) {
      for (int node : part) {
        assertTrue(seen.add(node), "node " + node + " is in one part only");
      }
    }
    // A small graph: 10 nodes per class give 3 training nodes per class, then of the 21 left
    // 7 for validation and 14 for test.
    Split small = CsbmGenerator.generate(new CsbmConfig(30, 3, 4, 0.7, 12, 0.25, 0.5, 7))
        .split();
    assertEquals(9, small.train().length);
    assertEquals(7, small.val().length);
    assertEquals(14, small.test().length);
  }

  @Test
  void splitPartsAreAscending() {
    Split split = data.split();
    for (int[] part : List.of(split.train(), split.val(), split.test())) {
      int[] sorted = part.clone();
      Arrays.sort(sorted);
      assertArrayEquals(sorted, part);
    }
  }

  @Test
  void aClassWhoseEdgeProbabilityIsOneHasEveryPairOnce() {
    // Two classes of three, p_in = 1 and p_out = 0: the edges are exactly the six pairs inside
    // the classes, both ways, which walks every row of the pair enumeration.
    CsbmConfig all = new CsbmConfig(6, 2, 2, 1, 2, 0.5, 0.5, 5);
    assertEquals(1, all.intraClassProbability());
    GraphDataset d = CsbmGenerator.generate(all);
    int[] labels = d.labels();
    Adjacency a = adjacency(d);
    List<String> expected = new ArrayList<>();
    for (int u = 0; u < 6; u++) {
      for (int v = 0; v < 6; v++) {
        if (u != v && labels[u] == labels[v]) {
          expected.add(u + "->" + v);
        }
      }
    }
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      actual.add(a.sourceView()[i] + "->" + a.targetView()[i]);
    }
    assertEquals(expected, actual);
  }

  @Test
  void samplesLargeSparseGraphsInTimeProportionalToTheirEdges() {
    // 300 000 nodes have 4.5e10 node pairs: a pass over all pairs would not finish here.
    CsbmConfig big = new CsbmConfig(300_000, 5, 4, 0.8, 10, 0.2, 0.5, 3);
    GraphDataset d = CsbmGenerator.generate(big);
    assertEquals(big.expectedDirectedEdges() / 2, adjacency(d).size() / 2.0,
        5 * Math.sqrt(big.expectedDirectedEdges() / 2));
    assertEquals(0.8, homophily(d), 0.01);
  }
}
