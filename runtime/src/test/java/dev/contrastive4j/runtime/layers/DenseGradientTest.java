package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Float64 gradients of {@link Dense} (kernel, bias and input) for every {@link Activation}, with
 * and without a bias, on a non-square map from 4 to 3 columns. The bias is not zero, so its
 * gradient is checked where it matters, and the pre-activations have both signs but stay away
 * from ReLU's kink.
 */
class DenseGradientTest {
  private static final long ROWS = 6;
  private static final long INPUTS = 4;
  private static final long UNITS = 3;

  static Stream<Arguments> layers() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (Activation activation : Activation.values()) {
      cases.add(Arguments.of(activation, true));
      cases.add(Arguments.of(activation, false));
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}, bias {1}")
  @MethodSource("layers")
  void gradientsOfKernelBiasAndInput(Activation activation, boolean useBias) {
    ParameterStore store = new ParameterStore(41, DataType.DOUBLE);
    Dense dense = new Dense(store, "dense", INPUTS, UNITS, activation, useBias);
    INDArray x = uniform(42, ROWS, INPUTS);
    INDArray pre = x.mmul(dense.kernel().value());
    if (useBias) {
      store.get("dense/bias").assign(uniform(47, UNITS));
      pre.addiRowVector(store.get("dense/bias").value());
    }
    assertTrue(Transforms.abs(pre, true).minNumber().doubleValue() > 1e-3
        && pre.minNumber().doubleValue() < 0 && pre.maxNumber().doubleValue() > 0,
        "pre-activations of both signs, away from 0: " + pre);
    String what = activation + (useBias ? " with bias" : " without bias");
    assertPasses(GradientCheck.check(store,
        tape -> project(dense.apply(tape, tape.constant(x)))), what + ": parameters");
    assertPasses(GradientCheck.check(in -> project(dense.apply(in.get(0).tape(), in.get(0))), x),
        what + ": input");
  }
}
