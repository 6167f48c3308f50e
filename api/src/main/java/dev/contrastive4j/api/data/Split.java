package dev.contrastive4j.api.data;

import java.util.Arrays;

/**
 * Which labeled nodes (or graphs) are used to fit the linear probe (train), to choose among
 * settings (val) and to report accuracy (test). Indices run over the data set's target node set,
 * or over the components of its graph when it labels graphs ({@link LabelLevel#GRAPH}). A split
 * by itself is not checked beyond its arrays being there; {@link GraphDataset} (and the linear
 * probe) checks that the indices are in range, labeled and that the three parts are disjoint.
 * The arrays are copied in and out; an empty array is an empty part.
 *
 * @param train indices of the nodes (graphs) the probe is fitted on
 * @param val indices of the nodes (graphs) used to choose among settings
 * @param test indices of the nodes (graphs) accuracy is reported on
 */
public record Split(int[] train, int[] val, int[] test) {

  /**
   * Copies the arrays.
   *
   * @throws NullPointerException naming the part, if an array is null
   */
  public Split {
    train = copy(train, "train");
    val = copy(val, "val");
    test = copy(test, "test");
  }

  private static int[] copy(int[] part, String name) {
    if (part == null) {
      throw new NullPointerException("split: " + name + " must not be null (new int[0] for an "
          + "empty part)");
    }
    return part.clone();
  }

  /** A copy of the train indices. */
  @Override
  public int[] train() {
    return train.clone();
  }

  /** A copy of the validation indices. */
  @Override
  public int[] val() {
    return val.clone();
  }

  /** A copy of the test indices. */
  @Override
  public int[] test() {
    return test.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Split s && Arrays.equals(train, s.train) && Arrays.equals(val, s.val)
        && Arrays.equals(test, s.test);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(train) * 31 * 31 + Arrays.hashCode(val) * 31 + Arrays.hashCode(test);
  }

  @Override
  public String toString() {
    return "Split[train=" + train.length + ", val=" + val.length + ", test=" + test.length + "]";
  }
}
