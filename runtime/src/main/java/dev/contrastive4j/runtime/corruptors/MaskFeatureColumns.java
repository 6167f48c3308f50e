package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Feature masking of GRACE and Graph Barlow Twins: on each call, every column of a feature is
 * masked independently with probability {@code rate}, and masked columns are zeroed in all rows
 * (one mask per feature and call, shared by all items). Unlike dropout nothing is rescaled, as in
 * those papers.
 *
 * <p>A feature's columns are the entries of one item: a {@code [n, d]} feature has {@code d}
 * columns, a {@code [n]} feature one, and a {@code [n, d1, d2]} feature {@code d1 * d2} (its item
 * shape flattened). Sparse features drop the stored entries of masked columns and stay sparse.
 * Works for every numeric data type.
 *
 * <p>With a spec, features it does not mention are left alone (default rate 0).
 */
public final class MaskFeatureColumns extends FeatureCorruptor {
  /** The rate of features a spec does not mention: unmasked. */
  public static final double DEFAULT_RATE = 0.0;

  /** Masks the columns of every feature of every set and of the context at {@code rate}. */
  public MaskFeatureColumns(double rate, long seed) {
    this(CorruptionSpec.uniform(rate), seed);
  }

  /** Masks the columns of each feature at the rate {@code spec} gives it; gaps get rate 0. */
  public MaskFeatureColumns(CorruptionSpec spec, long seed) {
    super(spec, DEFAULT_RATE, seed);
  }

  @Override
  protected Feature corruptFeature(Feature feature, double rate, SplittableRandom random,
      FeatureAddress address) {
    long[] shape = feature.shape();
    long width = 1;
    for (int d = 1; d < shape.length; d++) {
      width *= shape[d];
    }
    boolean[] masked = drawMask(Math.toIntExact(width), rate, random);
    if (!any(masked) || shape[0] == 0) {
      return feature;
    }
    if (feature instanceof Feature.Sparse s) {
      return Feature.sparse(dropColumns(s.values(), masked));
    }
    INDArray values = ((Feature.Dense) feature).values();
    INDArray out = values.reshape('c', shape[0], width).dup('c');
    for (int c = 0; c < masked.length; c++) {
      if (masked[c]) {
        out.getColumn(c).assign(0);
      }
    }
    return Feature.dense(out.reshape('c', shape));
  }

  /** Each of {@code width} columns masked independently with probability {@code rate}. */
  private static boolean[] drawMask(int width, double rate, SplittableRandom random) {
    boolean[] masked = new boolean[width];
    for (int c = 0; c < width; c++) {
      masked[c] = random.nextDouble() < rate;
    }
    return masked;
  }

  private static boolean any(boolean[] flags) {
    for (boolean f : flags) {
      if (f) {
        return true;
      }
    }
    return false;
  }

  private static CsrMatrix dropColumns(CsrMatrix m, boolean[] masked) {
    int[] indptr = m.indptrView();
    int[] indices = m.indicesView();
    float[] values = m.valuesView();
    int[] newPtr = new int[m.rows() + 1];
    int kept = 0;
    for (int r = 0; r < m.rows(); r++) {
      for (int k = indptr[r]; k < indptr[r + 1]; k++) {
        if (!masked[indices[k]]) {
          kept++;
        }
      }
      newPtr[r + 1] = kept;
    }
    int[] newIdx = new int[kept];
    float[] newVal = new float[kept];
    int j = 0;
    for (int k = 0; k < indices.length; k++) {
      if (!masked[indices[k]]) {
        newIdx[j] = indices[k];
        newVal[j++] = values[k];
      }
    }
    return new CsrMatrix(m.rows(), m.cols(), newPtr, newIdx, newVal);
  }
}
