package dev.contrastive4j.runtime.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.stream.DoubleStream;

/**
 * The mean of figures such as accuracies, taken over the decimals they print as and rounded
 * once to the nearest double.
 *
 * <p>Why: accuracies are reported as decimals ({@code 0.819}), and a reader checks a mean by
 * adding those. In doubles, the mean of 0.819, 0.818, 0.827, 0.811 and 0.810 came out as
 * {@code 0.8170000000000001} (Guava's running mean), and 0.796, 0.812, 0.804, 0.806 and 0.792
 * summed and divided by five give {@code 0.8019999999999999}: figures nobody measured. Their
 * decimal means are 0.817 and 0.802. Each double's shortest decimal ({@link Double#toString})
 * parses back to the same double, so nothing measured is lost.
 */
public final class DecimalMean {
  /**
   * 34 significant digits, twice a double's 17: the quotient is rounded to these first, so only
   * a mean within a relative 10^-34 of halfway between two doubles could round to the other one.
   */
  private static final MathContext DIGITS = MathContext.DECIMAL128;

  private DecimalMean() {}

  /**
   * The mean of {@code values}: the decimal mean rounded to the nearest double, or, if a value is
   * NaN or infinite, their sum in doubles (NaN, or an infinity of the sign the infinite values
   * share).
   *
   * @throws IllegalArgumentException if there are no values
   */
  public static double of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("the mean of no values is undefined");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (double value : values) {
      if (!Double.isFinite(value)) {
        return DoubleStream.of(values).sum(); // NaN or an infinity, which no count would change
      }
      sum = sum.add(new BigDecimal(Double.toString(value)));
    }
    return sum.divide(BigDecimal.valueOf(values.length), DIGITS).doubleValue();
  }
}
