package dev.contrastive4j.runtime.charts;

import java.util.Arrays;
import java.util.Random;

/**
 * A reproducible random sample of the rows of a labeled matrix, for a picture that cannot show
 * every row: {@code size} rows drawn uniformly without replacement with a fixed seed, plus one
 * random row of every label that the draw missed, so that each class present in the data has a
 * dot (and its legend entry a marker).
 */
final class RowSample {
  private RowSample() {}

  /**
   * The sampled rows, in the random order they were drawn (each label's own rows thus come in
   * random order too). The same labels, size and seed give the same rows.
   *
   * @param labels the rows' labels, in {@code [-1, numClasses)} (checked by the caller)
   * @param numClasses number of classes
   * @param size rows to draw, {@code 1 <= size < labels.length}
   * @param seed the random generator's seed
   * @return at least {@code size} and at most {@code size + numClasses + 1} distinct row indices
   */
  static int[] draw(int[] labels, int numClasses, int size, long seed) {
    int n = labels.length;
    if (size < 1 || size >= n) {
      throw new IllegalArgumentException("sample size must be in [1, " + n + "), got " + size);
    }
    Random random = new Random(seed);
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    // Shuffled lazily (Fisher-Yates): order[0..i) is a uniform random draw of i rows.
    boolean[] drawn = new boolean[numClasses + 1]; // index label + 1: unlabeled is -1
    for (int i = 0; i < size; i++) {
      swap(order, i, i + random.nextInt(n - i));
      drawn[labels[order[i]] + 1] = true;
    }
    int missing = 0;
    boolean[] present = new boolean[numClasses + 1];
    for (int label : labels) {
      present[label + 1] = true;
    }
    for (int l = 0; l < present.length; l++) {
      if (present[l] && !drawn[l]) {
        missing++;
      }
    }
    int[] rows = Arrays.copyOf(order, size + missing);
    int next = size;
    // Going on with the same shuffle gives each missed label's first row in random order: a
    // uniform pick among that label's rows.
    for (int i = size; missing > 0; i++) {
      swap(order, i, i + random.nextInt(n - i));
      int label = labels[order[i]] + 1;
      if (!drawn[label]) {
        drawn[label] = true;
        rows[next++] = order[i];
        missing--;
      }
    }
    return rows;
  }

  private static void swap(int[] a, int i, int j) {
    int t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
