package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * Where a run writes its directory.
 *
 * @param directory the run directory; null means {@code runs/<task>-<dataset>-<time>}
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
