package dev.contrastive4j.runtime.evaluation;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Column-wise standardization with the mean and (population) standard deviation of the train
 * rows, as scikit-learn's {@code StandardScaler} fitted on them. Columns that are constant on the
 * train rows keep scale 1.
 */
final class Standardization {
  private final INDArray mean;
  private final INDArray scale;

  private Standardization(INDArray mean, INDArray scale) {
    this.mean = mean;
    this.scale = scale;
  }

  /** Statistics of {@code trainRows} ({@code [m, d]}, float64, finite). */
  static Standardization of(INDArray trainRows) {
    INDArray mean = trainRows.mean(0);
    INDArray std = trainRows.std(false, 0);
    // Constant columns: divide by 1 instead of 0.
    INDArray scale = std.add(std.eq(0.0).castTo(std.dataType()));
    return new Standardization(mean, scale);
  }

  /** {@code (x - mean) / scale} row by row, as a new array. */
  INDArray apply(INDArray x) {
    return x.subRowVector(mean).diviRowVector(scale);
  }
}
