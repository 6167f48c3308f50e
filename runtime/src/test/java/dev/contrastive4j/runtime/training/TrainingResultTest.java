package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summaries of a run: the median epoch time, the final loss. */
class TrainingResultTest {
  private static TrainingResult withSeconds(double... seconds) {
    List<EpochResult> epochs = new ArrayList<>();
    for (int i = 0; i < seconds.length; i++) {
      epochs.add(new EpochResult(i + 1, 10 - i, Map.of(), Map.of(), seconds[i]));
    }
    return new TrainingResult(epochs, 1, 10, false, TrainingProgress.start(), Map.of());
  }

  @Test
  void theMedianEpochTakesTheMiddleOrTheMeanOfTheTwoMiddleTimes() {
    assertEquals(2.0, withSeconds(3, 1, 2).medianEpochSeconds(), 0);
    assertEquals(2.5, withSeconds(4, 1, 3, 2).medianEpochSeconds(), 0);
    assertEquals(5.0, withSeconds(5).medianEpochSeconds(), 0);
    assertEquals(Double.NaN, withSeconds().medianEpochSeconds(), 0);
  }

  @Test
  void theFinalLossIsTheLastEpochs() {
    assertEquals(8.0, withSeconds(1, 1, 1).finalLoss(), 0);
    assertEquals(Double.NaN, withSeconds().finalLoss(), 0);
  }
}
