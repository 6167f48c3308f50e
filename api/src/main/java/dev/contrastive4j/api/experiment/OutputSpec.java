package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * Where a run writes its directory.
 *
 * @param directory the run directory the command line's {@code train} writes (unless
 *     {@code --out} names another); null means a new {@code runs/<task>-<dataset>-<time>}. In
 *     code, the run writes to the directory given to {@code ExperimentRun.run}, and its
 *     {@code config.json} records that one
 * @param charts whether to draw the loss curve and the embedding projection (default true)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutputSpec(@Nullable String directory, @Nullable Boolean charts) {
  /** A directory named after the run, with charts. */
  public static final OutputSpec DEFAULT = new OutputSpec(null, null);

  /** Puts the default in for null charts. */
  public OutputSpec {
    charts = charts == null || charts;
  }

  /** Whether to draw the charts; never null. */
  @Override
  public Boolean charts() {
    return charts;
  }
}
