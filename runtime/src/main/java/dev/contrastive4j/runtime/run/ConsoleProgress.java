package dev.contrastive4j.runtime.run;

import java.io.PrintStream;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DefaultProgressBarRenderer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * A console progress bar (progressbar library) on stderr: the epochs done, the time elapsed and
 * left, the seconds per epoch and the current loss, e.g. {@code training  40% [===   ] 80/200
 * (0:33:20 / 0:50:00) 25.0 s/epoch loss 0.6931}. Before the first epoch ends it says {@code
 * (0:00:12 / ?) ETA after epoch 1}; see {@link EpochPace}.
 */
public final class ConsoleProgress implements ProgressReporter {
  private final PrintStream err;
  private final LongSupplier nanoClock;
  private ProgressBar bar;
  private LineConsumer consumer;
  private int startDone;
  /** Written by the training thread, read by the bar's update thread. */
  private volatile EpochPace pace;

  /** A progress bar written to {@code err}. */
  public ConsoleProgress(PrintStream err) {
    this(err, System::nanoTime);
  }

  /** A progress bar written to {@code err} that times the epochs on {@code nanoClock}. */
  ConsoleProgress(PrintStream err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
  }

  @Override
  public void start(int done, int epochs) {
    consumer = new LineConsumer(err);
    startDone = done;
    pace = EpochPace.startedAt(nanoClock.getAsLong());
    bar = new ProgressBarBuilder()
        .setTaskName("training")
        .setInitialMax(epochs)
        .setConsumer(consumer)
        .setUpdateIntervalMillis(250)
        // Redrawn every 250 ms, not only when an epoch ends: the time elapsed and the ETA move
        // on through an epoch of a large graph, which takes seconds to minutes.
        .continuousUpdate()
        .startsFrom(done, Duration.ZERO)
        .setRenderer(new PaceRenderer())
        .build();
  }

  @Override
  public void epoch(int epoch, double loss) {
    if (bar != null) {
      pace = pace.epochEnded(epoch - startDone, nanoClock.getAsLong());
      bar.stepTo(epoch);
      bar.setExtraMessage(String.format(" loss %.4f", loss));
    }
  }

  @Override
  public void stage(String message) {
    closeBar();
    err.println(message);
  }

  @Override
  public void close() {
    closeBar();
  }

  private void closeBar() {
    if (bar != null) {
      bar.close();
      bar = null;
      // A bar closed before its first scheduled update draws itself but leaves its line open
      // (progressbar 0.10.1): a stage's message would follow it on the same line.
      if (!consumer.lineEnded) {
        err.println();
      }
    }
  }

  /**
   * The library's bar (ASCII, so that a log file or a Windows console shows it as it is) with
   * {@link EpochPace}'s speed and ETA in place of the library's: its epochs per second, counted
   * in whole seconds, read {@code .0/s} once an epoch took more than a few seconds.
   */
  private final class PaceRenderer extends DefaultProgressBarRenderer {
    PaceRenderer() {
      super(ProgressBarStyle.ASCII, "", 1, true, null, ChronoUnit.SECONDS, true,
          state -> Optional.empty());
    }

    @Override
    protected String etaString(ProgressState state) {
      return pace.eta(state.getMax() - state.getCurrent(), nanoClock.getAsLong());
    }

    @Override
    protected String speed(ProgressState state) {
      return pace.speed(state.getCurrent() + 1);
    }
  }

  /** The library's console output, noting whether the bar ended its line when it closed. */
  private static final class LineConsumer extends ConsoleProgressBarConsumer {
    /** Set by the bar's update thread, read after {@link ProgressBar#close} waited for it. */
    private boolean lineEnded;

    LineConsumer(PrintStream out) {
      super(out);
    }

    @Override
    public void close() {
      super.close();
      lineEnded = true;
    }
  }
}
