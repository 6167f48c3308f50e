package dev.contrastive4j.runtime.run;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar (progressbar library) with the current loss and the ETA, on stderr. */
public final class ConsoleProgress implements ProgressReporter {
  private final PrintStream err;
  private ProgressBar bar;

  /** A progress bar written to {@code err}. */
  public ConsoleProgress(PrintStream err) {
    this.err = err;
  }

  @Override
  public void start(int done, int epochs) {
    bar = new ProgressBarBuilder()
        .setTaskName("training")
        .setInitialMax(epochs)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
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
    }
  }
}
