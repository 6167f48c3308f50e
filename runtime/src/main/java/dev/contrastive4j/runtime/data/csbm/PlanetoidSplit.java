package dev.contrastive4j.runtime.data.csbm;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.Split;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A split shaped like the standard Planetoid split of Cora and CiteSeer: 20 training nodes per
 * class, 500 validation and 1000 test nodes, drawn at random. For small graphs the sizes
 * shrink: {@code t = min(20, max(1, smallest class / 3))} training nodes per class, then of the
 * {@code R} remaining labeled nodes {@code min(500, R / 3)} for validation and
 * {@code min(1000, R - validation)} for test.
 */
public final class PlanetoidSplit {
  /** Training nodes per class in the Planetoid split. */
  public static final int TRAIN_PER_CLASS = 20;
  /** Validation nodes in the Planetoid split. */
  public static final int VAL = 500;
  /** Test nodes in the Planetoid split. */
  public static final int TEST = 1000;

  private PlanetoidSplit() {}

  /**
   * Draws the split for {@code labels} (unlabeled nodes, {@link GraphDataset#UNLABELED}, are
   * never chosen). Each part lists its nodes in increasing order.
   */
  public static Split sample(int[] labels, int numClasses, SplittableRandom rng) {
    int[] sizes = new int[numClasses];
    int labeled = 0;
    for (int label : labels) {
      if (label >= 0) {
        sizes[label]++;
        labeled++;
      }
    }
    int smallest = Arrays.stream(sizes).min().orElse(0);
    int perClass = smallest == 0 ? 0 : Math.min(TRAIN_PER_CLASS, Math.max(1, smallest / 3));
    int rest = labeled - perClass * numClasses;
    int val = Math.min(VAL, rest / 3);
    int test = Math.min(TEST, rest - val);

    int[] order = permutation(labels.length, rng);
    int[] taken = new int[numClasses];
    int[] train = new int[perClass * numClasses];
    int[] valIds = new int[val];
    int[] testIds = new int[test];
    int t = 0;
    int v = 0;
    int s = 0;
    for (int node : order) {
      int label = labels[node];
      if (label < 0) {
        continue;
      }
      if (taken[label] < perClass) {
        taken[label]++;
        train[t++] = node;
      } else if (v < val) {
        valIds[v++] = node;
      } else if (s < test) {
        testIds[s++] = node;
      }
    }
    Arrays.sort(train);
    Arrays.sort(valIds);
    Arrays.sort(testIds);
    return new Split(train, valIds, testIds);
  }

  /** A uniformly random permutation of {@code 0 .. n-1} (Fisher-Yates). */
  static int[] permutation(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int tmp = p[i];
      p[i] = p[j];
      p[j] = tmp;
    }
    return p;
  }
}
