package dev.contrastive4j.runtime.evaluation;

import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The checked inputs of a probe: a float64 copy of the embeddings' rows in the split (train,
 * then val, then test), their labels, and where each part's rows are in the copy. Every check
 * names the argument, row or index at fault, as the caller numbered them.
 *
 * <p>Only the split's rows are copied: a probe reads no others, and a copy of every row of a
 * large graph (300,000 nodes, 1,620 of them labelled) cost gigabytes and minutes per fit.
 */
final class ProbeInput {
  /** The split's rows, in float64: train, then val, then test. */
  final INDArray features;
  /** The class of each row of {@link #features}. */
  final int[] labels;
  final int numClasses;
  /** The rows of {@link #features} of each part. */
  final int[] train;
  final int[] val;
  final int[] test;

  private ProbeInput(INDArray features, int[] labels, int numClasses, int[] train, int[] val,
      int[] test) {
    this.features = features;
    this.labels = labels;
    this.numClasses = numClasses;
    this.train = train;
    this.val = val;
    this.test = test;
  }

  /**
   * Checks and copies the inputs.
   *
   * @throws ProbeException naming the argument, row or index at fault
   */
  static ProbeInput of(INDArray embeddings, int[] labels, int numClasses, Split split) {
    checkMatrix(embeddings);
    requireArgument(labels, "labels");
    requireArgument(split, "split");
    long rows = embeddings.rows();
    if (labels.length != rows) {
      throw new ProbeException("embeddings have " + rows + " rows but labels has "
          + labels.length + " entries");
    }
    if (numClasses < 2) {
      throw new ProbeException("numClasses must be >= 2, got " + numClasses);
    }
    // The probe has an output per class: a count past the rows is a mistake, and a huge one
    // would fail in ND4J's allocation of the one-hot targets.
    if (numClasses > rows) {
      throw new ProbeException("numClasses is " + numClasses + ", more than the " + rows
          + " embedding rows it classifies");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < -1 || labels[i] >= numClasses) {
        throw new ProbeException("labels[" + i + "] = " + labels[i] + " is outside [0, "
            + numClasses + ") (or -1 for unlabeled)");
      }
    }
    if (split.train().length == 0) {
      throw new ProbeException("split.train is empty: the probe needs train nodes to fit");
    }
    // The part each row is in so far: a row in two parts (or twice in one) is refused, since
    // a test row that was also fitted on would inflate the accuracy.
    String[] partOf = new String[labels.length];
    checkPart("train", split.train(), labels, partOf);
    checkPart("val", split.val(), labels, partOf);
    checkPart("test", split.test(), labels, partOf);
    int[] used = IntStream.concat(IntStream.concat(Arrays.stream(split.train()),
        Arrays.stream(split.val())), Arrays.stream(split.test())).toArray();
    INDArray features = embeddings.getRows(used).castTo(DataType.DOUBLE).dup('c');
    int[] usedLabels = Arrays.stream(used).map(row -> labels[row]).toArray();
    int trainEnd = split.train().length;
    int valEnd = trainEnd + split.val().length;
    return new ProbeInput(features, usedLabels, numClasses, IntStream.range(0, trainEnd).toArray(),
        IntStream.range(trainEnd, valEnd).toArray(),
        IntStream.range(valEnd, used.length).toArray());
  }

  /**
   * Refuses a null argument, naming it.
   *
   * @throws ProbeException {@code "<name> must not be null"}
   */
  static void requireArgument(Object value, String name) {
    if (value == null) {
      throw new ProbeException(name + " must not be null");
    }
  }

  /**
   * A float64, row-major copy of {@code embeddings}, checked to be a finite {@code [n, d]}
   * matrix of floating-point values.
   */
  static INDArray checkedMatrix(INDArray embeddings) {
    checkMatrix(embeddings);
    return embeddings.castTo(DataType.DOUBLE).dup('c');
  }

  /** Checks that {@code embeddings} is a finite {@code [n, d]} floating-point matrix. */
  static void checkMatrix(INDArray embeddings) {
    requireArgument(embeddings, "embeddings");
    if (embeddings.rank() != 2 || embeddings.rows() == 0 || embeddings.columns() == 0) {
      throw new ProbeException("embeddings must be a non-empty [n, d] matrix, got shape "
          + Arrays.toString(embeddings.shape()));
    }
    if (!embeddings.dataType().isFPType()) {
      throw new ProbeException("embeddings must be floating point, got "
          + embeddings.dataType());
    }
    Optional<NonFiniteElement> bad = NonFiniteElement.first(embeddings);
    if (bad.isPresent()) {
      NonFiniteElement e = bad.get();
      throw new ProbeException("embeddings row " + e.row() + " (column " + e.position()[1]
          + ") is " + e.value() + "; embeddings must be finite");
    }
  }

  private static void checkPart(String part, int[] rows, int[] labels, String[] partOf) {
    for (int i = 0; i < rows.length; i++) {
      int row = rows[i];
      if (row < 0 || row >= labels.length) {
        throw new ProbeException("split." + part + "[" + i + "] = " + row + " is outside [0, "
            + labels.length + ") (the embedding rows)");
      }
      if (labels[row] < 0) {
        throw new ProbeException("split." + part + "[" + i + "] = " + row
            + " has no label (-1)");
      }
      if (partOf[row] != null) {
        throw new ProbeException("split." + part + "[" + i + "] = " + row + " is also in split."
            + partOf[row] + "; a row is in one part only, once");
      }
      partOf[row] = part;
    }
  }

  int dimension() {
    return features.columns();
  }
}
