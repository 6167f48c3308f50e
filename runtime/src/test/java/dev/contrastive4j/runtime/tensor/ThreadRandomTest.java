package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.contrastive4j.api.data.Split;
import dev.contrastive4j.runtime.evaluation.LinearProbe;
import dev.contrastive4j.runtime.evaluation.LinearProbeConfig;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Making parameters and fitting a probe seed the calling thread's ND4J generator; they put its
 * state back, so that a program running experiments on its own threads (a server) keeps its own
 * random stream: it was reseeded to a fixed value after each injector was built.
 */
class ThreadRandomTest {
  /** The first draw after seed 1, without anything in between. */
  private static double firstDrawAfterSeedOne() {
    Nd4j.getRandom().setSeed(1);
    return Nd4j.getRandom().nextDouble();
  }

  @Test
  void keepingPutsTheStreamBack() {
    double expected = firstDrawAfterSeedOne();
    Nd4j.getRandom().setSeed(1);
    double inside = ThreadRandom.keeping(() -> {
      Nd4j.getRandom().setSeed(5);
      return Nd4j.getRandom().nextDouble();
    });
    assertNotEquals(expected, inside);
    assertEquals(expected, Nd4j.getRandom().nextDouble());
  }

  @Test
  void makingAParameterKeepsTheCallersStream() {
    double expected = firstDrawAfterSeedOne();
    Nd4j.getRandom().setSeed(1);
    new ParameterStore(7).create("w", WeightInit.XAVIER_UNIFORM, 4, 3);
    assertEquals(expected, Nd4j.getRandom().nextDouble());
  }

  @Test
  void fittingAProbeKeepsTheCallersStream() {
    INDArray embeddings = Nd4j.createFromArray(new float[][] {
        {1, 0, 2}, {0, 1, 1}, {2, 0, 1}, {0, 2, 0}, {1, 0, 1}, {0, 1, 2}});
    double expected = firstDrawAfterSeedOne();
    Nd4j.getRandom().setSeed(1);
    new LinearProbe(LinearProbeConfig.builder().maxEpochs(5).build()).fit(embeddings,
        new int[] {0, 1, 0, 1, 0, 1}, 2,
        new Split(new int[] {0, 1}, new int[] {2, 3}, new int[] {4, 5}));
    assertEquals(expected, Nd4j.getRandom().nextDouble());
  }
}
