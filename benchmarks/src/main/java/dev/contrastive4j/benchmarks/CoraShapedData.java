package dev.contrastive4j.benchmarks;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.kernels.GcnNormalization;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A random graph and features with Cora's shape: 2708 nodes, 10556 directed edges (5278
 * undirected pairs, no self loops, no duplicates), GCN-normalized with self loops (13264
 * entries), 1433 bag-of-words features at 1.3 % density (row-normalized), 512 hidden units,
 * float32. The seed is fixed so every run measures the same data.
 */
final class CoraShapedData {
  static final int NODES = 2708;
  static final int DIRECTED_EDGES = 10556;
  static final int FEATURES = 1433;
  static final double DENSITY = 0.013;
  static final int HIDDEN = 512;

  final CsrAdjacency adjacency;
  final SparseFeatures features;
  /** The normalized adjacency as an edge list, for the ND4J gather / segment-sum baseline. */
  final INDArray edgeSource;
  final INDArray edgeTarget;
  final INDArray edgeWeight;
  final INDArray denseFeatures;
  final INDArray hidden;
  final INDArray weight;
  final INDArray bias;
  final INDArray upstreamGradient;
  /** A 1 x NODES row of ones, to sum the rows of a gradient with one sgemv. */
  final INDArray onesRow;

  CoraShapedData(long seed) {
    Random rnd = new Random(seed);
    Set<Long> pairs = new HashSet<>();
    int[] src = new int[DIRECTED_EDGES];
    int[] tgt = new int[DIRECTED_EDGES];
    int e = 0;
    while (e < DIRECTED_EDGES) {
      int u = rnd.nextInt(NODES);
      int v = rnd.nextInt(NODES);
      if (u == v || !pairs.add((long) Math.min(u, v) * NODES + Math.max(u, v))) {
        continue;
      }
      src[e] = u;
      tgt[e++] = v;
      src[e] = v;
      tgt[e++] = u;
    }
    adjacency = GcnNormalization.normalize(NODES, src, tgt, true);
    if (adjacency.nnz() != DIRECTED_EDGES + NODES) {
      throw new IllegalStateException("expected " + (DIRECTED_EDGES + NODES) + " entries, got "
          + adjacency.nnz());
    }

    int[] pointers = adjacency.rowPointers();
    int[] rowOf = new int[adjacency.nnz()];
    for (int t = 0; t < NODES; t++) {
      Arrays.fill(rowOf, pointers[t], pointers[t + 1], t);
    }
    double[] w = adjacency.weights();
    float[] wf = new float[w.length];
    for (int i = 0; i < w.length; i++) {
      wf[i] = (float) w[i];
    }
    edgeSource = Nd4j.createFromArray(adjacency.sourceIndices());
    edgeTarget = Nd4j.createFromArray(rowOf);
    edgeWeight = Nd4j.createFromArray(wf).reshape(wf.length, 1);

    CsrMatrix bagOfWords = randomBagOfWords(rnd);
    features = SparseFeatures.of(bagOfWords);
    denseFeatures = bagOfWords.toDense(DataType.FLOAT);
    hidden = Nd4j.rand(DataType.FLOAT, NODES, HIDDEN);
    weight = Nd4j.randn(DataType.FLOAT, FEATURES, HIDDEN).muli(0.05);
    bias = Nd4j.randn(DataType.FLOAT, 1, HIDDEN);
    upstreamGradient = Nd4j.randn(DataType.FLOAT, NODES, HIDDEN);
    onesRow = Nd4j.ones(DataType.FLOAT, 1, NODES);
  }

  private static CsrMatrix randomBagOfWords(Random rnd) {
    int[] indptr = new int[NODES + 1];
    int[] indices = new int[(int) (NODES * FEATURES * DENSITY * 2)];
    float[] values = new float[indices.length];
    boolean[] used = new boolean[FEATURES];
    int k = 0;
    for (int r = 0; r < NODES; r++) {
      int start = k;
      int count = 0;
      for (int c = 0; c < FEATURES; c++) {
        used[c] = rnd.nextDouble() < DENSITY;
        count += used[c] ? 1 : 0;
      }
      if (count == 0) {
        used[rnd.nextInt(FEATURES)] = true; // every node has at least one word
      }
      for (int c = 0; c < FEATURES; c++) {
        if (used[c]) {
          indices[k++] = c;
        }
      }
      Arrays.fill(values, start, k, 1f / (k - start));
      indptr[r + 1] = k;
    }
    return new CsrMatrix(NODES, FEATURES, indptr, Arrays.copyOf(indices, k),
        Arrays.copyOf(values, k));
  }
}
