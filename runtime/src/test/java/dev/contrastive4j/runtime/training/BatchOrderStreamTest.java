package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.runtime.corruptors.ShuffleFeaturesGlobally;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The mini-batch order of each epoch is drawn apart from the default corruptor's permutations,
 * although both come from the experiment's seed: they used to be the same stream, so that
 * epoch e's order was the permutation of the corruptor's first call for feature e + 1.
 */
class BatchOrderStreamTest {
  private static final int ROWS = 12;
  private static final int FEATURES = 6;

  /** Features whose every row holds its own index, so a permutation can be read back. */
  private static GraphTensor indexedFeatures() {
    Map<String, Feature> features = new LinkedHashMap<>();
    for (int f = 0; f < FEATURES; f++) {
      float[][] rows = new float[ROWS][1];
      for (int r = 0; r < ROWS; r++) {
        rows[r][0] = r;
      }
      features.put("f" + f, Feature.dense(Nd4j.createFromArray(rows)));
    }
    return GraphTensor.builder().nodeSet("n", NodeSet.of(ROWS, features)).build();
  }

  @Test
  void noEpochsOrderIsAPermutationTheCorruptorDrawsWithTheSameSeed() {
    for (long seed = 0; seed < 5; seed++) {
      GraphTensor corrupted = new ShuffleFeaturesGlobally(seed).corrupt(indexedFeatures());
      for (int f = 0; f < FEATURES; f++) {
        int[] permutation = corrupted.nodeSet("n").feature("f" + f).toDense().toIntVector();
        for (int epoch = 0; epoch < FEATURES; epoch++) {
          assertFalse(Arrays.equals(permutation,
                  ComponentBatches.shuffledOrder(ROWS, seed, epoch)),
              "seed " + seed + ", epoch " + epoch + ", feature " + f);
        }
      }
    }
  }
}
