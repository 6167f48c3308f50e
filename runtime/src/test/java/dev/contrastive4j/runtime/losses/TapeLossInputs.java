package dev.contrastive4j.runtime.losses;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded float64 test inputs for the tape losses. */
final class TapeLossInputs {
  private TapeLossInputs() {}

  /** A {@code [rows, columns]} matrix of normal samples times {@code scale}. */
  static INDArray gaussian(long seed, int rows, int columns, double scale) {
    return columnScaled(seed, rows, columns, new double[] {scale});
  }

  /**
   * A {@code [rows, columns]} matrix of normal samples whose column j is multiplied by
   * {@code scales[j % scales.length]}.
   */
  static INDArray columnScaled(long seed, int rows, int columns, double[] scales) {
    Random random = new Random(seed);
    double[][] values = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        values[i][j] = random.nextGaussian() * scales[j % scales.length];
      }
    }
    return Nd4j.createFromArray(values);
  }

  /** A vector of {@code n} uniform samples in {@code [low, high)}. */
  static INDArray uniform(long seed, int n, double low, double high) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = low + (high - low) * random.nextDouble();
    }
    return Nd4j.createFromArray(values);
  }

  /** A float64 vector of {@code n} labels, alternating 1 and 0 then shuffled, so both occur. */
  static INDArray labels(long seed, int n) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i % 2;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = random.nextInt(i + 1);
      double t = values[i];
      values[i] = values[k];
      values[k] = t;
    }
    return Nd4j.createFromArray(values);
  }
}
