package dev.contrastive4j.api.data;

import java.util.Arrays;

/**
 * Which labeled nodes are used to fit the linear probe (train), to choose among settings (val)
 * and to report accuracy (test). Indices run over the data set's target node set; the three
 * parts are disjoint.
 */
public record Split(int[] train, int[] val, int[] test) {

  public Split {
    train = train.clone();
    val = val.clone();
    test = test.clone();
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] val() {
    return val.clone();
  }

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
