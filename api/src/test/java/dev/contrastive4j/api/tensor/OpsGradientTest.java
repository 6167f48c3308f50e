package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.positive;
import static dev.contrastive4j.api.tensor.Arrays64.uniform;
import static dev.contrastive4j.api.tensor.OpGradients.TOLERANCE;
import static dev.contrastive4j.api.tensor.OpGradients.assertGradients;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float64 central-difference checks of every operation in {@link Ops}: each op's output is
 * projected onto fixed random weights so that every output element contributes to the loss.
 */
class OpsGradientTest {
  static Stream<Arguments> matmulCases() {
    return Stream.of(
        Arguments.of(false, false, new long[] {3, 4}, new long[] {4, 5}),
        Arguments.of(true, false, new long[] {4, 3}, new long[] {4, 5}),
        Arguments.of(false, true, new long[] {3, 4}, new long[] {5, 4}),
        Arguments.of(true, true, new long[] {4, 3}, new long[] {5, 4}),
        Arguments.of(false, false, new long[] {1, 6}, new long[] {6, 2}),
        Arguments.of(false, true, new long[] {7, 1}, new long[] {3, 1}));
  }

  @ParameterizedTest
  @MethodSource("matmulCases")
  void matmul(boolean transposeA, boolean transposeB, long[] a, long[] b) {
    assertGradients("matmul " + transposeA + " " + transposeB,
        in -> Ops.matmul(in.get(0), in.get(1), transposeA, transposeB),
        uniform(1, a), uniform(2, b));
  }

  /** Pairs of shapes for broadcasting binary ops, NumPy rules. */
  static Stream<Arguments> broadcastShapes() {
    return Stream.of(
        Arguments.of(new long[] {3, 4}, new long[] {3, 4}),
        Arguments.of(new long[] {3, 4}, new long[] {4}),
        Arguments.of(new long[] {4}, new long[] {3, 4}),
        Arguments.of(new long[] {3, 4}, new long[] {3, 1}),
        Arguments.of(new long[] {3, 1}, new long[] {1, 4}),
        Arguments.of(new long[] {1, 4}, new long[] {4}),
        Arguments.of(new long[] {2, 3, 4}, new long[] {3, 1}),
        Arguments.of(new long[] {}, new long[] {3, 4}),
        Arguments.of(new long[] {3, 4}, new long[] {}));
  }

  @ParameterizedTest
  @MethodSource("broadcastShapes")
  void add(long[] a, long[] b) {
    assertGradients("add", in -> Ops.add(in.get(0), in.get(1)), uniform(3, a), uniform(4, b));
  }

  @ParameterizedTest
  @MethodSource("broadcastShapes")
  void sub(long[] a, long[] b) {
    assertGradients("sub", in -> Ops.sub(in.get(0), in.get(1)), uniform(5, a), uniform(6, b));
  }

  @ParameterizedTest
  @MethodSource("broadcastShapes")
  void mul(long[] a, long[] b) {
    assertGradients("mul", in -> Ops.mul(in.get(0), in.get(1)), uniform(7, a), uniform(8, b));
  }

  @ParameterizedTest
  @MethodSource("broadcastShapes")
  void div(long[] a, long[] b) {
    assertGradients("div", in -> Ops.div(in.get(0), in.get(1)), uniform(9, a), positive(10, b));
  }

  @Test
  void scalarArithmetic() {
    assertGradients("add scalar", in -> Ops.add(in.get(0), 2.5), uniform(11, 3, 2));
    assertGradients("mul scalar", in -> Ops.mul(in.get(0), -1.7), uniform(12, 3, 2));
  }

  @Test
  void unaryOps() {
    INDArray x = uniform(13, 4, 5);
    INDArray p = positive(14, 4, 5);
    assertGradients("neg", in -> Ops.neg(in.get(0)), x);
    assertGradients("exp", in -> Ops.exp(in.get(0)), x);
    assertGradients("log", in -> Ops.log(in.get(0)), p);
    assertGradients("sqrt", in -> Ops.sqrt(in.get(0)), p);
    assertGradients("square", in -> Ops.square(in.get(0)), x);
    assertGradients("relu", in -> Ops.relu(in.get(0)), x);
    assertGradients("sigmoid", in -> Ops.sigmoid(in.get(0)), x);
    assertGradients("tanh", in -> Ops.tanh(in.get(0)), x);
    assertGradients("logSigmoid", in -> Ops.logSigmoid(in.get(0)), x);
    assertGradients("softplus", in -> Ops.softplus(in.get(0)), x);
  }

  @Test
  void stableOpsAtLargeMagnitudes() {
    // One value per check: a loss summing values near 30 with gradients near 1e-9 would drown the
    // small gradients in the rounding of the large sum, in the numeric quotient, not the tape.
    for (double v : new double[] {-30, -20, -12, -3, 3, 12, 20, 30}) {
      INDArray x = Arrays64.of(new double[] {v}, 1);
      assertGradients("logSigmoid at " + v, in -> Ops.logSigmoid(in.get(0)), x);
      assertGradients("softplus at " + v, in -> Ops.softplus(in.get(0)), x);
    }
  }

  @ParameterizedTest
  @MethodSource("exponents")
  void pow(double exponent) {
    assertGradients("pow " + exponent, in -> Ops.pow(in.get(0), exponent), positive(15, 3, 4));
  }

  static Stream<Double> exponents() {
    return Stream.of(0.0, 1.0, 2.0, 3.0, 0.5, -1.5);
  }

  @Test
  void preluPerChannelAndSingleRow() {
    assertGradients("prelu [5, 3] x [3]", in -> Ops.prelu(in.get(0), in.get(1)),
        uniform(16, 5, 3), uniform(17, 3));
    assertGradients("prelu [1, 3] x [3]", in -> Ops.prelu(in.get(0), in.get(1)),
        uniform(18, 1, 3), uniform(19, 3));
    assertGradients("prelu [2, 4, 3] x [1, 3]", in -> Ops.prelu(in.get(0), in.get(1)),
        uniform(20, 2, 4, 3), uniform(21, 1, 3));
  }

  static Stream<Arguments> reductionCases() {
    return Stream.of(
        Arguments.of(new long[] {3, 4}, 0, false),
        Arguments.of(new long[] {3, 4}, 0, true),
        Arguments.of(new long[] {3, 4}, 1, false),
        Arguments.of(new long[] {3, 4}, -1, true),
        Arguments.of(new long[] {1, 4}, 0, false),
        Arguments.of(new long[] {1, 4}, 1, true),
        Arguments.of(new long[] {2, 3, 4}, 1, false),
        Arguments.of(new long[] {2, 3, 4}, 2, true),
        Arguments.of(new long[] {5}, 0, false));
  }

  @ParameterizedTest
  @MethodSource("reductionCases")
  void reductionsOverAnAxis(long[] shape, int axis, boolean keepDims) {
    INDArray x = uniform(22, shape);
    assertGradients("sum", in -> Ops.sum(in.get(0), axis, keepDims), x);
    assertGradients("mean", in -> Ops.mean(in.get(0), axis, keepDims), x);
    assertGradients("variance", in -> Ops.variance(in.get(0), axis, keepDims), x);
    if (shape[axis < 0 ? axis + shape.length : axis] > 1) {
      assertGradients("unbiased variance",
          in -> Ops.variance(in.get(0), axis, keepDims, true), x);
    }
  }

  @Test
  void reductionsOverEverything() {
    for (long[] shape : new long[][] {{3, 4}, {1, 5}, {2, 3, 2}, {}}) {
      INDArray x = uniform(23, shape);
      assertGradients("sum all", in -> Ops.sum(in.get(0)), x);
      assertGradients("mean all", in -> Ops.mean(in.get(0)), x);
      assertGradients("variance all", in -> Ops.variance(in.get(0)), x);
      if (x.length() > 1) {
        assertGradients("unbiased variance all", in -> Ops.variance(in.get(0), true), x);
      }
    }
  }

  @Test
  void shapeOps() {
    assertGradients("transpose", in -> Ops.transpose(in.get(0)), uniform(24, 3, 5));
    assertGradients("permute", in -> Ops.permute(in.get(0), 2, 0, 1), uniform(25, 2, 3, 4));
    assertGradients("reshape", in -> Ops.reshape(in.get(0), 2, -1), uniform(26, 3, 4));
    assertGradients("reshape to rank 3", in -> Ops.reshape(in.get(0), 2, 2, 3),
        uniform(27, 12));
  }

  @Test
  void concat() {
    assertGradients("concat axis 0", in -> Ops.concat(0, in),
        uniform(28, 2, 3), uniform(29, 1, 3), uniform(30, 4, 3));
    assertGradients("concat axis 1", in -> Ops.concat(1, in),
        uniform(31, 3, 2), uniform(32, 3, 5));
    assertGradients("concat axis -1 of rank 3", in -> Ops.concat(-1, in),
        uniform(33, 2, 2, 1), uniform(34, 2, 2, 3));
  }

  @Test
  void stackAndUnstack() {
    assertGradients("stack axis 1", in -> Ops.stack(1, in),
        uniform(35, 4, 3), uniform(36, 4, 3), uniform(37, 4, 3));
    assertGradients("stack axis 0", in -> Ops.stack(0, in), uniform(38, 2, 3), uniform(39, 2, 3));
    assertGradients("stack axis 2", in -> Ops.stack(2, in), uniform(40, 2, 3), uniform(41, 2, 3));
    // Each slice weighted differently, so the slices' gradients must land in the right place.
    assertGradients("unstack axis 1", in -> {
      List<Tensor> parts = Ops.unstack(in.get(0), 1);
      Tensor total = Ops.mul(Ops.exp(parts.get(0)), parts.get(2));
      return Ops.add(total, Ops.mul(parts.get(1), 3.0));
    }, uniform(42, 4, 3, 2));
    assertGradients("unstack then stack", in -> Ops.stack(1, Ops.unstack(in.get(0), 1)),
        uniform(43, 3, 2, 4));
  }

  @Test
  void rowsAndGather() {
    assertGradients("rows", in -> Ops.rows(in.get(0), 1, 3), uniform(44, 5, 3));
    assertGradients("single row", in -> Ops.rows(in.get(0), 4, 5), uniform(45, 5, 3));
    assertGradients("gather rows with repeats",
        in -> Ops.gatherRows(in.get(0), 3, 0, 3, 3, 1), uniform(46, 4, 3));
    assertGradients("gather rows, long indices",
        in -> Ops.gatherRows(in.get(0), Nd4j.createFromArray(2L, 2L, 0L)), uniform(47, 3, 2, 2));
    assertGradients("gather of a vector", in -> Ops.gatherRows(in.get(0), 1, 1, 0),
        uniform(48, 3));
  }

  @Test
  void dropoutIsDifferentiableForAFixedSeed() {
    assertGradients("dropout training", in -> Ops.dropout(in.get(0), 0.4, true, 99L),
        uniform(49, 6, 5));
    assertGradients("dropout inference", in -> Ops.dropout(in.get(0), 0.4, false, 99L),
        uniform(50, 6, 5));
  }

  @Test
  void binaryCrossEntropyWithLogits() {
    INDArray logits = Arrays64.fill(51, new long[] {4, 3}, -4, 4);
    INDArray labels = Arrays64.fill(52, new long[] {4, 3}, 0, 1);
    GradientCheck.Result result = GradientCheck.check(
        in -> Ops.binaryCrossEntropyWithLogits(in.get(0), in.get(1)), logits, labels);
    assertTrue(result.passes(TOLERANCE), "bce: " + result);
  }

  @Test
  void composedNetworkReusingTensors() {
    // x is used four times, w twice: gradients from every use must add up.
    GradientCheck.Result result = GradientCheck.check(in -> {
      Tensor x = in.get(0);
      Tensor w = in.get(1);
      Tensor alpha = in.get(2);
      Tensor h = Ops.prelu(Ops.matmul(x, w), alpha);
      Tensor g = Ops.add(Ops.tanh(Ops.matmul(x, w)), h);
      Tensor summary = Ops.sigmoid(Ops.mean(g, 0, true));
      Tensor logits = Ops.matmul(Ops.add(g, Ops.sum(Ops.mul(x, x), 1, true)), summary, false, true);
      Tensor labels = in.get(0).tape().constant(
          Arrays64.of(new double[] {1, 0, 1, 0, 1}, 5, 1));
      return Ops.add(Ops.binaryCrossEntropyWithLogits(logits, labels),
          Ops.mul(Ops.variance(x), 0.1));
    }, uniform(53, 5, 3), uniform(54, 3, 3), uniform(55, 3));
    assertTrue(result.passes(TOLERANCE), "composed: " + result);
  }

  /**
   * A leaf whose only use has a zero derivative (x^0, a gather of no rows) still receives a
   * gradient, of zeros, not none: the check alone cannot tell, as it reads a missing gradient as
   * zeros.
   */
  @Test
  void zeroDerivativesArriveAsZeros() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(uniform(56, 2, 3));
    Tensor other = tape.leaf(uniform(57, 2, 3));
    Tensor none = Ops.gatherRows(other, Nd4j.createFromArray(new int[0]));
    tape.backward(Ops.add(Ops.sum(Ops.pow(x, 0)), Ops.sum(none)));
    assertEquals(Nd4j.zeros(DataType.DOUBLE, 2, 3), x.grad());
    assertEquals(Nd4j.zeros(DataType.DOUBLE, 2, 3), other.grad());
  }
}
