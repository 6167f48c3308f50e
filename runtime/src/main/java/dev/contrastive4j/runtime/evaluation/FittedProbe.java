package dev.contrastive4j.runtime.evaluation;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A logistic regression fitted by {@link LinearProbe#fit}: the DL4J network with its single
 * softmax output layer, and the standardization of its inputs if the probe used one. Predicts
 * classes of embedding rows of the dimension it was fitted on.
 */
public final class FittedProbe {
  private final MultiLayerNetwork network;
  private final Standardization standardization;
  private final int dimension;
  private final int numClasses;
  private final long seed;
  private final int epochs;
  private final double objective;

  FittedProbe(MultiLayerNetwork network, Standardization standardization, int dimension,
      int numClasses, long seed, int epochs, double objective) {
    this.network = network;
    this.standardization = standardization;
    this.dimension = dimension;
    this.numClasses = numClasses;
    this.seed = seed;
    this.epochs = epochs;
    this.objective = objective;
  }

  /**
   * The most probable class of each row of {@code embeddings}.
   *
   * @param embeddings a finite {@code [n, d]} matrix with the fitted dimension {@code d}
   * @return {@code n} classes in {@code [0, numClasses)}
   * @throws ProbeException if the matrix has the wrong shape or non-finite values
   */
  public int[] predict(INDArray embeddings) {
    INDArray features = ProbeInput.checkedMatrix(embeddings);
    if (features.columns() != dimension) {
      throw new ProbeException("embeddings have " + features.columns()
          + " columns but the probe was fitted on " + dimension);
    }
    return predictPrepared(standardization == null ? features : standardization.apply(features));
  }

  /** Classes of rows that are already float64, checked and standardized as in training. */
  int[] predictPrepared(INDArray features) {
    return network.output(features, false).argMax(1).toIntVector();
  }

  /**
   * Fraction of {@code rows} whose predicted class equals their label; NaN if {@code rows} is
   * empty.
   */
  static double accuracy(int[] predicted, int[] labels, int[] rows) {
    if (rows.length == 0) {
      return Double.NaN;
    }
    int correct = 0;
    for (int i = 0; i < rows.length; i++) {
      if (predicted[i] == labels[rows[i]]) {
        correct++;
      }
    }
    return correct / (double) rows.length;
  }

  /**
   * A copy of the {@code [d, numClasses]} weights (of standardized inputs if the probe
   * standardizes).
   */
  public INDArray weights() {
    return network.getParam("0_W").dup();
  }

  /** A copy of the {@code [1, numClasses]} bias. */
  public INDArray bias() {
    return network.getParam("0_b").dup();
  }

  /** The embedding dimension the probe was fitted on. */
  public int dimension() {
    return dimension;
  }

  /** Number of classes. */
  public int numClasses() {
    return numClasses;
  }

  /** Seed of the weight initialization. */
  public long seed() {
    return seed;
  }

  /** Number of full-batch epochs trained. */
  public int epochs() {
    return epochs;
  }

  /** Training objective (mean cross-entropy plus L2 term) at the last epoch. */
  public double objective() {
    return objective;
  }

  @Override
  public String toString() {
    return "FittedProbe[d=" + dimension + ", classes=" + numClasses + ", seed=" + seed
        + ", epochs=" + epochs + ", objective=" + objective + ", standardized="
        + (standardization != null) + "]";
  }
}
