package dev.contrastive4j.runtime.kernels;

import java.util.Arrays;

/**
 * The symmetric normalization of a GCN layer (Kipf and Welling), with the semantics of PyTorch
 * Geometric's {@code gcn_norm}: {@code Â = D^-1/2 (A + I) D^-1/2} where the degree is the
 * weighted in-degree at the target, self loops included.
 *
 * <p>Self loops follow {@code add_remaining_self_loops}: the input's own self loops are taken
 * out, then every node gets exactly one self loop whose weight is that of its (last) input self
 * loop, or 1 if it had none. A node of degree 0 gets the factor 0 instead of infinity, so a node
 * that only sends edges contributes nothing rather than NaN.
 */
public final class GcnNormalization {
  private GcnNormalization() {}

  /**
   * Normalizes the unweighted edges {@code source[i] -> target[i]} of a graph with
   * {@code numNodes} nodes.
   *
   * @param addSelfLoops whether to add the remaining self loops first (GCN's {@code A + I})
   * @return {@code Â}, rows = targets
   * @throws KernelArgumentException if the arrays differ in length or an index is out of range
   */
  public static CsrAdjacency normalize(int numNodes, int[] source, int[] target,
      boolean addSelfLoops) {
    if (source == null) {
      throw new KernelArgumentException("GcnNormalization.normalize: source must not be null");
    }
    double[] ones = new double[source.length];
    Arrays.fill(ones, 1d);
    return normalize(numNodes, source, target, ones, addSelfLoops);
  }

  /**
   * Normalizes the weighted edges {@code source[i] -> target[i]} with weight
   * {@code edgeWeights[i]}: the result's weight for {@code s -> t} is
   * {@code deg(s)^-1/2 · w · deg(t)^-1/2}, summed over duplicate edges.
   *
   * @throws KernelArgumentException if the arrays differ in length, an index is out of range or
   *     a weight is negative or not finite (a negative degree has no square root)
   */
  public static CsrAdjacency normalize(int numNodes, int[] source, int[] target,
      double[] edgeWeights, boolean addSelfLoops) {
    String kernel = "GcnNormalization.normalize";
    if (numNodes < 0) {
      throw new KernelArgumentException(kernel + ": numNodes must be non-negative, was "
          + numNodes);
    }
    if (source == null || target == null || edgeWeights == null) {
      throw new KernelArgumentException(
          kernel + ": source, target and edgeWeights must not be null");
    }
    if (source.length != target.length || source.length != edgeWeights.length) {
      throw new KernelArgumentException(kernel + ": source has " + source.length
          + " entries, target " + target.length + ", edgeWeights " + edgeWeights.length
          + "; they must be equally long");
    }
    for (int i = 0; i < source.length; i++) {
      if (source[i] < 0 || source[i] >= numNodes || target[i] < 0 || target[i] >= numNodes) {
        throw new KernelArgumentException(kernel + ": edge " + i + " (" + source[i] + " -> "
            + target[i] + ") has a node outside [0, " + numNodes + ")");
      }
      if (!(edgeWeights[i] >= 0) || Double.isInfinite(edgeWeights[i])) {
        throw new KernelArgumentException(kernel + ": edgeWeights[" + i + "] is " + edgeWeights[i]
            + "; GCN normalization needs finite, non-negative weights");
      }
    }

    int[] src = source;
    int[] tgt = target;
    double[] w = edgeWeights;
    if (addSelfLoops) {
      double[] loopWeight = new double[numNodes];
      Arrays.fill(loopWeight, 1d);
      int kept = 0;
      for (int i = 0; i < source.length; i++) {
        if (source[i] == target[i]) {
          loopWeight[source[i]] = edgeWeights[i];
        } else {
          kept++;
        }
      }
      src = new int[kept + numNodes];
      tgt = new int[kept + numNodes];
      w = new double[kept + numNodes];
      int n = 0;
      for (int i = 0; i < source.length; i++) {
        if (source[i] != target[i]) {
          src[n] = source[i];
          tgt[n] = target[i];
          w[n++] = edgeWeights[i];
        }
      }
      for (int v = 0; v < numNodes; v++) {
        src[n] = v;
        tgt[n] = v;
        w[n++] = loopWeight[v];
      }
    }

    double[] degree = new double[numNodes];
    for (int i = 0; i < tgt.length; i++) {
      degree[tgt[i]] += w[i];
    }
    double[] invSqrt = new double[numNodes];
    for (int v = 0; v < numNodes; v++) {
      invSqrt[v] = degree[v] > 0 ? 1d / Math.sqrt(degree[v]) : 0d;
    }
    double[] normalized = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      normalized[i] = invSqrt[src[i]] * w[i] * invSqrt[tgt[i]];
    }
    return CsrAdjacency.fromEdges(numNodes, numNodes, tgt, src, normalized);
  }
}
