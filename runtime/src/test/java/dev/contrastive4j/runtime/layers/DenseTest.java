package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Dense}'s values against hand-computed float64 ones for every {@link Activation}, and its
 * refusals. ({@link DenseGradientTest} checks the gradients.)
 */
class DenseTest {
  private static final INDArray X = Nd4j.createFromArray(new double[][] {{1, -2}, {0.5, 3}});
  private static final INDArray W =
      Nd4j.createFromArray(new double[][] {{0.5, -1, 2}, {0.25, 0.75, -0.5}});
  private static final INDArray B = Nd4j.createFromArray(0.1, -0.2, 0.3);
  /** X·W + B by hand. */
  private static final double[][] PRE = {{0.1, -2.7, 3.3}, {1.1, 1.55, -0.2}};

  private static INDArray apply(Activation activation, boolean useBias) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Dense dense = new Dense(store, "d", 2, 3, activation, useBias);
    dense.kernel().assign(W);
    if (useBias) {
      store.get("d/bias").assign(B);
    }
    Tape tape = Tape.inference();
    return dense.apply(tape, tape.constant(X)).value();
  }

  private static INDArray expected(DoubleUnaryOperator f, double[][] pre) {
    double[][] out = new double[pre.length][];
    for (int r = 0; r < pre.length; r++) {
      out[r] = Arrays.stream(pre[r]).map(f).toArray();
    }
    return Nd4j.createFromArray(out);
  }

  @Test
  void eachActivationOfTheAffineMap() {
    // activation(x·W + b) for each activation, against Java's own float64 functions.
    assertClose(expected(v -> v, PRE), apply(Activation.NONE, true), 1e-12, "none");
    assertClose(expected(v -> Math.max(v, 0), PRE), apply(Activation.RELU, true), 1e-12,
        "relu");
    assertClose(expected(v -> 1 / (1 + Math.exp(-v)), PRE), apply(Activation.SIGMOID, true),
        1e-12, "sigmoid");
    assertClose(expected(Math::tanh, PRE), apply(Activation.TANH, true), 1e-12, "tanh");
  }

  @Test
  void withoutABiasTheMapIsLinearAndHasNoBiasParameter() {
    // No bias parameter is created, and nothing is added to x·W.
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    Dense dense = new Dense(store, "d", 2, 3, Activation.NONE, false);
    assertFalse(store.contains("d/bias"));
    assertEquals(1, store.size());
    assertEquals(3, dense.units());
    assertClose(X.mmul(W), apply(Activation.NONE, false), 1e-12, "x·W");
  }

  @Test
  void refusalsNameTheLayerAndTheShapes() {
    // Zero widths are refused like negative ones; an input of the wrong width names its shape.
    ParameterStore store = new ParameterStore(3, DataType.DOUBLE);
    assertEquals("dense layer 'd': input dimension and units must be positive, got 0 and 3",
        assertThrows(IllegalArgumentException.class,
            () -> new Dense(store, "d", 0, 3, Activation.NONE, true)).getMessage());
    assertEquals("dense layer 'd': input dimension and units must be positive, got 2 and 0",
        assertThrows(IllegalArgumentException.class,
            () -> new Dense(store, "d", 2, 0, Activation.NONE, true)).getMessage());
    assertEquals(0, store.size());
    Dense dense = new Dense(store, "d", 2, 3, Activation.RELU, true);
    Tape tape = Tape.inference();
    assertEquals("dense layer 'd': expects [rows, 2], got [2, 3]",
        assertThrows(ShapeMismatchException.class,
            () -> dense.apply(tape, tape.constant(Nd4j.ones(DataType.DOUBLE, 2, 3))))
            .getMessage());
  }
}
