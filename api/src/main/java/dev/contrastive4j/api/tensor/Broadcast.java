package dev.contrastive4j.api.tensor;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * NumPy broadcasting rules for shapes, and the reduction a backward pass needs to undo them. Public
 * so that user-written ops ({@link Tape#record}) can reuse it.
 */
public final class Broadcast {
  private Broadcast() {}

  /**
   * The shape of {@code a op b} under NumPy broadcasting: shapes are aligned at their last axis and
   * each pair of dimensions must be equal or contain a 1.
   *
   * @param op the operation, for the error message
   * @throws ShapeMismatchException if the shapes cannot be broadcast together
   */
  public static long[] shape(String op, long[] a, long[] b) {
    int rank = Math.max(a.length, b.length);
    long[] out = new long[rank];
    for (int i = 0; i < rank; i++) {
      long da = i < rank - a.length ? 1 : a[i - (rank - a.length)];
      long db = i < rank - b.length ? 1 : b[i - (rank - b.length)];
      if (da != db && da != 1 && db != 1) {
        throw new ShapeMismatchException(
            op + ": shapes " + format(a) + " and " + format(b) + " cannot be broadcast together"
                + " (axis " + i + " of the result: " + da + " vs " + db + ")");
      }
      out[i] = da == 1 ? db : da;
    }
    return out;
  }

  /**
   * Sums a gradient of a broadcast result back to the shape of one operand: leading axes the
   * operand lacks are summed away, and axes where the operand has size 1 are summed with keepdims.
   * Returns {@code gradient} itself when the shapes already agree.
   *
   * @throws ShapeMismatchException if {@code shape} does not broadcast to the gradient's shape
   */
  public static INDArray reduceTo(INDArray gradient, long[] shape) {
    long[] g = gradient.shape();
    if (Arrays.equals(g, shape)) {
      return gradient;
    }
    int lead = g.length - shape.length;
    if (lead < 0) {
      throw new ShapeMismatchException(
          "reduceTo: gradient shape " + format(g) + " has lower rank than target " + format(shape));
    }
    int[] axes = new int[g.length];
    int count = 0;
    for (int i = 0; i < g.length; i++) {
      if (i < lead) {
        axes[count++] = i;
      } else if (shape[i - lead] == 1 && g[i] != 1) {
        axes[count++] = i;
      } else if (shape[i - lead] != g[i]) {
        throw new ShapeMismatchException(
            "reduceTo: shape " + format(shape) + " does not broadcast to gradient shape "
                + format(g));
      }
    }
    INDArray reduced;
    if (count == 0) {
      reduced = gradient;
    } else if (count == 1 && ColumnSums.applies(gradient, axes[0])) {
      // A bias gradient: the column sums of an [N, M] matrix, as a gemv.
      reduced = ColumnSums.of(gradient);
    } else {
      reduced = gradient.sum(true, Arrays.copyOf(axes, count));
    }
    return reduced.reshape('c', shape);
  }

  /** Formats a shape as {@code [3, 4]}. */
  public static String format(long[] shape) {
    return Arrays.toString(shape);
  }
}
