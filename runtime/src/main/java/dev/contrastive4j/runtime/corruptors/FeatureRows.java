package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.runtime.ops.RowSelections;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Row selection of features and random permutations, shared by the corruptors and by the
 * mini-batches of components.
 */
public final class FeatureRows {
  private FeatureRows() {}

  /**
   * The rows {@code rows} of {@code feature}, in that order, as a new feature of the same kind:
   * sparse features through {@code CsrMatrix.selectRows}, so they are never densified.
   *
   * @param feature the feature to take rows of; not changed
   * @param rows row indices into {@code feature}, in the order wanted (repeats allowed)
   * @return the selected rows, copied
   */
  public static Feature select(Feature feature, int[] rows) {
    if (feature instanceof Feature.Sparse s) {
      CsrMatrix picked = s.values().selectRows(rows);
      // A shuffled copy: encoders can then take its product with a weight as rows of the
      // source's product.
      RowSelections.record(picked, s.values(), rows);
      return Feature.sparse(picked);
    }
    INDArray values = ((Feature.Dense) feature).values();
    long[] shape = values.shape();
    long[] outShape = shape.clone();
    outShape[0] = rows.length;
    long width = 1;
    for (int d = 1; d < shape.length; d++) {
      width *= shape[d];
    }
    if (rows.length == 0 || width == 0) {
      return Feature.dense(Nd4j.create(values.dataType(), outShape));
    }
    // Any rank: view the items as rows of a [n, width] matrix and let the native op gather them.
    INDArray matrix = values.reshape('c', shape[0], width);
    INDArray picked = Nd4j.pullRows(matrix, 1, rows);
    return Feature.dense(picked.reshape('c', outShape));
  }

  /**
   * A uniformly random permutation of {@code [0, n)} (Fisher-Yates).
   *
   * @param n how many values
   * @param random where the draws come from
   * @return each value of {@code [0, n)} once
   */
  public static int[] randomPermutation(int n, SplittableRandom random) {
    int[] perm = identity(n);
    shuffle(perm, random);
    return perm;
  }

  /** Shuffles {@code values} in place, uniformly (Fisher-Yates). */
  static void shuffle(int[] values, SplittableRandom random) {
    for (int i = values.length - 1; i > 0; i--) {
      swap(values, i, random.nextInt(i + 1));
    }
  }

  /** {@code k} distinct values of {@code [0, n)}, uniformly chosen, in random order. */
  static int[] randomSubset(int n, int k, SplittableRandom random) {
    int[] pool = identity(n);
    // A partial Fisher-Yates: after step i, pool[0..i] is a uniform random k-prefix.
    for (int i = 0; i < k; i++) {
      swap(pool, i, i + random.nextInt(n - i));
    }
    return Arrays.copyOf(pool, k);
  }

  static int[] identity(int n) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = i;
    }
    return out;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
