package dev.contrastive4j.api.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The float64 gradient check the tests of {@link Ops} share. */
final class OpGradients {
  /** The largest relative error a check may leave. */
  static final double TOLERANCE = 1e-6;

  private OpGradients() {}

  /**
   * Checks the gradients of {@code op} with respect to every input against central differences,
   * its output projected onto fixed random weights ({@link Arrays64#project}) so that every
   * output element contributes to the loss.
   */
  static void assertGradients(String what, Function<List<Tensor>, Tensor> op,
      INDArray... inputs) {
    GradientCheck.Result result =
        GradientCheck.check(in -> Arrays64.project(op.apply(in)), inputs);
    assertTrue(result.checkedElements() > 0, what + ": nothing was checked");
    assertTrue(result.passes(TOLERANCE), what + ": " + result);
  }
}
