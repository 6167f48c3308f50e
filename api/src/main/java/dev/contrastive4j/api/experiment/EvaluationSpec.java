package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the frozen embeddings are evaluated: a logistic-regression linear probe fitted on the
 * train split, repeated with different seeds. Its inverse L2 strength {@code C} (scikit-learn's)
 * is chosen from {@code probeC} by accuracy on the validation split, never the test split.
 *
 * @param probeRepeats how many probes to fit, at least 1 (default 5; their mean and standard
 *     deviation are reported)
 * @param probeC the candidate values of {@code C}, each positive and finite (default 0.01,
 *     0.03, 0.1, 0.3, 1, 3; null or empty means the default); one value fixes it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvaluationSpec(@Nullable Integer probeRepeats, @Nullable List<Double> probeC) {
  /** The default candidates of {@code C}, from strong to weak regularization. */
  public static final List<Double> DEFAULT_PROBE_C = List.of(0.01, 0.03, 0.1, 0.3, 1.0, 3.0);

  /** Five probes, {@code C} chosen on the validation split. */
  public static final EvaluationSpec DEFAULT = new EvaluationSpec(null, null);

  /** Puts the defaults in for nulls. */
  public EvaluationSpec {
    probeRepeats = probeRepeats == null ? 5 : probeRepeats;
    probeC = probeC == null || probeC.isEmpty() ? DEFAULT_PROBE_C : List.copyOf(probeC);
  }

  /** {@code repeats} probes with the default candidates of {@code C}. */
  public EvaluationSpec(@Nullable Integer probeRepeats) {
    this(probeRepeats, null);
  }

  /** How many probes to fit; never null. */
  @Override
  public Integer probeRepeats() {
    return probeRepeats;
  }

  /** The candidate values of {@code C} (unmodifiable); never null or empty. */
  @Override
  public List<Double> probeC() {
    return probeC;
  }
}
