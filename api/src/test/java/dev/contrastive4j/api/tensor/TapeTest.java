package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.of;
import static dev.contrastive4j.api.tensor.Arrays64.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Recording, gradient routing, accumulation, release and the custom-op extension point. */
class TapeTest {

  @Test
  void gradientsOfATensorUsedSeveralTimesAddUp() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(of(new double[] {1, 2, 3}, 3));
    // d/dx sum(x*x + x + x) = 2x + 2
    Tensor y = Ops.add(Ops.add(Ops.mul(x, x), x), x);
    tape.backward(Ops.sum(y));
    assertEquals(Nd4j.createFromArray(4.0, 6.0, 8.0), x.grad());
  }

  /** ND4J hands out its own shape array; editing the returned one must not change the value. */
  @Test
  void aTensorsShapeIsACopy() {
    Tensor x = new Tape().constant(uniform(1, 4, 3));
    x.shape()[0] = 1;
    assertEquals(List.of(4L, 3L), java.util.Arrays.stream(x.shape()).boxed().toList());
    assertEquals(4, x.value().rows());
  }

  @Test
  void constantsAreNotRecordedAndGetNoGradient() {
    Tape tape = new Tape();
    Tensor c = tape.constant(uniform(1, 3, 3));
    Tensor d = Ops.exp(Ops.matmul(c, c));
    assertFalse(d.requiresGrad());
    assertEquals(0, tape.size(), "operations on constants alone are not recorded");
    Tensor x = tape.leaf(uniform(2, 3, 3));
    Tensor loss = Ops.sum(Ops.mul(d, x));
    assertEquals(3, tape.size(), "leaf, mul, sum");
    tape.backward(loss);
    assertNull(c.grad());
    assertNull(d.grad());
    assertEquals(d.value(), x.grad());
  }

  @Test
  void intermediateGradientsAreReleasedAndTheTapeEmptied() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(3, 4, 2));
    Tensor hidden = Ops.tanh(x);
    Tensor loss = Ops.sum(hidden);
    tape.backward(loss);
    assertNull(hidden.grad(), "intermediate gradient released");
    assertNull(loss.grad());
    assertEquals(0, tape.size());
    assertTrue(tape.isFinished());
    assertTrue(x.grad() != null);
  }

  @Test
  void leafGradientsAreNotAliased() {
    Tape tape = new Tape();
    Tensor a = tape.leaf(uniform(4, 2, 2));
    Tensor b = tape.leaf(uniform(5, 2, 2));
    tape.backward(Ops.sum(Ops.add(a, b)));
    assertNotSame(a.grad(), b.grad());
    a.grad().addi(10);
    assertEquals(Nd4j.ones(DataType.DOUBLE, 2, 2), b.grad());
  }

  @Test
  void parametersReceiveGradientsAccumulatedOverTapes() {
    Parameter w = new Parameter("w", of(new double[] {1, 2}, 2));
    for (int step = 0; step < 2; step++) {
      Tape tape = new Tape();
      Tensor wt = tape.param(w);
      assertSame(wt, tape.param(w), "one tensor per parameter and tape");
      // loss = sum(w * w): gradient 2w per tape
      tape.backward(Ops.sum(Ops.mul(wt, tape.param(w))));
    }
    assertEquals(of(new double[] {4, 8}, 2), w.gradient());
    w.clearGradient();
    assertNull(w.gradient());
  }

  @Test
  void inferenceTapeRecordsNothing() {
    Tape tape = Tape.inference();
    Tensor w = tape.param(new Parameter("w", Nd4j.valueArrayOf(new long[] {2}, 2.0, DataType.DOUBLE)));
    Tensor x = tape.leaf(uniform(6, 2));
    Tensor loss = Ops.sum(Ops.mul(w, x));
    assertFalse(loss.requiresGrad());
    assertEquals(0, tape.size());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> tape.backward(loss));
    assertTrue(e.getMessage().contains("inference tape"), e.getMessage());
  }

  @Test
  void backwardRunsOnceAndNeedsAScalarThatDependsOnSomething() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(7, 2, 2));
    ShapeMismatchException notScalar =
        assertThrows(ShapeMismatchException.class, () -> tape.backward(Ops.exp(x)));
    assertEquals("backward: the loss must have one element, got shape [2, 2]",
        notScalar.getMessage());
    IllegalStateException constant = assertThrows(IllegalStateException.class,
        () -> tape.backward(Ops.sum(tape.constant(uniform(8, 2)))));
    assertTrue(constant.getMessage().contains("does not depend"), constant.getMessage());

    Tensor loss = Ops.sum(x);
    tape.backward(loss);
    IllegalStateException twice =
        assertThrows(IllegalStateException.class, () -> tape.backward(loss));
    assertTrue(twice.getMessage().contains("already run backward"), twice.getMessage());
    assertThrows(IllegalStateException.class, () -> Ops.exp(x));
  }

  @Test
  void aOneElementLossOfAnyRankIsAccepted() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(of(new double[] {3}, 1, 1));
    tape.backward(Ops.mul(x, x));
    assertEquals(6.0, x.grad().getDouble(0), 0);
  }

  @Test
  void tensorsOfDifferentTapesDoNotMix() {
    Tensor a = new Tape().leaf(uniform(9, 2));
    Tensor b = new Tape().leaf(uniform(10, 2));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ops.add(a, b));
    assertEquals("add: input 1 was made on another tape than input 0", e.getMessage());
  }

  @Test
  void customOperationsPlugInThroughRecord() {
    // cube(x) with its own backward 3x^2, and a second input it is not differentiable in.
    Tape tape = new Tape();
    Tensor x = tape.leaf(of(new double[] {1, -2}, 2));
    Tensor y = cube(x);
    tape.backward(Ops.sum(y));
    assertEquals(of(new double[] {3, 12}, 2), x.grad());

    GradientCheck.Result result = GradientCheck.check(
        in -> Arrays64.project(cube(in.get(0))), uniform(11, 3, 2));
    assertTrue(result.passes(1e-6), result.toString());
  }

  private static Tensor cube(Tensor x) {
    INDArray v = x.value();
    return x.tape().record("cube", v.mul(v).muli(v), List.of(x), (g, in) -> {
      if (in.needs(0)) {
        in.accumulate(0, g.mul(v).muli(v).muli(3));
      }
    });
  }

  @Test
  void customBackwardWithAWrongShapeIsNamed() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(12, 2, 3));
    Tensor y = tape.record("broken", x.value().sum(1), List.of(x),
        (g, in) -> in.accumulate(0, Nd4j.ones(DataType.DOUBLE, 3, 2, 2)));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> tape.backward(Ops.sum(y)));
    assertEquals("backward of 'broken': gradient for input 0 has shape [3, 2, 2] but the input"
        + " ('leaf') has shape [2, 3]", e.getMessage());
  }

  @Test
  void customBackwardMayUseUnitAxesAndOtherDataTypes() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(13, 3));
    Tensor y = tape.record("lenient", x.value().dup(), List.of(x),
        (g, in) -> in.accumulate(0, g.reshape(1, 3).castTo(DataType.FLOAT)));
    tape.backward(Ops.sum(y));
    assertEquals(DataType.DOUBLE, x.grad().dataType());
    assertEquals(Nd4j.ones(DataType.DOUBLE, 3), x.grad());
  }

  @Test
  void inputsThatNeedNoGradientAreSkipped() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(14, 2));
    Tensor c = tape.constant(uniform(15, 2));
    boolean[] asked = new boolean[2];
    Tensor y = tape.record("probe", x.value().add(c.value()), List.of(x, c), (g, in) -> {
      asked[0] = in.needs(0);
      asked[1] = in.needs(1);
      in.accumulate(0, g);
      in.accumulate(1, g); // ignored: constants take no gradient
    });
    tape.backward(Ops.sum(y));
    assertTrue(asked[0]);
    assertFalse(asked[1]);
    assertNull(c.grad());
  }

  /** A finished tape takes no new leaf or parameter, not even one it had bound before. */
  @Test
  void aFinishedTapeTakesNothingNew() {
    Tape tape = new Tape();
    assertTrue(tape.isRecording());
    assertFalse(Tape.inference().isRecording());
    assertFalse(tape.isFinished());
    Parameter w = new Parameter("w", uniform(16, 2));
    tape.backward(Ops.sum(tape.param(w)));
    assertTrue(tape.isFinished());
    for (Executable late : List.<Executable>of(() -> tape.leaf(uniform(17, 2)),
        () -> tape.param(w), () -> tape.param(new Parameter("v", uniform(18, 2))))) {
      IllegalStateException e = assertThrows(IllegalStateException.class, late);
      assertTrue(e.getMessage().endsWith("this tape has already run backward; use a new tape for"
          + " each step"), e.getMessage());
    }
  }

  /**
   * A backward that names an input the op does not have, hands over no array, or one with the
   * right element count but the dimensions swapped, is told so in the op's name; an index one
   * past the last input is already out of range.
   */
  @Test
  void customBackwardMisuseIsNamed() {
    String missing = "backward of 'probe': input 2 does not exist (the op has 2 inputs)";
    assertEquals(missing, misuse(in -> in.needs(2), IndexOutOfBoundsException.class));
    assertEquals(missing, misuse(in -> in.accumulate(2, Nd4j.ones(DataType.DOUBLE, 2, 3)),
        IndexOutOfBoundsException.class));
    assertEquals("backward of 'probe': input -1 does not exist (the op has 2 inputs)",
        misuse(in -> in.needs(-1), IndexOutOfBoundsException.class));
    assertEquals("probe: gradient for input 0",
        misuse(in -> in.accumulate(0, null), NullPointerException.class));
    assertEquals("backward of 'probe': gradient for input 0 has shape [3, 2] but the input"
        + " ('leaf') has shape [2, 3]", misuse(in -> in.accumulate(0,
            Nd4j.ones(DataType.DOUBLE, 3, 2)), IllegalStateException.class));
  }

  private static String misuse(java.util.function.Consumer<InputGradients> backward,
      Class<? extends RuntimeException> expected) {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(19, 2, 3));
    Tensor y = tape.record("probe", x.value().dup(), List.of(x, x), (g, in) -> backward.accept(in));
    RuntimeException e = assertThrows(RuntimeException.class, () -> tape.backward(Ops.sum(y)));
    assertSame(expected, e.getClass(), e.toString());
    return e.getMessage();
  }

  /**
   * The record without a name records as "custom"; an input from another tape is refused,
   * naming the op and describing the tensor.
   */
  @Test
  void recordNamesAForeignInput() {
    Tensor foreign = new Tape().leaf(uniform(21, 2));
    Tensor constant = new Tape().constant(uniform(22, 2, 1));
    Tape tape = new Tape();
    IllegalArgumentException leaf = assertThrows(IllegalArgumentException.class,
        () -> tape.record(foreign.value(), List.of(foreign), (g, in) -> { }));
    assertEquals("custom: input 0 (Tensor[leaf, shape [2], DOUBLE, requires grad]) was made on"
        + " another tape", leaf.getMessage());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> tape.record("op", constant.value(), List.of(constant), (g, in) -> { }));
    assertEquals("op: input 0 (Tensor[constant, shape [2, 1], DOUBLE]) was made on another tape",
        other.getMessage());
    Tensor local = tape.leaf(of(new double[] {1, -2}, 2));
    Tensor doubled = tape.record(local.value().mul(2), List.of(local),
        (g, in) -> in.accumulate(0, g.mul(2)));
    assertEquals("Tensor[custom, shape [2], DOUBLE, requires grad]", doubled.toString());
    tape.backward(Ops.sum(doubled));
    assertEquals(of(new double[] {2, 2}, 2), local.grad());
  }

  @Test
  void aSharedTensorIsComputedOncePerRecordingTapeAndItsGradientsAddUp() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(of(new double[] {1, 2, 3}, 3));
    int[] computed = {0};
    java.util.function.Supplier<Tensor> doubled = () -> {
      computed[0]++;
      return Ops.mul(x, tape.constant(of(new double[] {2, 2, 2}, 3)));
    };
    Tensor first = tape.shared(List.of("doubled", x), doubled);
    Tensor second = tape.shared(List.of("doubled", x), doubled);
    assertSame(first, second);
    assertEquals(1, computed[0]);
    assertNotSame(first, tape.shared(List.of("another", x), doubled));
    assertEquals(2, computed[0]);
    // d/dx sum(2x) + sum(2x · 3) = 2 + 6 per element, through the one recorded product.
    Tensor three = tape.constant(of(new double[] {3, 3, 3}, 3));
    tape.backward(Ops.add(Ops.sum(first), Ops.sum(Ops.mul(second, three))));
    assertEquals(Nd4j.createFromArray(8.0, 8.0, 8.0), x.grad());
    // Forgotten with the backward pass: asking again computes (and then refuses to record).
    assertThrows(IllegalStateException.class, () -> tape.shared(List.of("doubled", x), doubled));
    assertEquals(3, computed[0]);
  }

  @Test
  void anInferenceTapeComputesASharedTensorEachTime() {
    Tape tape = Tape.inference();
    INDArray parameter = of(new double[] {1, 2}, 2);
    Tensor w = tape.constant(parameter);
    Tensor before = tape.shared("w+1", () -> Ops.add(w, tape.constant(of(new double[] {1, 1}, 2))));
    parameter.addi(10); // an optimizer step between two evaluations
    Tensor after = tape.shared("w+1", () -> Ops.add(w, tape.constant(of(new double[] {1, 1}, 2))));
    assertNotSame(before, after);
    assertEquals(Nd4j.createFromArray(12.0, 13.0), after.value());
  }

  @Test
  void aSharedTensorMustBeOfItsTape() {
    Tape tape = new Tape();
    Tensor foreign = new Tape().leaf(of(new double[] {1}, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> tape.shared("foreign", () -> foreign));
    assertEquals("shared foreign: computed a tensor of another tape", e.getMessage());
    NullPointerException none = assertThrows(NullPointerException.class,
        () -> tape.shared("none", () -> null));
    assertEquals("shared none: computed null", none.getMessage());
  }
}
