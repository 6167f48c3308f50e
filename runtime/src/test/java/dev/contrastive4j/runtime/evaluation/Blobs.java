package dev.contrastive4j.runtime.evaluation;

import dev.contrastive4j.api.data.Split;
import java.util.Random;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Synthetic probe data: Gaussian blobs, one per class, with a split of the first rows for
 * training, the next for validation and the rest for testing. Rows cycle through the classes so
 * every part holds all of them.
 */
record Blobs(INDArray embeddings, int[] labels, int numClasses, Split split) {

  /** A copy: tests edit labels to make bad inputs. */
  @Override
  public int[] labels() {
    return labels.clone();
  }

  /**
   * {@code n} rows in {@code dim} dimensions: class {@code c} centred at {@code separation} times
   * the unit vector {@code e_c}, with standard normal noise.
   */
  static Blobs gaussian(int n, int dim, int numClasses, double separation, int trainRows,
      int valRows, long seed) {
    Random random = new Random(seed);
    double[][] x = new double[n][dim];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % numClasses;
      for (int j = 0; j < dim; j++) {
        x[i][j] = random.nextGaussian() + (j == labels[i] ? separation : 0.0);
      }
    }
    return new Blobs(Nd4j.create(x).castTo(DataType.FLOAT), labels, numClasses,
        firstRows(n, trainRows, valRows));
  }

  /** Standard normal rows with labels drawn uniformly at random: nothing to learn. */
  static Blobs noise(int n, int dim, int numClasses, int trainRows, int valRows, long seed) {
    Random random = new Random(seed);
    double[][] x = new double[n][dim];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = random.nextInt(numClasses);
      for (int j = 0; j < dim; j++) {
        x[i][j] = random.nextGaussian();
      }
    }
    return new Blobs(Nd4j.create(x), labels, numClasses, firstRows(n, trainRows, valRows));
  }

  /** Train = the first rows, val = the next, test = the rest. */
  static Split firstRows(int n, int trainRows, int valRows) {
    return new Split(IntStream.range(0, trainRows).toArray(),
        IntStream.range(trainRows, trainRows + valRows).toArray(),
        IntStream.range(trainRows + valRows, n).toArray());
  }
}
