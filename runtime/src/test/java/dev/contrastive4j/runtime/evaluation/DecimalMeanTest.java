package dev.contrastive4j.runtime.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Means taken over the decimals the figures print as. */
class DecimalMeanTest {
  @Test
  void accuraciesAverageToTheDecimalAReaderWouldGet() {
    double[] val = {0.796, 0.812, 0.804, 0.806, 0.792};
    // What summing in doubles gives, and why this class exists.
    assertEquals("0.8019999999999999", Double.toString(Arrays.stream(val).sum() / val.length));
    assertEquals(0.802, DecimalMean.of(val), 0);
    assertEquals(0.817, DecimalMean.of(0.819, 0.818, 0.827, 0.811, 0.810), 0);
    assertEquals(0.7172, DecimalMean.of(0.721, 0.730, 0.715, 0.707, 0.713), 0);
  }

  @Test
  void equalValuesAreTheirOwnMean() {
    double acc = 58.0 / 60;
    assertEquals(acc, DecimalMean.of(acc, acc, acc, acc, acc), 0);
    assertEquals(0.7298, DecimalMean.of(0.7298), 0);
  }

  @Test
  void aMeanWithoutAShortDecimalIsTheNearestDouble() {
    assertEquals(2.0 / 3, DecimalMean.of(0, 1, 1), 0);
    assertEquals(0.8216666666666667, DecimalMean.of(0.820, 0.818, 0.827), 0);
    assertEquals(-0.5, DecimalMean.of(-1, 0), 0);
    assertEquals(1e300, DecimalMean.of(1e300, 1e300), 0); // summed in doubles this stays finite
    assertEquals(Double.MAX_VALUE, DecimalMean.of(Double.MAX_VALUE, Double.MAX_VALUE), 0);
  }

  @Test
  void nanAndInfinitiesStayWhatTheyWere() {
    assertEquals(Double.NaN, DecimalMean.of(0.8, Double.NaN), 0);
    assertEquals(Double.POSITIVE_INFINITY, DecimalMean.of(Double.POSITIVE_INFINITY, 0.8), 0);
    assertEquals(Double.NEGATIVE_INFINITY, DecimalMean.of(0.8, Double.NEGATIVE_INFINITY), 0);
    assertEquals(Double.NaN,
        DecimalMean.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), 0);
  }

  @Test
  void noValuesHaveNoMean() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> DecimalMean.of());
    assertEquals("the mean of no values is undefined", e.getMessage());
  }
}
