package dev.contrastive4j.runtime.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar (progressbar library) with the current loss and the ETA, on stderr. */
public final class ConsoleProgress implements ProgressReporter {
  private final PrintStream err;
  private ProgressBar bar;
  private LineConsumer consumer;

  /** A progress bar written to {@code err}. */
  public ConsoleProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public void start(int done, int epochs) {
    consumer = new LineConsumer(err);
    bar = new ProgressBarBuilder()
        .setTaskName("training")
        .setInitialMax(epochs)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(consumer)
        .setUpdateIntervalMillis(250)
        .startsFrom(done, java.time.Duration.ZERO)
        .showSpeed()
        .build();
  }

  @Override
  public void epoch(int epoch, double loss) {
    if (bar != null) {
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
