package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Float64 gradients of DGI's discriminator with respect to its bilinear kernel and to both the
 * clean and the corrupted rows. The clean rows reach the logits twice, as the rows scored and
 * through the summary that scores every row, clean and corrupted; 5 items of width 3 keep the
 * shapes apart.
 */
class DeepGraphInfomaxLogitsGradientTest {
  private static final INDArray CLEAN = uniform(51, 5, 3);
  private static final INDArray CORRUPTED = uniform(52, 5, 3);

  @Test
  void gradientsOfKernelCleanAndCorruptedRows() {
    ParameterStore store = new ParameterStore(53, DataType.DOUBLE);
    DeepGraphInfomaxLogits logits = new DeepGraphInfomaxLogits(store, "dgi", 3);
    assertPasses(GradientCheck.check(store, tape -> project(
        logits.apply(tape, tape.constant(CLEAN), tape.constant(CORRUPTED)))), "kernel");
    assertPasses(GradientCheck.check(in -> project(
        logits.apply(in.get(0).tape(), in.get(0), in.get(1))), CLEAN, CORRUPTED),
        "clean and corrupted rows");
  }
}
