package dev.contrastive4j.runtime.run;

import java.util.Locale;

/**
 * How fast training goes, as the progress bar tells it: the time per epoch and the time left,
 * from when the bar started and when the last epoch ended. Pure functions of the times given,
 * so that tests need no clock.
 *
 * <p>The speed is in seconds per epoch, not epochs per second: an epoch of a large graph takes
 * seconds to minutes, which epochs per second round to 0, and a small graph's 0.04 s reads as
 * well. Until an epoch has ended there is no pace to tell: the bar says that the ETA comes after
 * the running epoch, rather than a bare "?".
 *
 * @param startNanos when the bar started, on the clock of {@link System#nanoTime}
 * @param epochsDone epochs ended since then
 * @param lastEpochNanos when the last of them ended ({@code startNanos} if none)
 */
record EpochPace(long startNanos, int epochsDone, long lastEpochNanos) {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** The pace of a bar started at {@code now}, no epoch ended yet. */
  static EpochPace startedAt(long now) {
    return new EpochPace(now, 0, now);
  }

  /** This pace once {@code epochsDone} epochs (since the start) have ended, the last at now. */
  EpochPace epochEnded(int epochsDone, long now) {
    return new EpochPace(startNanos, Math.max(0, epochsDone), now);
  }

  /**
   * The bar's speed: e.g. {@code "0.0421 s/epoch"} or {@code "25.0 s/epoch"} (three significant
   * digits, '.' in every locale), or before the first epoch ends {@code "ETA after epoch 31"}.
   *
   * @param nextEpoch the running epoch's number, counted from 1 over the whole run
   */
  String speed(long nextEpoch) {
    if (epochsDone == 0) {
      return "ETA after epoch " + nextEpoch;
    }
    return seconds(secondsPerEpoch()) + " s/epoch";
  }

  /**
   * The time left, as {@code H:MM:SS}: the epochs left at the pace so far, less the time the
   * running epoch has already taken, so that it counts down between epochs (never below 0);
   * {@code "?"} before the first epoch ends.
   *
   * @param epochsLeft epochs still to run, including the running one
   * @param now the current time on the clock of {@code startNanos}
   */
  String eta(long epochsLeft, long now) {
    if (epochsDone == 0) {
      return "?";
    }
    double left = secondsPerEpoch() * Math.max(0, epochsLeft)
        - (double) (now - lastEpochNanos) / NANOS_PER_SECOND;
    long s = (long) Math.max(0, left);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  private double secondsPerEpoch() {
    return (double) (lastEpochNanos - startNanos) / NANOS_PER_SECOND / epochsDone;
  }

  /** {@code x} with three significant digits (at least the units, at most nanoseconds). */
  static String seconds(double x) {
    int decimals = x <= 0 ? 0 : 2 - (int) Math.floor(Math.log10(x));
    return String.format(Locale.ROOT, "%." + Math.min(9, Math.max(0, decimals)) + "f", x);
  }
}
