package dev.contrastive4j.runtime.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Repeated linear probes on the same embeddings with different initialization seeds, summarized
 * as mean and standard deviation of the accuracies (the protocol of DGI's paper, which reports
 * the mean and standard deviation over 50 probes).
 *
 * <p>Standard deviations are sample standard deviations (divisor {@code R - 1}, as
 * {@code torch.std} in DGI's code); with a single run they are 0.
 *
 * @param runs the individual probes, at least one
 */
public record ProbeReport(List<ProbeResult> runs) {

  /**
   * Keeps an unmodifiable copy of the runs.
   *
   * @throws ProbeException if there are no runs
   */
  public ProbeReport {
    if (runs == null || runs.isEmpty()) {
      throw new ProbeException("ProbeReport needs at least one run");
    }
    runs = List.copyOf(runs);
  }

  /** Mean val accuracy over the runs. */
  public double valMean() {
    return mean(ProbeResult::valAccuracy);
  }

  /** Sample standard deviation of the val accuracy over the runs. */
  public double valStd() {
    return std(ProbeResult::valAccuracy);
  }

  /** Mean test accuracy over the runs. */
  public double testMean() {
    return mean(ProbeResult::testAccuracy);
  }

  /** Sample standard deviation of the test accuracy over the runs. */
  public double testStd() {
    return std(ProbeResult::testAccuracy);
  }

  private double mean(ToDoubleFunction<ProbeResult> metric) {
    // Repeated probes often agree: their mean is then exactly their value (58 / 60 summed five
    // times and divided by five in doubles is not), and 0.819 and 0.815 average to 0.817.
    return DecimalMean.of(runs.stream().mapToDouble(metric).toArray());
  }

  private double std(ToDoubleFunction<ProbeResult> metric) {
    if (runs.size() == 1) {
      return 0.0 * metric.applyAsDouble(runs.get(0)); // NaN stays NaN
    }
    double mean = mean(metric);
    double squares = 0;
    for (ProbeResult run : runs) {
      double deviation = metric.applyAsDouble(run) - mean;
      squares += deviation * deviation;
    }
    return Math.sqrt(squares / (runs.size() - 1));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "ProbeReport[val %.4f ± %.4f, test %.4f ± %.4f, %d runs]",
        valMean(), valStd(), testMean(), testStd(), runs.size());
  }
}
