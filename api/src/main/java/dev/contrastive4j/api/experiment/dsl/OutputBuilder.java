package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.OutputSpec;
import org.jspecify.annotations.Nullable;

/** Configures the {@link OutputSpec} of an experiment. */
public final class OutputBuilder extends BlockBuilder {
  private @Nullable String directory;
  private boolean charts;

  OutputBuilder(OutputSpec start) {
    directory = start.directory();
    charts = start.charts();
  }

  OutputSpec build() {
    return new OutputSpec(directory, charts);
  }

  /** The run directory; null (default) means {@code runs/<task>-<dataset>-<time>}. */
  public @Nullable String getDirectory() {
    return directory;
  }

  /** Sets the run directory; null means one named after the run. */
  public void setDirectory(@Nullable String value) {
    checkOpen();
    directory = value;
  }

  /** Sets the run directory. */
  public OutputBuilder directory(@Nullable String value) {
    setDirectory(value);
    return this;
  }

  /** Whether to draw the loss curve and the embedding projection (default true). */
  public boolean getCharts() {
    return charts;
  }

  /** Sets whether to draw charts. */
  public void setCharts(boolean value) {
    checkOpen();
    charts = value;
  }

  /** Sets whether to draw charts. */
  public OutputBuilder charts(boolean value) {
    setCharts(value);
    return this;
  }
}
