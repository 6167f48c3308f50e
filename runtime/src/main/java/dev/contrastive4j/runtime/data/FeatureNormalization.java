package dev.contrastive4j.runtime.data;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Row normalization of a data set's input feature: each node's feature row divided by its sum,
 * so that it sums to one (a row of zeros stays zeros). This is how the GCN (Kipf and Welling,
 * 2017) and Deep Graph Infomax papers preprocess the Planetoid bag-of-words features, and what
 * PyTorch Geometric's {@code NormalizeFeatures} does to such features.
 */
public final class FeatureNormalization {
  private FeatureNormalization() {}

  /**
   * {@code dataset} with its input feature ({@link GraphDataset#featureName()}) row-normalized
   * in every node set that has it; the values keep their type (sparse stays sparse).
   *
   * @throws InvalidGraphException naming the node set, if a feature to normalize is not 2-D,
   *     not floating-point, or holds a negative value (a row sum then says nothing about the
   *     row's scale)
   * @throws NullPointerException if {@code dataset} is null
   */
  public static GraphDataset normalizeRows(GraphDataset dataset) {
    Objects.requireNonNull(dataset, "FeatureNormalization.normalizeRows: dataset must not be "
        + "null");
    String feature = dataset.featureName();
    GraphTensor graph = dataset.graph();
    for (Map.Entry<String, NodeSet> set : dataset.graph().nodeSets().entrySet()) {
      if (set.getValue().hasFeature(feature)) {
        Feature normalized = normalizeRows(set.getValue().feature(feature),
            "node set '" + set.getKey() + "', feature '" + feature + "'");
        graph = graph.withNodeFeature(set.getKey(), feature, normalized);
      }
    }
    return dataset.withGraph(graph);
  }

  /**
   * {@code feature} with each row divided by its sum.
   *
   * @param where the set and feature, for messages
   * @throws InvalidGraphException if the feature is not 2-D, not floating-point, or holds a
   *     negative value
   */
  static Feature normalizeRows(Feature feature, String where) {
    if (feature.shape().length != 2) {
      throw new InvalidGraphException(where + ": only a 2-D feature (one row per node) can be "
          + "row-normalized, got shape " + Arrays.toString(feature.shape()));
    }
    return feature instanceof Feature.Sparse sparse
        ? Feature.sparse(normalizeRows(sparse.values(), where))
        : Feature.dense(normalizeRows(((Feature.Dense) feature).values(), where));
  }

  private static INDArray normalizeRows(INDArray values, String where) {
    if (!values.dataType().isFPType()) {
      throw new InvalidGraphException(where + ": is " + values.dataType() + "; only a "
          + "floating-point feature can be row-normalized");
    }
    if (values.length() == 0) {
      return values; // no rows (an empty node set); ND4J refuses arithmetic on empty arrays
    }
    if (values.minNumber().doubleValue() < 0) {
      throw negative(where, values.minNumber().doubleValue());
    }
    INDArray sums = values.sum(true, 1);
    // A row of zeros is divided by 1, so it stays zeros instead of becoming NaN.
    sums.addi(sums.eq(0).castTo(sums.dataType()));
    return values.divColumnVector(sums);
  }

  private static CsrMatrix normalizeRows(CsrMatrix values, String where) {
    int[] indptr = values.indptrView();
    float[] stored = values.valuesView();
    float[] normalized = new float[stored.length];
    for (int row = 0; row < values.rows(); row++) {
      double sum = 0;
      for (int k = indptr[row]; k < indptr[row + 1]; k++) {
        if (stored[k] < 0) {
          throw negative(where, stored[k]);
        }
        sum += stored[k];
      }
      // Stored zeros only: the row stays zeros instead of becoming NaN.
      double divisor = sum == 0 ? 1 : sum;
      for (int k = indptr[row]; k < indptr[row + 1]; k++) {
        normalized[k] = (float) (stored[k] / divisor);
      }
    }
    return new CsrMatrix(values.rows(), values.cols(), values.indptrView(),
        values.indicesView(), normalized);
  }

  private static InvalidGraphException negative(String where, double value) {
    return new InvalidGraphException(where + ": holds a negative value (" + value + "); row "
        + "normalization is for non-negative features such as word counts");
  }
}
