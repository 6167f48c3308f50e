package dev.contrastive4j.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The LAPACK thin SVD: known spectra, orthonormal U, both precisions, tall and wide inputs. */
class ThinSvdTest {

  private static INDArray random(long seed, DataType type, int rows, int columns) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.randn(DataType.DOUBLE, rows, columns).castTo(type);
  }

  @Test
  void singularValuesOfAScaledPermutationAreItsScalesInDescendingOrder() {
    INDArray x = Nd4j.createFromArray(new double[][] {
        {0, 2, 0}, {0, 0, -5}, {1, 0, 0}, {0, 0, 0}});
    assertArrayEquals(new double[] {5, 2, 1}, ThinSvd.singularValues(x).toDoubleVector(), 1e-14);
    assertArrayEquals(new double[] {5, 2, 1}, ThinSvd.of(x).singularValues().toDoubleVector(),
        1e-14);
  }

  @Test
  void leftSingularVectorsAreOrthonormalAndReproduceTheSpectrum() {
    for (int[] shape : new int[][] {{200, 32}, {7, 5}, {5, 9}}) {
      INDArray x = random(11, DataType.DOUBLE, shape[0], shape[1]);
      ThinSvd svd = ThinSvd.of(x);
      int k = Math.min(shape[0], shape[1]);
      INDArray u = svd.leftSingularVectors();
      assertArrayEquals(new long[] {shape[0], k}, u.shape());
      assertArrayEquals(new long[] {k}, svd.singularValues().shape());
      INDArray gram = u.transpose().mmul(u);
      assertTrue(gram.equalsWithEps(Nd4j.eye(k).castTo(DataType.DOUBLE), 1e-12), "U^T U = I");
      // Row i of U^T x is sigma_i v_i^T, so its norm is sigma_i.
      INDArray rowNorms = u.transpose().mmul(x).norm2(1);
      assertArrayEquals(svd.singularValues().toDoubleVector(), rowNorms.toDoubleVector(), 1e-12);
      double[] sigma = svd.singularValues().toDoubleVector();
      for (int i = 1; i < sigma.length; i++) {
        assertTrue(sigma[i - 1] >= sigma[i], "descending");
      }
    }
  }

  @Test
  void transposeHasTheSameSingularValues() {
    INDArray x = random(12, DataType.DOUBLE, 9, 4);
    assertArrayEquals(ThinSvd.singularValues(x).toDoubleVector(),
        ThinSvd.singularValues(x.transpose()).toDoubleVector(), 1e-12);
  }

  @Test
  void float32AgreesWithFloat64() {
    INDArray x = random(13, DataType.DOUBLE, 50, 8);
    INDArray single = ThinSvd.singularValues(x.castTo(DataType.FLOAT));
    assertEquals(DataType.FLOAT, single.dataType());
    assertEquals(DataType.FLOAT, ThinSvd.of(x.castTo(DataType.FLOAT)).leftSingularVectors()
        .dataType());
    assertArrayEquals(ThinSvd.singularValues(x).toDoubleVector(), single.toDoubleVector(), 1e-4);
  }

  @Test
  void inputIsNotModified() {
    INDArray x = random(14, DataType.DOUBLE, 6, 3);
    INDArray copy = x.dup();
    ThinSvd.of(x);
    assertEquals(copy, x);
  }

  @Test
  void invalidInputIsNamed() {
    MetricException e = assertThrows(MetricException.class,
        () -> ThinSvd.of(Nd4j.createFromArray(1.0, 2.0)));
    assertTrue(e.getMessage().contains("ThinSvd.of: x must have rank 2"), e.getMessage());
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 2}, {3, Double.NaN}});
    e = assertThrows(MetricException.class, () -> ThinSvd.singularValues(x));
    assertTrue(e.getMessage().contains("x contains NaN at [1, 1]"), e.getMessage());
  }
}
