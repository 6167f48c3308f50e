package dev.contrastive4j.runtime.charts;

import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.util.Arrays;
import java.util.Optional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Checks of the matrices that charts draw. */
final class Matrices {
  private Matrices() {}

  /**
   * A float64 row-major copy of {@code matrix}, checked to be a non-empty, finite {@code [n, d]}
   * floating-point matrix.
   *
   * @param name the argument's name, for messages
   * @throws ChartException naming the argument and the first non-finite row
   */
  static INDArray finiteRows(String name, INDArray matrix) {
    checkFiniteRows(name, matrix);
    return matrix.castTo(DataType.DOUBLE).dup('c');
  }

  /**
   * Checks that {@code matrix} is a non-empty, finite {@code [n, d]} floating-point matrix,
   * without copying it (a picture of a sample of its rows need not copy them all).
   *
   * @param name the argument's name, for messages
   * @throws ChartException naming the argument and the first non-finite row
   */
  static void checkFiniteRows(String name, INDArray matrix) {
    if (matrix == null) {
      throw new ChartException(name + " must not be null");
    }
    if (matrix.rank() != 2 || matrix.rows() == 0 || matrix.columns() == 0) {
      throw new ChartException(name + " must be a non-empty [n, d] matrix, got shape "
          + Arrays.toString(matrix.shape()));
    }
    if (!matrix.dataType().isFPType()) {
      throw new ChartException(name + " must be floating point, got " + matrix.dataType());
    }
    Optional<NonFiniteElement> bad = NonFiniteElement.first(matrix);
    if (bad.isPresent()) {
      NonFiniteElement e = bad.get();
      throw new ChartException(name + " row " + e.row() + " (column " + e.position()[1]
          + ") is " + e.value() + "; values must be finite");
    }
  }
}
