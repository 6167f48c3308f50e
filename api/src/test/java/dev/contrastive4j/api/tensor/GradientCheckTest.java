package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The checker itself: it must catch wrong gradients, sample large inputs, restore values. */
class GradientCheckTest {

  /** x^2 with a backward that is off by the given factor. */
  private static Tensor squareWithBackwardScaled(Tensor x, double factor) {
    INDArray v = x.value();
    return x.tape().record("square", v.mul(v), List.of(x),
        (g, in) -> in.accumulate(0, g.mul(v).muli(2 * factor)));
  }

  @Test
  void detectsAWrongGradient() {
    INDArray x = uniform(1, 3, 3);
    GradientCheck.Result right =
        GradientCheck.check(in -> Ops.sum(squareWithBackwardScaled(in.get(0), 1.0)), x);
    GradientCheck.Result wrong =
        GradientCheck.check(in -> Ops.sum(squareWithBackwardScaled(in.get(0), 1.001)), x);
    assertTrue(right.passes(1e-9), right.toString());
    assertFalse(wrong.passes(1e-6), wrong.toString());
    assertEquals(0.001 / 1.001, wrong.maxRelativeError(), 1e-8);
    assertTrue(wrong.worst().startsWith("input 0 element "), wrong.worst());
  }

  @Test
  void detectsAMissingGradient() {
    INDArray x = uniform(2, 4);
    GradientCheck.Result result = GradientCheck.check(in -> {
      Tensor detached = in.get(0).tape().constant(in.get(0).value());
      // The exp path forgets its gradient; the zero-weighted path keeps the loss on the tape.
      return Ops.add(Ops.sum(Ops.exp(detached)), Ops.sum(Ops.mul(in.get(0), 0.0)));
    }, x);
    assertEquals(1.0, result.maxRelativeError(), 1e-9);
  }

  @Test
  void samplesLargeInputsAndLeavesInputsUntouched() {
    INDArray x = uniform(3, 50, 40);
    INDArray copy = x.dup();
    GradientCheck.Result result = GradientCheck.check(in -> Ops.sum(Ops.tanh(in.get(0))),
        List.of(x), GradientCheck.Options.defaults().withMaxElementsPerInput(25));
    assertEquals(25, result.checkedElements());
    assertTrue(result.passes(1e-6), result.toString());
    assertEquals(copy, x);
  }

  @Test
  void checksParametersAndRestoresThem() {
    Parameter w = new Parameter("w", uniform(5, 3, 2));
    Parameter b = new Parameter("b", Nd4j.zeros(DataType.DOUBLE, 2));
    Parameter alpha = new Parameter("alpha", Nd4j.valueArrayOf(new long[] {2}, 0.25, DataType.DOUBLE));
    List<Parameter> store = List.of(w, b, alpha);
    INDArray before = w.value().dup();
    INDArray x = uniform(4, 5, 3);
    GradientCheck.Result result = GradientCheck.check(store, tape -> {
      Tensor h = Ops.add(Ops.matmul(tape.constant(x), tape.param(w)), tape.param(b));
      return Arrays64.project(Ops.prelu(h, tape.param(alpha)));
    });
    assertEquals(6 + 2 + 2, result.checkedElements());
    assertTrue(result.passes(1e-6), result.toString());
    assertEquals(before, w.value());
    assertEquals(null, w.gradient());
  }

  @Test
  void refusesSinglePrecision() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> GradientCheck.check(in -> Ops.sum(in.get(0)), Nd4j.ones(DataType.FLOAT, 2)));
    assertEquals("gradient check needs float64 values; input 0 is FLOAT", e.getMessage());
  }

  /** x with a backward that is right except at one element, where it is twice the truth. */
  private static Tensor identityWrongAt(Tensor x, int element) {
    return x.tape().record("wrongAt", x.value().dup(), List.of(x), (g, in) -> {
      INDArray grad = g.dup();
      grad.putScalar(element, 2 * grad.getDouble(element));
      in.accumulate(0, grad);
    });
  }

  /**
   * The largest error is found and reported wherever it is: here in the middle of the input, with
   * smaller errors (zero) after it.
   */
  @Test
  void reportsTheLargestErrorNotTheLast() {
    GradientCheck.Result result =
        GradientCheck.check(in -> Ops.sum(identityWrongAt(in.get(0), 1)), uniform(6, 3));
    assertEquals(3, result.checkedElements());
    assertEquals(0.5, result.maxRelativeError(), 1e-8);
    assertTrue(result.worst().startsWith("input 0 element 1 of shape [3]: analytic 2.0, numeric "),
        result.worst());
    assertEquals("max relative error " + result.maxRelativeError() + " over 3 elements; worst at "
        + result.worst(), result.toString());
  }

  /** With no error anywhere, the first element checked is reported, not "nothing checked". */
  @Test
  void anExactCheckStillNamesAnElement() {
    GradientCheck.Result result =
        GradientCheck.check(in -> Ops.sum(Ops.mul(in.get(0), 0.0)), uniform(7, 2));
    assertEquals(0.0, result.maxRelativeError());
    assertEquals("input 0 element 0 of shape [2]: analytic 0.0, numeric 0.0", result.worst());
  }

  /** A NaN gradient ends the check at once with a NaN error, which never passes. */
  @Test
  void aNanGradientFailsAtOnce() {
    GradientCheck.Result result = GradientCheck.check(in -> Ops.sum(in.get(0).tape().record(
        "nan", in.get(0).value().dup(), List.of(in.get(0)), (g, grads) -> {
          INDArray grad = g.dup();
          grad.putScalar(0, Double.NaN);
          grads.accumulate(0, grad);
        })), uniform(8, 3));
    assertTrue(Double.isNaN(result.maxRelativeError()));
    assertEquals(1, result.checkedElements());
    assertFalse(result.passes(1e300));
  }

  /** A gradient a parameter held from an earlier step is not mistaken for part of this one. */
  @Test
  void ignoresAStaleParameterGradient() {
    Parameter w = new Parameter("w", uniform(9, 2, 2));
    Tape earlier = new Tape();
    earlier.backward(Ops.sum(Ops.mul(earlier.param(w), 5.0)));
    GradientCheck.Result result = GradientCheck.check(List.of(w),
        tape -> Ops.sum(Ops.square(tape.param(w))));
    assertTrue(result.passes(1e-6), result.toString());
    assertTrue(result.worst().startsWith("parameter 'w' element "), result.worst());
    assertEquals(null, w.gradient());
  }

  /** The options refuse a zero step, a zero floor and a zero budget; each wither sets one field. */
  @Test
  void optionsAreValidatedAndCopiedOneFieldAtATime() {
    assertThrows(IllegalArgumentException.class, () -> new GradientCheck.Options(0, 1e-6, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new GradientCheck.Options(1e-4, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new GradientCheck.Options(1e-4, 1e-6, 0, 1));
    GradientCheck.Options smallest = new GradientCheck.Options(1e-300, 1e-300, 1, 7);
    assertEquals(new GradientCheck.Options(0.5, 1e-300, 1, 7), smallest.withEpsilon(0.5));
    assertEquals(new GradientCheck.Options(1e-300, 0.25, 1, 7), smallest.withFloor(0.25));
    assertEquals(new GradientCheck.Options(1e-300, 1e-300, 9, 7),
        smallest.withMaxElementsPerInput(9));
  }

  /** An error equal to the tolerance does not pass: the tolerance is a strict bound. */
  @Test
  void theToleranceIsStrict() {
    assertFalse(new GradientCheck.Result(1e-6, 1, "x").passes(1e-6));
    assertTrue(new GradientCheck.Result(0.999e-6, 1, "x").passes(1e-6));
  }
}
