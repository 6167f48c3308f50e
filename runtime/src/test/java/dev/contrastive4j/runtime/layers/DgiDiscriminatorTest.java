package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
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
  void eachRowIsScoredAgainstTheSigmoidOfTheCleanMean() {
    // logit(x) = x·W·sᵀ with s = sigmoid(mean of the clean rows) = (0.5, σ(2)), by hand; the
    // corrupted rows (mean (1, -1)) take no part in s, and W is not transposed.
    ParameterStore store = new ParameterStore(5, DataType.DOUBLE);
    DeepGraphInfomaxLogits logits = new DeepGraphInfomaxLogits(store, "dgi", 2);
    store.get("dgi/kernel").assign(Nd4j.createFromArray(new double[][] {{1, 2}, {0.5, -1}}));
    double s = 1 / (1 + Math.exp(-2));
    INDArray expected = Nd4j.createFromArray(new double[][] {
        {1.25 - s, 1 + 4 * s}, {-0.25 - 3 * s, -0.5 + 2 * s}});
    Tape tape = Tape.inference();
    INDArray out = logits.apply(tape,
        tape.constant(Nd4j.createFromArray(new double[][] {{1, 3}, {-1, 1}})),
        tape.constant(Nd4j.createFromArray(new double[][] {{2, 0}, {0, -2}}))).value();
    assertClose(expected, out, 1e-12, "clean logits in column 0, corrupted in column 1");
  }

  @Test
  void rowsOfDifferentShapesOrWidthsAreRefused() {
    // Both shapes and the kernel's width are named.
    DeepGraphInfomaxLogits logits =
        new DeepGraphInfomaxLogits(new ParameterStore(6, DataType.DOUBLE), "dgi", 2);
    Tape tape = Tape.inference();
    ShapeMismatchException items = assertThrows(ShapeMismatchException.class, () -> logits.apply(
        tape, tape.constant(uniform(1, 2, 2)), tape.constant(uniform(2, 3, 2))));
    assertEquals("DGI logits: clean [2, 2] and corrupted [3, 2] must both be [items, 2]",
        items.getMessage());
    assertThrows(ShapeMismatchException.class, () -> logits.apply(
        tape, tape.constant(uniform(1, 2, 3)), tape.constant(uniform(2, 2, 3))));
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
