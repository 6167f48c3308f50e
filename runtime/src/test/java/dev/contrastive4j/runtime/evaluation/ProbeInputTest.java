package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.Split;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A probe copies only the rows of its split: on a large graph with few labelled nodes, a copy of
 * every row for each fit cost gigabytes and minutes, and the other rows change nothing.
 */
class ProbeInputTest {

  @Test
  void copiesOnlyTheSplitsRowsTrainThenValThenTest() {
    INDArray embeddings = Nd4j.rand(DataType.FLOAT, 10, 3);
    int[] labels = {1, -1, 0, -1, -1, 2, -1, 1, -1, 0};
    Split split = new Split(new int[] {7, 2}, new int[] {5}, new int[] {0, 9});

    ProbeInput input = ProbeInput.of(embeddings, labels, 3, split);

    int[] used = {7, 2, 5, 0, 9};
    assertEquals(DataType.DOUBLE, input.features.dataType());
    assertArrayEquals(new long[] {5, 3}, input.features.shape());
    for (int i = 0; i < used.length; i++) {
      assertEquals(embeddings.getRow(used[i]).castTo(DataType.DOUBLE), input.features.getRow(i));
    }
    assertArrayEquals(new int[] {1, 0, 2, 1, 0}, input.labels);
    assertArrayEquals(new int[] {0, 1}, input.train);
    assertArrayEquals(new int[] {2}, input.val);
    assertArrayEquals(new int[] {3, 4}, input.test);
  }

  @Test
  void rowsOutsideTheSplitDoNotChangeTheProbe() {
    Blobs blobs = Blobs.gaussian(200, 8, 4, 2.0, 40, 60, 5);
    // The blobs' rows at odd positions, unlabelled noise at even ones.
    int n = 200;
    INDArray padded = Nd4j.create(DataType.FLOAT, 2L * n, 8);
    Random random = new Random(3);
    int[] labels = new int[2 * n];
    for (int i = 0; i < n; i++) {
      padded.putRow(2L * i + 1, blobs.embeddings().getRow(i));
      for (int j = 0; j < 8; j++) {
        padded.putScalar(2L * i, j, 50 * random.nextGaussian());
      }
      labels[2 * i] = -1;
      labels[2 * i + 1] = blobs.labels()[i];
    }
    Split split = blobs.split();
    Split spread = new Split(odd(split.train()), odd(split.val()), odd(split.test()));
    LinearProbe probe = new LinearProbe(LinearProbeConfig.builder().standardize(true).build());

    ProbeResult alone = probe.evaluate(blobs.embeddings(), blobs.labels(), 4, split);
    ProbeResult amongOthers = probe.evaluate(padded, labels, 4, spread);

    assertEquals(alone, amongOthers);
  }

  private static int[] odd(int[] rows) {
    return java.util.Arrays.stream(rows).map(r -> 2 * r + 1).toArray();
  }
}
