package dev.contrastive4j.api.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.BooleanIndexing;
import org.nd4j.linalg.indexing.conditions.Conditions;

/**
 * Whether an array holds a NaN or an infinity, checked fast enough for every gradient of every
 * training step. Public so that the runtime's checks and user code share one test.
 */
public final class Finiteness {
  private Finiteness() {}

  /**
   * Whether {@code x} holds a NaN or infinite element; false for integer, boolean and empty
   * arrays.
   *
   * <p>A finite sum proves every element finite (a NaN or an infinity makes the sum NaN or
   * infinite), and one native sum is several times faster than ND4J's condition matching. Only
   * a sum that is not finite, which may be a mere overflow, is confirmed element by element.
   */
  public static boolean hasNonFinite(INDArray x) {
    if (!x.dataType().isFPType() || x.isEmpty()
        || Double.isFinite(x.sumNumber().doubleValue())) {
      return false;
    }
    return BooleanIndexing.or(x, Conditions.isNan())
        || BooleanIndexing.or(x, Conditions.isInfinite());
  }
}
