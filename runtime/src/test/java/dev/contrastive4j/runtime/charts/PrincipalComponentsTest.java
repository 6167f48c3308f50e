package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** PCA through the covariance eigendecomposition recovers known directions and variances. */
class PrincipalComponentsTest {
  private static final int N = 2000;
  private static final int D = 16;

  @Test
  void recoversTheDominantDirections() {
    Random random = new Random(3);
    double[] u = unit(random, D);
    double[] v = orthogonalUnit(random, u);
    // Spread 10 along u, 3 along v, 0.1 elsewhere, around an offset mean.
    double[][] rows = new double[N][D];
    for (int i = 0; i < N; i++) {
      double a = 10 * random.nextGaussian();
      double b = 3 * random.nextGaussian();
      for (int j = 0; j < D; j++) {
        rows[i][j] = 5.0 + a * u[j] + b * v[j] + 0.1 * random.nextGaussian();
      }
    }
    INDArray data = Nd4j.create(rows).castTo(DataType.FLOAT);
    PrincipalComponents pca = PrincipalComponents.fit(data, 2);

    double[] first = pca.components().getRow(0).toDoubleVector();
    double[] second = pca.components().getRow(1).toDoubleVector();
    assertTrue(Math.abs(dot(first, u)) > 0.99, "|cos(pc1, u)| = " + Math.abs(dot(first, u)));
    assertTrue(Math.abs(dot(second, v)) > 0.99, "|cos(pc2, v)| = " + Math.abs(dot(second, v)));
    assertEquals(1.0, dot(first, first), 1e-12);
    assertEquals(0.0, dot(first, second), 1e-12);
    assertEquals(100, pca.variances()[0], 10);
    assertEquals(9, pca.variances()[1], 1);
    assertEquals(100 + 9 + D * 0.01, pca.totalVariance(), 12);
    assertEquals(5.0, pca.mean().getDouble(0, 7), 0.5);
    assertTrue(maxAbsIsPositive(first) && maxAbsIsPositive(second), "sign convention");

    // Projections are the centred data along the directions; their variances are the PCs'.
    INDArray projected = pca.project(data);
    assertArrayEquals(new long[] {N, 2}, projected.shape());
    assertEquals(0.0, projected.getColumn(0).meanNumber().doubleValue(), 1e-9);
    assertEquals(pca.variances()[0], projected.getColumn(0).varNumber().doubleValue(), 1e-6);
    assertEquals(pca.variances()[1], projected.getColumn(1).varNumber().doubleValue(), 1e-6);
  }

  @Test
  void signsAreDeterministic() {
    INDArray data = Nd4j.rand(DataType.DOUBLE, 50, 5);
    INDArray once = PrincipalComponents.fit(data, 3).components();
    INDArray twice = PrincipalComponents.fit(data.mul(1.0), 3).components();
    assertArrayEquals(once.toDoubleMatrix(), twice.toDoubleMatrix());
    INDArray flipped = PrincipalComponents.fit(data.neg(), 3).components();
    // Negating the data leaves the directions unchanged, up to the fixed sign.
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(once.getRow(i).toDoubleVector(), flipped.getRow(i).toDoubleVector(),
          1e-9);
    }
  }

  @Test
  void badInputIsNamed() {
    INDArray data = Nd4j.rand(DataType.DOUBLE, 6, 3);
    ChartException k = assertThrows(ChartException.class, () -> PrincipalComponents.fit(data, 4));
    assertEquals("number of principal components must be in [1, 3], got 4", k.getMessage());
    data.putScalar(4, 1, Double.POSITIVE_INFINITY);
    ChartException inf = assertThrows(ChartException.class,
        () -> PrincipalComponents.fit(data, 2));
    assertEquals("data row 4 (column 1) is Infinity; values must be finite", inf.getMessage());
    PrincipalComponents pca = PrincipalComponents.fit(Nd4j.rand(DataType.DOUBLE, 6, 3), 2);
    ChartException columns = assertThrows(ChartException.class,
        () -> pca.project(Nd4j.zeros(DataType.DOUBLE, 2, 4)));
    assertEquals("data have 4 columns but the components 3", columns.getMessage());
  }

  private static double[] unit(Random random, int d) {
    double[] u = new double[d];
    for (int j = 0; j < d; j++) {
      u[j] = random.nextGaussian();
    }
    double norm = Math.sqrt(dot(u, u));
    for (int j = 0; j < d; j++) {
      u[j] /= norm;
    }
    return u;
  }

  private static double[] orthogonalUnit(Random random, double[] u) {
    double[] v = unit(random, u.length);
    double projection = dot(u, v);
    for (int j = 0; j < v.length; j++) {
      v[j] -= projection * u[j];
    }
    double norm = Math.sqrt(dot(v, v));
    for (int j = 0; j < v.length; j++) {
      v[j] /= norm;
    }
    return v;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static boolean maxAbsIsPositive(double[] a) {
    int best = 0;
    for (int i = 1; i < a.length; i++) {
      if (Math.abs(a[i]) > Math.abs(a[best])) {
        best = i;
      }
    }
    return a[best] > 0;
  }
}
