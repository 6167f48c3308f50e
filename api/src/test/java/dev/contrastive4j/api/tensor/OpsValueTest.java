package dev.contrastive4j.api.tensor;

import static dev.contrastive4j.api.tensor.Arrays64.of;
import static dev.contrastive4j.api.tensor.Arrays64.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Forward values of the operations against hand-computed or plain-Java references. */
class OpsValueTest {
  private final Tape tape = Tape.inference();

  private Tensor t(INDArray value) {
    return tape.constant(value);
  }

  private static void assertClose(double[] expected, INDArray actual, double tolerance) {
    double[] got = actual.dup('c').data().asDouble();
    assertEquals(expected.length, got.length, "element count");
    for (int i = 0; i < expected.length; i++) {
      double scale = Math.max(Math.abs(expected[i]), 1e-300);
      assertTrue(Math.abs(expected[i] - got[i]) <= tolerance * scale,
          "element " + i + ": expected " + expected[i] + ", got " + got[i]);
    }
  }

  @Test
  void matmulMatchesTheDefinition() {
    INDArray a = of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    INDArray b = of(new double[] {7, 8, 9, 10, 11, 12}, 3, 2);
    assertClose(new double[] {58, 64, 139, 154}, Ops.matmul(t(a), t(b)).value(), 1e-15);
    // a^T (3x2) times a (2x3)
    assertClose(new double[] {17, 22, 27, 22, 29, 36, 27, 36, 45},
        Ops.matmul(t(a), t(a), true, false).value(), 1e-15);
    assertClose(new double[] {14, 32, 32, 77}, Ops.matmul(t(a), t(a), false, true).value(), 1e-15);
  }

  @Test
  void broadcastingFollowsNumpy() {
    INDArray m = of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    Tensor column = t(of(new double[] {10, 20}, 2, 1));
    Tensor row = t(of(new double[] {1, 2, 3}, 3));
    assertClose(new double[] {11, 12, 13, 24, 25, 26}, Ops.add(t(m), column).value(), 0);
    assertClose(new double[] {0, 0, 0, 3, 3, 3}, Ops.sub(t(m), row).value(), 0);
    Tensor outer = Ops.mul(column, t(of(new double[] {1, 2, 3}, 1, 3)));
    assertArrayEquals(new long[] {2, 3}, outer.shape());
    assertClose(new double[] {10, 20, 30, 20, 40, 60}, outer.value(), 0);
    assertClose(new double[] {1, 1, 1, 4, 2.5, 2}, Ops.div(t(m), row).value(), 1e-15);
  }

  @Test
  void activations() {
    double[] xs = {-2, -0.5, 0.5, 3};
    INDArray x = of(xs, 4);
    double[] sig = new double[4];
    double[] softplus = new double[4];
    double[] logSig = new double[4];
    double[] prelu = new double[4];
    double[] tanh = new double[4];
    for (int i = 0; i < 4; i++) {
      sig[i] = 1 / (1 + Math.exp(-xs[i]));
      softplus[i] = Math.log1p(Math.exp(xs[i]));
      logSig[i] = Math.log(sig[i]);
      prelu[i] = xs[i] > 0 ? xs[i] : 0.25 * xs[i];
      tanh[i] = Math.tanh(xs[i]);
    }
    assertClose(sig, Ops.sigmoid(t(x)).value(), 1e-14);
    assertClose(softplus, Ops.softplus(t(x)).value(), 1e-14);
    assertClose(logSig, Ops.logSigmoid(t(x)).value(), 1e-14);
    assertClose(tanh, Ops.tanh(t(x)).value(), 1e-14);
    assertClose(new double[] {0, 0, 0.5, 3}, Ops.relu(t(x)).value(), 0);
    assertClose(prelu, Ops.prelu(t(x), t(of(new double[] {0.25}, 1))).value(), 1e-15);
    assertClose(new double[] {4, 0.25, 0.25, 9}, Ops.pow(t(x), 2).value(), 1e-15);
  }

  @Test
  void preluUsesOneSlopePerChannel() {
    INDArray x = of(new double[] {-1, -1, 2, -4, 3, -2}, 2, 3);
    INDArray alpha = of(new double[] {0.1, 0.2, 0.3}, 3);
    assertClose(new double[] {-0.1, -0.2, 2, -0.4, 3, -0.6},
        Ops.prelu(t(x), t(alpha)).value(), 1e-15);
  }

  @Test
  void stableFunctionsStayFiniteAndPreciseInTheTails() {
    double[] xs = {-800, -100, -30, 30, 100, 800};
    INDArray x = of(xs, 6);
    double[] softplus = new double[6];
    double[] logSig = new double[6];
    for (int i = 0; i < 6; i++) {
      // log(1 + e^x) = max(x, 0) + log1p(e^-|x|), evaluated with Java's accurate log1p.
      softplus[i] = Math.max(xs[i], 0) + Math.log1p(Math.exp(-Math.abs(xs[i])));
      logSig[i] = -(Math.max(-xs[i], 0) + Math.log1p(Math.exp(-Math.abs(xs[i]))));
    }
    assertClose(softplus, Ops.softplus(t(x)).value(), 1e-14);
    assertClose(logSig, Ops.logSigmoid(t(x)).value(), 1e-14);
    double tiny = Math.log1p(Math.exp(-30));
    assertEquals(tiny, Ops.softplus(t(of(new double[] {-30}, 1))).item(), 1e-15 * tiny);
  }

  @Test
  void reductions() {
    INDArray x = of(new double[] {1, 2, 3, 4, 5, 9}, 2, 3);
    assertEquals(24, Ops.sum(t(x)).item(), 0);
    assertEquals(0, Ops.sum(t(x)).rank());
    assertClose(new double[] {5, 7, 12}, Ops.sum(t(x), 0, false).value(), 0);
    assertArrayEquals(new long[] {2, 1}, Ops.sum(t(x), 1, true).shape());
    assertClose(new double[] {2, 6}, Ops.mean(t(x), -1, false).value(), 1e-15);
    assertEquals(4, Ops.mean(t(x)).item(), 1e-15);
    // population variance of each row: [1,2,3] -> 2/3, [4,5,9] -> 14/3
    assertClose(new double[] {2.0 / 3, 14.0 / 3}, Ops.variance(t(x), 1, false).value(), 1e-14);
    assertArrayEquals(new long[] {2, 1}, Ops.variance(t(x), 1, true).shape());
    assertClose(new double[] {1, 7}, Ops.variance(t(x), 1, false, true).value(), 1e-14);
    // all six: mean 4, squared deviations 9+4+1+0+1+25 = 40
    assertEquals(40.0 / 6, Ops.variance(t(x)).item(), 1e-14);
    assertEquals(8, Ops.variance(t(x), true).item(), 1e-14);
  }

  @Test
  void shapeOperations() {
    INDArray x = of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    assertClose(new double[] {1, 4, 2, 5, 3, 6}, Ops.transpose(t(x)).value(), 0);
    assertArrayEquals(new long[] {3, 2}, Ops.reshape(t(x), -1, 2).shape());
    Tensor joined = Ops.concat(1, t(x), t(of(new double[] {7, 8}, 2, 1)));
    assertClose(new double[] {1, 2, 3, 7, 4, 5, 6, 8}, joined.value(), 0);
    Tensor stacked = Ops.stack(1, t(x), t(x.mul(10)));
    assertArrayEquals(new long[] {2, 2, 3}, stacked.shape());
    assertClose(new double[] {1, 2, 3, 10, 20, 30, 4, 5, 6, 40, 50, 60}, stacked.value(), 0);
    List<Tensor> parts = Ops.unstack(stacked, 1);
    assertEquals(2, parts.size());
    assertClose(new double[] {10, 20, 30, 40, 50, 60}, parts.get(1).value(), 0);
    assertClose(new double[] {4, 5, 6}, Ops.rows(t(x), 1, 2).value(), 0);
    assertArrayEquals(new long[] {3, 2, 4}, Ops.permute(t(uniform(1, 2, 4, 3)), 2, 0, 1).shape());
  }

  @Test
  void gatherRowsPicksRowsWithRepeats() {
    INDArray x = of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
    Tensor picked = Ops.gatherRows(t(x), 2, 0, 2);
    assertClose(new double[] {5, 6, 1, 2, 5, 6}, picked.value(), 0);
    Tensor single = Ops.gatherRows(t(x), 1);
    assertArrayEquals(new long[] {1, 2}, single.shape());
    Tensor none = Ops.gatherRows(t(x), Nd4j.createFromArray(new long[0]));
    assertArrayEquals(new long[] {0, 2}, none.shape());
  }

  @Test
  void gatherBackwardAddsRepeatedRows() {
    Tape recording = new Tape();
    Tensor x = recording.leaf(uniform(2, 4, 3));
    recording.backward(Ops.sum(Ops.gatherRows(x, 3, 0, 3, 3)));
    assertClose(new double[] {1, 1, 1, 0, 0, 0, 0, 0, 0, 3, 3, 3}, x.grad(), 0);
  }

  @Test
  void binaryCrossEntropyIsStableForLargeLogits() {
    INDArray logits = of(new double[] {100, -100, 100, -100, 0, 800}, 6);
    INDArray labels = of(new double[] {1, 0, 0, 1, 1, 1}, 6);
    // max(x,0) - x z + log1p(e^-|x|) per element
    double tail = Math.log1p(Math.exp(-100));
    double expected = (tail + tail + (100 + tail) + (100 + tail) + Math.log(2) + 0) / 6;
    Tape recording = new Tape();
    Tensor x = recording.leaf(logits);
    Tensor loss = Ops.binaryCrossEntropyWithLogits(x, recording.constant(labels));
    assertEquals(expected, loss.item(), 1e-15 * expected);
    recording.backward(loss);
    // (sigmoid(x) - z) / n
    double[] grad = x.grad().data().asDouble();
    double[] expectedGrad = {0, 0, 1.0 / 6, -1.0 / 6, -0.5 / 6, 0};
    for (int i = 0; i < 6; i++) {
      assertTrue(Double.isFinite(grad[i]), "finite gradient " + i);
      assertEquals(expectedGrad[i], grad[i], 1e-15, "gradient " + i);
    }
  }

  @Test
  void binaryCrossEntropyOfTinyLossKeepsItsDigits() {
    Tensor loss = Ops.binaryCrossEntropyWithLogits(t(of(new double[] {40}, 1)),
        t(of(new double[] {1}, 1)));
    assertEquals(Math.exp(-40), loss.item(), 1e-14 * Math.exp(-40));
  }

  @Test
  void opsKeepTheInputDataType() {
    Tensor x = t(Nd4j.rand(DataType.FLOAT, 3, 2));
    Tensor w = t(Nd4j.rand(DataType.FLOAT, 2, 2));
    assertEquals(DataType.FLOAT, Ops.softplus(Ops.matmul(x, w)).dataType());
    assertEquals(DataType.FLOAT, Ops.binaryCrossEntropyWithLogits(x, x).dataType());
  }

  /**
   * The edges of rows, stack and concat: a vector, a range from 0, an empty range, a negative
   * stacking axis, and a concatenation of one tensor (which is that tensor).
   */
  @Test
  void shapeOperationsAtTheirEdges() {
    INDArray x = of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2);
    assertClose(new double[] {1, 2, 3}, Ops.rows(t(of(new double[] {1, 2, 3, 4}, 4)), 0, 3)
        .value(), 0);
    assertClose(new double[] {1, 2, 3, 4}, Ops.rows(t(x), 0, 2).value(), 0);
    Tensor empty = Ops.rows(t(x), 1, 1);
    assertArrayEquals(new long[] {0, 2}, empty.shape());
    Tensor stacked = Ops.stack(-1, t(x), t(x.mul(10)));
    assertArrayEquals(new long[] {3, 2, 2}, stacked.shape());
    assertClose(new double[] {1, 10, 2, 20, 3, 30, 4, 40, 5, 50, 6, 60}, stacked.value(), 0);
    Tensor one = t(x);
    assertSame(one, Ops.concat(1, one));
    assertArrayEquals(new long[] {2, 0, 3},
        Ops.reshape(t(Nd4j.create(DataType.DOUBLE, 0, 6)), 2, 0, 3).shape());
  }
}
