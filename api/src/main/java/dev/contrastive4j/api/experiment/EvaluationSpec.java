package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.jspecify.annotations.Nullable;

/**
 * How the frozen embeddings are evaluated: a logistic-regression linear probe fitted on the
 * train split, repeated with different seeds.
 *
 * @param probeRepeats how many probes to fit, at least 1 (default 5; their mean and standard
 *     deviation are reported)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvaluationSpec(@Nullable Integer probeRepeats) {
  /** Five probes. */
  public static final EvaluationSpec DEFAULT = new EvaluationSpec(null);

  /** Puts the default in for a null count. */
  public EvaluationSpec {
    probeRepeats = probeRepeats == null ? 5 : probeRepeats;
  }

  @Override
  public Integer probeRepeats() {
    return probeRepeats;
  }
}
