package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code task.discriminator}: PyTorch Geometric's uniform kernel without bias, and the DGI
 * paper's {@code nn.Bilinear(d, d, 1)} with Glorot over PyTorch's fans ({@code d·d}, {@code d})
 * and a bias.
 */
class DgiDiscriminatorTest {
  private static final int DIM = 64;

  @Test
  void theBoundsAreThoseOfEachReference() {
    assertEquals(0.125, DgiDiscriminator.UNIFORM.kernelBound(DIM));
    assertEquals(Math.sqrt(6.0 / (DIM * DIM + DIM)),
        DgiDiscriminator.BILINEAR_GLOROT.kernelBound(DIM));
    // Cora's 512 units: 0.0048, against 0.044 of the uniform kernel.
    assertEquals(0.004779, DgiDiscriminator.BILINEAR_GLOROT.kernelBound(512), 1e-6);
  }

  @Test
  void bilinearGlorotDrawsTheKernelWithinItsBoundAndStartsTheBiasAt0() {
    ParameterStore store = new ParameterStore(3, DataType.DOUBLE);
    new DeepGraphInfomaxLogits(store, "dgi", DIM, DgiDiscriminator.BILINEAR_GLOROT);
    assertEquals(2, store.size());
    double bound = DgiDiscriminator.BILINEAR_GLOROT.kernelBound(DIM);
    INDArray kernel = store.get("dgi/kernel").value();
    assertArrayEquals(new long[] {DIM, DIM}, kernel.shape());
    double largest = kernel.amaxNumber().doubleValue();
    // 4096 draws from U(-b, b) come within 1 % of b; Keras' fans (d, d) would give 7.6 times b.
    assertTrue(largest <= bound && largest > 0.99 * bound, largest + " vs bound " + bound);
    Parameter bias = store.get("dgi/bias");
    assertArrayEquals(new long[] {1, 1}, bias.shape());
    assertEquals(0.0, bias.value().getDouble(0));
  }

  @Test
  void uniformHasNoBiasAndItsOwnBound() {
    ParameterStore store = new ParameterStore(3, DataType.DOUBLE);
    new DeepGraphInfomaxLogits(store, "dgi", DIM);
    assertEquals(1, store.size());
    assertFalse(store.contains("dgi/bias"));
    double largest = store.get("dgi/kernel").value().amaxNumber()
        .doubleValue();
    assertTrue(largest <= 0.125 && largest > 0.99 * 0.125, String.valueOf(largest));
  }

  @Test
  void theBiasIsAddedToCleanAndCorruptedLogits() {
    ParameterStore store = new ParameterStore(4, DataType.DOUBLE);
    DeepGraphInfomaxLogits logits = new DeepGraphInfomaxLogits(store, "dgi", 3,
        DgiDiscriminator.BILINEAR_GLOROT);
    INDArray clean = uniform(61, 5, 3);
    INDArray corrupted = uniform(62, 5, 3);
    Tape tape = new Tape();
    INDArray without = logits.apply(tape, tape.constant(clean), tape.constant(corrupted)).value();
    store.get("dgi/bias").value().assign(0.7);
    Tape again = new Tape();
    INDArray with = logits.apply(again, again.constant(clean), again.constant(corrupted)).value();
    assertEquals(Nd4j.valueArrayOf(new long[] {5, 2}, 0.7, DataType.DOUBLE),
        with.sub(without));
  }

  @Test
  void float64GradientsOfKernelBiasAndRows() {
    ParameterStore store = new ParameterStore(53, DataType.DOUBLE);
    DeepGraphInfomaxLogits logits = new DeepGraphInfomaxLogits(store, "dgi", 3,
        DgiDiscriminator.BILINEAR_GLOROT);
    store.get("dgi/bias").value().assign(-0.3);
    INDArray clean = uniform(51, 5, 3);
    INDArray corrupted = uniform(52, 5, 3);
    assertPasses(GradientCheck.check(store, tape -> project(
        logits.apply(tape, tape.constant(clean), tape.constant(corrupted)))), "kernel and bias");
    assertPasses(GradientCheck.check(in -> project(
        logits.apply(in.get(0).tape(), in.get(0), in.get(1))), clean, corrupted),
        "clean and corrupted rows");
  }
}
