package dev.contrastive4j.runtime.kernels;

import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A weighted adjacency matrix {@code A} in compressed sparse row form, rows = receiving
 * (target) nodes and columns = sending (source) nodes, so that {@code A·H} sums the messages
 * each node receives. It also keeps its transpose, which the backward pass {@code Aᵀ·G} needs to
 * stay row-parallel.
 *
 * <p>Within a row the entries are sorted by source; duplicate edges are merged into one entry
 * whose weight is the sum of theirs (in message passing a duplicate edge delivers its message
 * twice). Weights are kept in float64 and, rounded once, in float32 for float32 inputs.
 * Instances are immutable.
 */
public final class CsrAdjacency {
  private final int numTargets;
  private final int numSources;
  private final int[] pointers;
  private final int[] sources;
  private final double[] weights;
  private final float[] weightsFloat;
  private final int[] transposePointers;
  private final int[] transposeTargets;
  private final double[] transposeWeights;
  private final float[] transposeWeightsFloat;

  private CsrAdjacency(int numTargets, int numSources, int[] pointers, int[] sources,
      double[] weights, int[] transposePointers, int[] transposeTargets,
      double[] transposeWeights) {
    this(numTargets, numSources, pointers, sources, weights, toFloat(weights), transposePointers,
        transposeTargets, transposeWeights, toFloat(transposeWeights));
  }

  private CsrAdjacency(int numTargets, int numSources, int[] pointers, int[] sources,
      double[] weights, float[] weightsFloat, int[] transposePointers, int[] transposeTargets,
      double[] transposeWeights, float[] transposeWeightsFloat) {
    this.numTargets = numTargets;
    this.numSources = numSources;
    this.pointers = pointers;
    this.sources = sources;
    this.weights = weights;
    this.weightsFloat = weightsFloat;
    this.transposePointers = transposePointers;
    this.transposeTargets = transposeTargets;
    this.transposeWeights = transposeWeights;
    this.transposeWeightsFloat = transposeWeightsFloat;
  }

  /**
   * Builds the adjacency of the edges {@code source[i] -> target[i]} with weight
   * {@code weights[i]}; duplicate edges are summed.
   *
   * @param numTargets number of receiving nodes (rows)
   * @param numSources number of sending nodes (columns)
   * @throws KernelArgumentException if the arrays differ in length, an index is out of range or
   *     a weight is not finite
   */
  public static CsrAdjacency fromEdges(int numTargets, int numSources, int[] target, int[] source,
      double[] weights) {
    String kernel = "CsrAdjacency.fromEdges";
    if (numTargets < 0 || numSources < 0) {
      throw new KernelArgumentException(kernel + ": node counts must be non-negative, were "
          + numTargets + " targets and " + numSources + " sources");
    }
    if (target == null || source == null || weights == null) {
      throw new KernelArgumentException(kernel + ": target, source and weights must not be null");
    }
    if (target.length != source.length || target.length != weights.length) {
      throw new KernelArgumentException(kernel + ": target has " + target.length
          + " entries, source " + source.length + ", weights " + weights.length
          + "; they must be equally long");
    }
    checkIndices(kernel, "target", target, numTargets);
    checkIndices(kernel, "source", source, numSources);
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i])) {
        throw new KernelArgumentException(kernel + ": weights[" + i + "] is " + weights[i]);
      }
    }
    // Radix sort: by source, then stably by target, so each row lists its sources ascending.
    CsrLayout bySource = CsrLayout.group(source, numSources);
    CsrLayout byTarget = CsrLayout.group(target, numTargets, bySource.order());
    int[] order = byTarget.order();
    int[] rowPointers = new int[numTargets + 1];
    int[] cols = new int[order.length];
    double[] vals = new double[order.length];
    int n = 0;
    for (int t = 0; t < numTargets; t++) {
      int rowStart = n;
      for (int p = byTarget.pointers()[t]; p < byTarget.pointers()[t + 1]; p++) {
        int e = order[p];
        if (n > rowStart && cols[n - 1] == source[e]) {
          vals[n - 1] += weights[e]; // a duplicate edge: its message arrives twice
        } else {
          cols[n] = source[e];
          vals[n++] = weights[e];
        }
      }
      rowPointers[t + 1] = n;
    }
    return fromSortedRows(numTargets, numSources, rowPointers,
        Arrays.copyOf(cols, n), Arrays.copyOf(vals, n));
  }

  /** {@link #fromEdges(int, int, int[], int[], double[])} with every weight 1. */
  public static CsrAdjacency fromEdges(int numTargets, int numSources, int[] target,
      int[] source) {
    if (target == null) {
      throw new KernelArgumentException("CsrAdjacency.fromEdges: target must not be null");
    }
    double[] ones = new double[target.length];
    Arrays.fill(ones, 1d);
    return fromEdges(numTargets, numSources, target, source, ones);
  }

  private static CsrAdjacency fromSortedRows(int numTargets, int numSources, int[] rowPointers,
      int[] cols, double[] vals) {
    CsrLayout t = CsrLayout.transpose(rowPointers, cols, numSources);
    int[] rowOf = CsrLayout.rowOfEntry(rowPointers);
    int[] tTargets = new int[cols.length];
    double[] tVals = new double[cols.length];
    for (int p = 0; p < cols.length; p++) {
      int k = t.order()[p];
      tTargets[p] = rowOf[k];
      tVals[p] = vals[k];
    }
    return new CsrAdjacency(numTargets, numSources, rowPointers, cols, vals, t.pointers(),
        tTargets, tVals);
  }

  private static void checkIndices(String kernel, String name, int[] index, int bound) {
    for (int i = 0; i < index.length; i++) {
      if (index[i] < 0 || index[i] >= bound) {
        throw new KernelArgumentException(kernel + ": " + name + "[" + i + "] = " + index[i]
            + " is outside [0, " + bound + ")");
      }
    }
  }

  private static float[] toFloat(double[] values) {
    float[] out = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (float) values[i];
    }
    return out;
  }

  /** The number of receiving nodes: rows of {@code A} and of {@code A·H}. */
  public int numTargets() {
    return numTargets;
  }

  /** The number of sending nodes: columns of {@code A}, rows of {@code H}. */
  public int numSources() {
    return numSources;
  }

  /** The number of stored entries (distinct edges after merging duplicates). */
  public int nnz() {
    return sources.length;
  }

  /**
   * The transpose {@code Aᵀ} (rows = sources), sharing this adjacency's arrays. Propagating with
   * it is the backward pass of propagating with this one.
   */
  public CsrAdjacency transpose() {
    return new CsrAdjacency(numSources, numTargets, transposePointers, transposeTargets,
        transposeWeights, transposeWeightsFloat, pointers, sources, weights, weightsFloat);
  }

  /** A copy of the row pointers ({@code numTargets + 1} entries). */
  public int[] rowPointers() {
    return pointers.clone();
  }

  /** A copy of the source node of each entry, row by row. */
  public int[] sourceIndices() {
    return sources.clone();
  }

  /** A copy of the weight of each entry, row by row. */
  public double[] weights() {
    return weights.clone();
  }

  /** The weight of the edge {@code source -> target}, or 0 if there is none. */
  public double weight(int target, int source) {
    if (target < 0 || target >= numTargets || source < 0 || source >= numSources) {
      throw new KernelArgumentException("CsrAdjacency.weight: (" + target + ", " + source
          + ") is outside the " + numTargets + "x" + numSources + " adjacency");
    }
    int k = Arrays.binarySearch(sources, pointers[target], pointers[target + 1], source);
    return k >= 0 ? weights[k] : 0d;
  }

  /** A dense {@code numTargets x numSources} copy. Use only for small graphs or tests. */
  public INDArray toDense(DataType dataType) {
    double[] dense = new double[Math.multiplyExact(numTargets, numSources)];
    for (int t = 0; t < numTargets; t++) {
      for (int k = pointers[t]; k < pointers[t + 1]; k++) {
        dense[t * numSources + sources[k]] = weights[k];
      }
    }
    return Nd4j.create(dense, new long[] {numTargets, numSources}, DataType.DOUBLE)
        .castTo(dataType);
  }

  int[] pointersView() {
    return pointers;
  }

  int[] sourcesView() {
    return sources;
  }

  double[] weightsView() {
    return weights;
  }

  float[] weightsFloatView() {
    return weightsFloat;
  }

  @Override
  public String toString() {
    return "CsrAdjacency[" + numTargets + " targets x " + numSources + " sources, nnz=" + nnz()
        + "]";
  }
}
