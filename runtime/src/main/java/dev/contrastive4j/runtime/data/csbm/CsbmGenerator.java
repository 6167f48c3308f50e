package dev.contrastive4j.runtime.data.csbm;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a contextual stochastic block model graph ({@link CsbmConfig}) as a
 * {@link GraphDataset} with node set {@value #NODE_SET}, edge set {@value #EDGE_SET}, sparse
 * binary feature {@value #FEATURE} and a {@link PlanetoidSplit}.
 *
 * <p>Deterministic: all randomness comes from one {@link SplittableRandom} seeded with the
 * configuration's seed and used on the calling thread, so a seed gives the same graph on any
 * machine and thread count. Edges are drawn by geometric skipping in time proportional to their
 * number, not to the number of node pairs; each undirected edge is stored in both directions,
 * sorted by source then target, without self loops or duplicates.
 */
public final class CsbmGenerator {
  /** The name of the node set. */
  public static final String NODE_SET = "node";
  /** The name of the edge set. */
  public static final String EDGE_SET = "edge";
  /** The name of the node feature. */
  public static final String FEATURE = "feat";

  private CsbmGenerator() {}

  /** Generates the data set {@code config} describes, named {@code csbm}. */
  public static GraphDataset generate(CsbmConfig config) {
    SplittableRandom root = new SplittableRandom(config.seed());
    // One independent stream per part, so that changing one part's sampling leaves the
    // others' draws as they were.
    SplittableRandom labelRng = root.split();
    SplittableRandom edgeRng = root.split();
    SplittableRandom featureRng = root.split();
    SplittableRandom splitRng = root.split();

    int[] labels = labels(config, labelRng);
    int[][] members = members(labels, config.numClasses());
    long[] edges = edges(config, members, edgeRng);
    CsrMatrix features = features(config, labels, featureRng);
    Split split = PlanetoidSplit.sample(labels, config.numClasses(), splitRng);

    int n = config.numNodes();
    int[] source = new int[edges.length];
    int[] target = new int[edges.length];
    for (int i = 0; i < edges.length; i++) {
      source[i] = (int) (edges[i] / n);
      target[i] = (int) (edges[i] % n);
    }
    GraphTensor graph = GraphTensor.homogeneous(NODE_SET,
        NodeSet.of(n, Map.of(FEATURE, Feature.sparse(features))), EDGE_SET,
        EdgeSet.of(new Adjacency(NODE_SET, NODE_SET, source, target), Map.of()));
    return new GraphDataset("csbm", graph, NODE_SET, FEATURE, labels, config.numClasses(),
        split);
  }

  /** Balanced class sizes, assigned to nodes in random order. */
  private static int[] labels(CsbmConfig config, SplittableRandom rng) {
    int[] sizes = config.classSizes();
    int[] labels = new int[config.numNodes()];
    int i = 0;
    for (int c = 0; c < sizes.length; c++) {
      for (int k = 0; k < sizes[c]; k++) {
        labels[i++] = c;
      }
    }
    int[] order = PlanetoidSplit.permutation(labels.length, rng);
    int[] shuffled = new int[labels.length];
    for (int k = 0; k < labels.length; k++) {
      shuffled[k] = labels[order[k]];
    }
    return shuffled;
  }

  /** The nodes of each class in increasing order. */
  private static int[][] members(int[] labels, int numClasses) {
    int[] sizes = new int[numClasses];
    for (int label : labels) {
      sizes[label]++;
    }
    int[][] members = new int[numClasses][];
    for (int c = 0; c < numClasses; c++) {
      members[c] = new int[sizes[c]];
    }
    int[] fill = new int[numClasses];
    for (int node = 0; node < labels.length; node++) {
      members[labels[node]][fill[labels[node]]++] = node;
    }
    return members;
  }

  /**
   * Directed edges as sorted keys {@code source * n + target}: for each block of node pairs
   * (one class with itself, or two classes) the chosen pairs, in both directions.
   */
  private static long[] edges(CsbmConfig config, int[][] members, SplittableRandom rng) {
    long n = config.numNodes();
    double pIn = config.intraClassProbability();
    double pOut = config.interClassProbability();
    LongList keys = new LongList((int) Math.min(Integer.MAX_VALUE - 16,
        (long) (config.expectedDirectedEdges() * 1.1) + 16));
    for (int a = 0; a < members.length; a++) {
      int[] ma = members[a];
      // Pairs (i, j), i < j, of one class in row-major order: row i holds size - 1 - i pairs.
      long[] row = {0};
      long[] rowStart = {0};
      GeometricSkipSampler.sample(rng, (long) ma.length * (ma.length - 1) / 2, pIn, k -> {
        while (k >= rowStart[0] + ma.length - 1 - row[0]) {
          rowStart[0] += ma.length - 1 - row[0];
          row[0]++;
        }
        int u = ma[(int) row[0]];
        int v = ma[(int) (row[0] + 1 + k - rowStart[0])];
        keys.add(u * n + v);
        keys.add(v * n + u);
      });
      for (int b = a + 1; b < members.length; b++) {
        int[] mb = members[b];
        GeometricSkipSampler.sample(rng, (long) ma.length * mb.length, pOut, k -> {
          int u = ma[(int) (k / mb.length)];
          int v = mb[(int) (k % mb.length)];
          keys.add(u * n + v);
          keys.add(v * n + u);
        });
      }
    }
    long[] sorted = keys.toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Binary bag-of-words rows: the words are shuffled once and split into one topic of
   * {@code numFeatures / numClasses} words per class (left-over words belong to no topic); a
   * node has each word of its class's topic with one probability and each other word with
   * another.
   */
  private static CsrMatrix features(CsbmConfig config, int[] labels, SplittableRandom rng) {
    int f = config.numFeatures();
    int topic = config.topicWords();
    int[] words = PlanetoidSplit.permutation(f, rng);
    double pTopic = config.topicWordProbability();
    double pBackground = config.backgroundWordProbability();
    int n = labels.length;
    int[] indptr = new int[n + 1];
    IntList indices = new IntList((int) Math.min(Integer.MAX_VALUE - 16,
        (long) (config.featureDensity() * f * n * 1.1) + 16));
    for (int node = 0; node < n; node++) {
      int start = labels[node] * topic;
      int first = indices.size();
      GeometricSkipSampler.sample(rng, topic, pTopic,
          k -> indices.add(words[start + (int) k]));
      // Background: the words before the topic, then those after it.
      GeometricSkipSampler.sample(rng, f - topic, pBackground, k -> indices.add(
          words[k < start ? (int) k : (int) k + topic]));
      indices.sortRange(first, indices.size());
      indptr[node + 1] = indices.size();
    }
    int[] cols = indices.toArray();
    float[] ones = new float[cols.length];
    Arrays.fill(ones, 1f);
    return new CsrMatrix(n, f, indptr, cols, ones);
  }

  /** A growable list of longs. */
  private static final class LongList {
    private long[] data;
    private int size;

    LongList(int capacity) {
      data = new long[Math.max(16, capacity)];
    }

    void add(long value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, Math.toIntExact(Math.min(Integer.MAX_VALUE - 16L,
            2L * data.length)));
      }
      data[size++] = value;
    }

    long[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] data;
    private int size;

    IntList(int capacity) {
      data = new int[Math.max(16, capacity)];
    }

    void add(int value) {
      if (size == data.length) {
        data = Arrays.copyOf(data, Math.toIntExact(Math.min(Integer.MAX_VALUE - 16L,
            2L * data.length)));
      }
      data[size++] = value;
    }

    int size() {
      return size;
    }

    void sortRange(int from, int to) {
      Arrays.sort(data, from, to);
    }

    int[] toArray() {
      return Arrays.copyOf(data, size);
    }
  }
}
