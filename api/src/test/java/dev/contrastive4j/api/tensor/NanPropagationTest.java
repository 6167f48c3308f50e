package dev.contrastive4j.api.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * A NaN that reaches a backward pass stays NaN, so that training's divergence check sees it. ND4J
 * 1.0.0-M2.1's scalar operations do not propagate a NaN operand ({@code x.mul(Double.NaN)} is
 * {@code x * 1e-5}, {@code x.add(Double.NaN)} is {@code x}); ops must not scale by a scalar
 * read from a gradient.
 */
class NanPropagationTest {
  /** The gradient of {@code op(x)} times a NaN upstream gradient, for x in float32 and 64. */
  private static void assertAllNan(Function<Tensor, Tensor> op, INDArray x) {
    for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      Tape tape = new Tape();
      Tensor leaf = tape.leaf(x.castTo(type));
      Tensor y = op.apply(leaf);
      Tensor nan = tape.constant(Nd4j.valueArrayOf(y.shape(), Double.NaN, type));
      tape.backward(Ops.sum(Ops.mul(y, nan)));
      INDArray grad = leaf.grad();
      assertTrue(BooleanIndexing.and(grad, Conditions.isNan()), type + ": " + grad);
    }
  }

  @Test
  void theNdarrayScalarQuirkThisGuardsAgainst() {
    // If a later ND4J propagates NaN here, the guard below is no longer needed.
    INDArray scaled = Nd4j.createFromArray(0.5, 2.0).mul(Double.NaN);
    assertTrue(!BooleanIndexing.or(scaled, Conditions.isNan()), scaled.toString());
  }

  @Test
  void varianceOfAllElements() {
    assertAllNan(Ops::variance, Nd4j.createFromArray(new double[][] {{1, 2}, {4, 8}}));
  }

  @Test
  void varianceOfAnArrayWithANan() {
    // The forward value is NaN; so must every element of the gradient be.
    Tape tape = new Tape();
    Tensor x = tape.leaf(Nd4j.createFromArray(1.0, Double.NaN, 3.0));
    tape.backward(Ops.variance(x));
    assertTrue(BooleanIndexing.and(x.grad(), Conditions.isNan()), x.grad().toString());
  }

  @Test
  void binaryCrossEntropyWithLogits() {
    INDArray labels = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}});
    assertAllNan(x -> Ops.binaryCrossEntropyWithLogits(x,
        x.tape().constant(labels.castTo(x.dataType()))),
        Nd4j.createFromArray(new double[][] {{0.3, -1}, {2, 0.5}}));
  }

  @Test
  void aNanScalarOperandGivesNan() {
    Tape tape = new Tape();
    Tensor x = tape.leaf(Nd4j.createFromArray(0.5f, 2f));
    Tensor y = Ops.add(Ops.mul(x, Double.NaN), 1.0);
    assertTrue(BooleanIndexing.and(y.value(), Conditions.isNan()), y.value().toString());
    assertTrue(BooleanIndexing.and(Ops.add(x, Double.NaN).value(), Conditions.isNan()));
    tape.backward(Ops.sum(Ops.mul(x, Double.NaN)));
    assertTrue(BooleanIndexing.and(x.grad(), Conditions.isNan()), x.grad().toString());
  }

  @Test
  void sumAndMean() {
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 2}, {4, 8}});
    assertAllNan(Ops::sum, x);
    assertAllNan(Ops::mean, x);
  }
}
