package dev.contrastive4j.runtime.io;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Casts a file's floats to a narrower float type (float64 to float32), refusing a finite value
 * the type cannot hold: the cast turns it into an infinity, which a later check would blame on
 * the file as if it held one.
 */
final class FloatNarrowing {
  private FloatNarrowing() {}

  /**
   * {@code values} as the float type {@code type}. NaN and infinities the file holds stay as
   * they are, for the caller to judge; only the first non-finite element after the cast is
   * looked at, so an overflow after a NaN is left to the caller's refusal of the NaN.
   *
   * @param where names the element that the cast made infinite, such as {@code row 3}
   * @throws DatasetException naming {@code file} and the element, such as
   *     {@code row 3: 1.0E300 is outside the float32 range}
   */
  static INDArray cast(Path file, INDArray values, DataType type,
      Function<NonFiniteElement, String> where) {
    INDArray converted = values.castTo(type);
    if (values.dataType().isFPType() && values.dataType().width() <= type.width()) {
      // A float no wider than the type always fits (float32 data into float32): no scan.
      return converted;
    }
    Optional<NonFiniteElement> bad = NonFiniteElement.first(converted);
    if (bad.isPresent()) {
      double original = values.getDouble(bad.get().position());
      if (Double.isFinite(original)) {
        throw new DatasetException(file, where.apply(bad.get()) + ": " + original
            + " is outside the " + ArrayExpectation.typeName(type) + " range");
      }
    }
    return converted;
  }
}
