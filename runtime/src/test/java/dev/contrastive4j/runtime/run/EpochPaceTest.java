package dev.contrastive4j.runtime.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress bar's speed and ETA texts, from given times (no clock). */
class EpochPaceTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theSpeedIsInSecondsPerEpochAtEverySize() {
    EpochPace started = EpochPace.startedAt(7 * SECOND);
    // Cora's 0.04 s, a 20,000-node graph's 4 s, and 100,000 nodes' 26 to 54 s: none reads 0.
    assertEquals("0.0420 s/epoch", started.epochEnded(100, 11_200_000_000L).speed(101));
    assertEquals("4.17 s/epoch", started.epochEnded(3, 19_500_000_000L).speed(4));
    assertEquals("54.0 s/epoch", started.epochEnded(1, 61 * SECOND).speed(2));
    assertEquals("1234 s/epoch", started.epochEnded(1, 1241 * SECOND).speed(2));
  }

  @Test
  void untilAnEpochEndsTheSpeedSaysWhenTheEtaComes() {
    EpochPace started = EpochPace.startedAt(0);
    assertEquals("ETA after epoch 1", started.speed(1));
    assertEquals("?", started.eta(200, 30 * SECOND));
    // A resumed run's epochs are numbered over the whole run.
    assertEquals("ETA after epoch 31", started.speed(31));
  }

  @Test
  void theEtaCountsDownDuringAnEpochAndStopsAtZero() {
    EpochPace twoDone = EpochPace.startedAt(0).epochEnded(2, 50 * SECOND); // 25 s per epoch
    assertEquals("1:22:30", twoDone.eta(198, 50 * SECOND));
    assertEquals("1:22:25", twoDone.eta(198, 55 * SECOND));
    // The last epoch runs longer than the others: the ETA waits at 0, it does not go negative.
    assertEquals("0:00:00", twoDone.eta(1, 90 * SECOND));
    assertEquals("0:00:00", twoDone.eta(0, 50 * SECOND));
  }

  @Test
  void secondsHaveThreeSignificantDigits() {
    assertEquals("0.000312", EpochPace.seconds(0.000312));
    assertEquals("0.0800", EpochPace.seconds(0.08));
    assertEquals("2.00", EpochPace.seconds(2));
    assertEquals("26.0", EpochPace.seconds(26));
    assertEquals("0", EpochPace.seconds(0));
  }
}
