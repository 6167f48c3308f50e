package dev.contrastive4j.api.tensor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Seeded float64 test arrays, the random projection that turns any tensor into a loss, and a
 * comparison of arrays by value.
 */
final class Arrays64 {
  private Arrays64() {}

  /** Uniform values in [-1, 1). */
  static INDArray uniform(long seed, long... shape) {
    return fill(seed, shape, -1.0, 1.0);
  }

  /** Uniform values in [0.5, 1.5): safe for log, sqrt, division. */
  static INDArray positive(long seed, long... shape) {
    return fill(seed, shape, 0.5, 1.5);
  }

  /**
   * Values of both signs at least 0.1 from 0, uniform in [-1.1, -0.1) and (0.1, 1.1): inputs
   * that stay far from a kink at 0 (relu, prelu) and a pole at 0 (negative powers).
   */
  static INDArray awayFromZero(long seed, long... shape) {
    INDArray x = uniform(seed, shape);
    return Transforms.sign(x, true).muli(0.1).addi(x);
  }

  /** Uniform values in [from, to). */
  static INDArray fill(long seed, long[] shape, double from, double to) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    Random random = new Random(seed);
    double[] data = new double[Math.toIntExact(n)];
    for (int i = 0; i < data.length; i++) {
      data[i] = from + (to - from) * random.nextDouble();
    }
    return Nd4j.create(data, shape, DataType.DOUBLE);
  }

  /** A double array with the given values and shape. */
  static INDArray of(double[] values, long... shape) {
    return Nd4j.create(values, shape, DataType.DOUBLE);
  }

  /**
   * {@code sum(y * R)} with a fixed random R of y's shape: a scalar whose gradient with respect to
   * y is R, so every element of y matters and no gradient is accidentally zero.
   */
  static Tensor project(Tensor y) {
    Tensor weights = y.tape().constant(fill(987654321L, y.shape(), -1.0, 1.0));
    return Ops.sum(Ops.mul(y, weights));
  }

  /**
   * Asserts equal shapes and values within {@code tolerance} relative to values above 1 (absolute
   * below), compared in float64 whatever the arrays' types and layouts.
   */
  static void assertValues(INDArray expected, INDArray actual, double tolerance) {
    assertArrayEquals(expected.shape(), actual.shape(), "shape");
    double[] e = expected.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    double[] a = actual.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    for (int i = 0; i < e.length; i++) {
      assertEquals(e[i], a[i], tolerance * Math.max(1, Math.abs(e[i])), "element " + i);
    }
  }
}
