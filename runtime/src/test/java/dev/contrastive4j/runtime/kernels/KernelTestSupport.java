package dev.contrastive4j.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Random inputs, dense comparisons and central-difference gradient checks for kernel tests. */
final class KernelTestSupport {
  private KernelTestSupport() {}

  /** A float64 matrix of uniform values in [-1, 1). */
  static INDArray randomMatrix(Random rnd, int rows, int cols) {
    double[] v = new double[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = 2 * rnd.nextDouble() - 1;
    }
    return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
  }

  static int[] randomIndices(Random rnd, int count, int bound) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = rnd.nextInt(bound);
    }
    return out;
  }

  /** Asserts same shape and max |e - a| <= tol * max(1, max |e|). */
  static void assertClose(INDArray expected, INDArray actual, double tol, String what) {
    assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
    double[] e = expected.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    double[] a = actual.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    assertClose(e, a, tol, what);
  }

  static void assertClose(double[] e, double[] a, double tol, String what) {
    assertEquals(e.length, a.length, what + ": length");
    double scale = 1;
    for (double x : e) {
      scale = Math.max(scale, Math.abs(x));
    }
    for (int i = 0; i < e.length; i++) {
      double diff = Math.abs(e[i] - a[i]);
      int at = i;
      assertTrue(diff <= tol * scale, () -> what + ": element " + at + " expected " + e[at]
          + " but was " + a[at]);
    }
  }

  /**
   * Checks {@code backward(R)} against central differences of {@code sum(forward(x) ⊙ R)} in
   * float64: relative error ||analytic - numeric|| / max(||analytic||, ||numeric||) < 1e-6.
   */
  static void assertGradient(UnaryOperator<INDArray> forward, INDArray x, INDArray r,
      INDArray analytic, String what) {
    assertGradient(forward, x, r, analytic, 1e-6, what);
  }

  /**
   * {@link #assertGradient(UnaryOperator, INDArray, INDArray, INDArray, String)} with another
   * bound on the relative error, e.g. for an analytic gradient computed in float32.
   */
  static void assertGradient(UnaryOperator<INDArray> forward, INDArray x, INDArray r,
      INDArray analytic, double tolerance, String what) {
    assertArrayEquals(x.shape(), analytic.shape(), what + ": gradient shape");
    INDArray xp = x.dup('c');
    double[] numeric = new double[(int) x.length()];
    double eps = 1e-6;
    for (int i = 0; i < numeric.length; i++) {
      double orig = xp.getDouble(i);
      xp.putScalar(i, orig + eps);
      double plus = forward.apply(xp).mul(r).sumNumber().doubleValue();
      xp.putScalar(i, orig - eps);
      double minus = forward.apply(xp).mul(r).sumNumber().doubleValue();
      xp.putScalar(i, orig);
      numeric[i] = (plus - minus) / (2 * eps);
    }
    double[] a = analytic.dup('c').data().asDouble();
    double diff = 0;
    double na = 0;
    double nn = 0;
    for (int i = 0; i < a.length; i++) {
      diff += (a[i] - numeric[i]) * (a[i] - numeric[i]);
      na += a[i] * a[i];
      nn += numeric[i] * numeric[i];
    }
    double denom = Math.sqrt(Math.max(na, nn));
    assertTrue(denom > 0, what + ": gradient is all zeros, the check would be vacuous");
    double rel = Math.sqrt(diff) / denom;
    assertTrue(rel < tolerance, what + ": relative gradient error " + rel + " (analytic "
        + Arrays.toString(Arrays.copyOf(a, Math.min(6, a.length))) + "..., numeric "
        + Arrays.toString(Arrays.copyOf(numeric, Math.min(6, numeric.length))) + "...)");
  }

  /** Runs {@code body} inside a fork/join pool with the given parallelism. */
  static <T> T inPool(int parallelism, java.util.concurrent.Callable<T> body) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(parallelism);
    try {
      return pool.submit(body).get();
    } finally {
      pool.shutdown();
    }
  }

  /** The values of a matrix in row-major order, as float64. */
  static double[] values(INDArray a) {
    return a.castTo(DataType.DOUBLE).dup('c').data().asDouble();
  }

  /** Asserts that {@code call} fails with a {@link KernelArgumentException} with this message. */
  static void assertRefused(String message, Executable call) {
    assertEquals(message, assertThrows(KernelArgumentException.class, call).getMessage());
  }
}
