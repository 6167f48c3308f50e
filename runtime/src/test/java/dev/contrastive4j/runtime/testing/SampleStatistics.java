package dev.contrastive4j.runtime.testing;

/**
 * Mean and sample standard deviation written out plainly, for tests that check the library's
 * own (which use a library or a more careful sum) against them.
 */
public final class SampleStatistics {
  private SampleStatistics() {}

  /** The arithmetic mean. */
  public static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }

  /** The sample standard deviation, divisor {@code n - 1}. */
  public static double sampleStd(double[] values) {
    double m = mean(values);
    double squares = 0;
    for (double v : values) {
      squares += (v - m) * (v - m);
    }
    return Math.sqrt(squares / (values.length - 1));
  }
}
