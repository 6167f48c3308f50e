package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mean and sample standard deviation of repeated probes. */
class ProbeReportTest {

  @Test
  void summarizesWithSampleStandardDeviation() {
    ProbeReport report = new ProbeReport(List.of(run(0.70, 0.80), run(0.72, 0.84),
        run(0.74, 0.82)));
    assertEquals(0.72, report.valMean(), 1e-12);
    assertEquals(0.82, report.testMean(), 1e-12);
    assertEquals(0.02, report.valStd(), 1e-12); // sqrt((0.02^2 + 0 + 0.02^2) / 2)
    assertEquals(0.02, report.testStd(), 1e-12);
    assertEquals("ProbeReport[val 0.7200 ± 0.0200, test 0.8200 ± 0.0200, 3 runs]",
        report.toString());
  }

  @Test
  void oneRunHasNoSpread() {
    ProbeReport report = new ProbeReport(List.of(run(0.5, Double.NaN)));
    assertEquals(0.0, report.valStd());
    assertTrue(Double.isNaN(report.testMean()));
    assertTrue(Double.isNaN(report.testStd()));
    // An accuracy of 0 has no spread either.
    assertEquals(0.0, new ProbeReport(List.of(run(0.0, 0.0))).testStd());
  }

  @Test
  void probesThatAgreeHaveTheirOwnValueAsMeanAndNoSpread() {
    // Summed and divided, five probes of 58 / 60 gave 0.9666666666666666 with a spread of
    // 1.2e-16, where the README promises 0 for probes that agree.
    double acc = 58.0 / 60;
    ProbeReport report = new ProbeReport(java.util.Collections.nCopies(5, run(59.0 / 60, acc)));
    assertEquals(acc, report.testMean(), 0);
    assertEquals(59.0 / 60, report.valMean(), 0);
    assertEquals(0.0, report.testStd(), 0);
    assertEquals(0.0, report.valStd(), 0);
  }

  @Test
  void needsRuns() {
    ProbeException e = assertThrows(ProbeException.class, () -> new ProbeReport(List.of()));
    assertEquals("ProbeReport needs at least one run", e.getMessage());
  }

  private static ProbeResult run(double val, double test) {
    return new ProbeResult(val, test, 0, 10, 0.1);
  }
}
