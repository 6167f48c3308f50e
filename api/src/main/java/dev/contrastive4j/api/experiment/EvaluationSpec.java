package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * How the frozen embeddings are evaluated: a logistic-regression linear probe fitted on the
 * train split, repeated with different seeds.
 *
 * @param probeRepeats how many probes to fit (their mean and standard deviation are reported)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvaluationSpec(Integer probeRepeats) {
  public static final EvaluationSpec DEFAULT = new EvaluationSpec(null);

  public EvaluationSpec {
    probeRepeats = probeRepeats == null ? 5 : probeRepeats;
  }
}
