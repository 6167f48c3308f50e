package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where a run writes its directory.
 *
 * @param directory the run directory; null means {@code runs/<task>-<dataset>-<time>}
 * @param charts whether to draw the loss curve and the embedding projection
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OutputSpec(String directory, Boolean charts) {
  public static final OutputSpec DEFAULT = new OutputSpec(null, null);

  public OutputSpec {
    charts = charts == null || charts;
  }
}
