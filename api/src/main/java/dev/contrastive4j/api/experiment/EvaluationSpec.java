package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the frozen embeddings are evaluated: a linear probe fitted on the train split, repeated
 * with different seeds, by one of two protocols ({@code probeProtocol}):
 *
 * <ul>
 *   <li>{@value #VALIDATED_L2} (the default): a logistic regression with an L2 penalty, fitted
 *       to convergence as scikit-learn's {@code LogisticRegression(C)}; its inverse strength
 *       {@code C} is chosen from {@code probeC} by accuracy on the validation split, never the
 *       test split.
 *   <li>{@value #DGI_PAPER}: the probe of the DGI paper's reference code (execute.py), an
 *       unregularized softmax regression trained with Adam (learning rate 0.01) for exactly 100
 *       full-batch epochs; nothing is chosen on validation, so {@code probeC} must not be given.
 *       The paper reports the mean test accuracy of 50 such probes ({@code probeRepeats: 50}).
 * </ul>
 *
 * @param probeRepeats how many probes to fit, at least 1 (default 5; their mean and standard
 *     deviation are reported)
 * @param probeC the candidate values of {@code C}, each positive and finite; under
 *     {@value #VALIDATED_L2} null or empty means {@link #DEFAULT_PROBE_C} and one value fixes it;
 *     under {@value #DGI_PAPER} null means none (empty), and a value given is refused
 *     ({@link #probeCProblem})
 * @param probeProtocol one of {@link #PROBE_PROTOCOLS} (default {@value #VALIDATED_L2})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EvaluationSpec(@Nullable Integer probeRepeats, @Nullable List<Double> probeC,
    @Nullable String probeProtocol) {
  /** The default candidates of {@code C}, from strong to weak regularization. */
  public static final List<Double> DEFAULT_PROBE_C = List.of(0.01, 0.03, 0.1, 0.3, 1.0, 3.0);

  /** The L2-regularized probe whose {@code C} is chosen on the validation split (default). */
  public static final String VALIDATED_L2 = "validated_l2";

  /** The unregularized probe of the DGI paper's code, 100 Adam epochs, nothing validated. */
  public static final String DGI_PAPER = "dgi_paper";

  /**
   * The protocol names, in the order the runtime lists them (case and {@code -}/{@code _} do
   * not matter when reading).
   */
  public static final List<String> PROBE_PROTOCOLS = List.of(VALIDATED_L2, DGI_PAPER);

  /** Five probes, {@code C} chosen on the validation split. */
  public static final EvaluationSpec DEFAULT = new EvaluationSpec(null, null, null);

  /** Puts the defaults in for nulls (the default {@code C} candidates only where they apply). */
  @JsonCreator
  public EvaluationSpec {
    probeRepeats = probeRepeats == null ? 5 : probeRepeats;
    probeProtocol = probeProtocol == null ? VALIDATED_L2
        : SettingNames.canonical(probeProtocol, PROBE_PROTOCOLS);
    probeC = probeC == null || probeC.isEmpty() ? defaultProbeC(probeProtocol)
        : List.copyOf(probeC);
  }

  /** {@code repeats} probes by the default protocol with the given candidates of {@code C}. */
  public EvaluationSpec(@Nullable Integer probeRepeats, @Nullable List<Double> probeC) {
    this(probeRepeats, probeC, null);
  }

  /** {@code repeats} probes with the default candidates of {@code C}. */
  public EvaluationSpec(@Nullable Integer probeRepeats) {
    this(probeRepeats, null, null);
  }

  /**
   * The candidates of {@code C} that {@code protocol} takes when none are given:
   * {@link #DEFAULT_PROBE_C}, or none for {@value #DGI_PAPER}, which chooses nothing.
   */
  public static List<Double> defaultProbeC(String protocol) {
    return isDgiPaper(protocol) ? List.of() : DEFAULT_PROBE_C;
  }

  /** Whether {@code protocol} names {@value #DGI_PAPER} (ignoring case, {@code -} as {@code _}). */
  public static boolean isDgiPaper(String protocol) {
    return DGI_PAPER.equals(ConfigProblems.normalize(protocol));
  }

  /** How many probes to fit; never null. */
  @Override
  public Integer probeRepeats() {
    return probeRepeats;
  }

  /**
   * The candidate values of {@code C} (unmodifiable); never null, and empty only under
   * {@value #DGI_PAPER}.
   */
  @Override
  public List<Double> probeC() {
    return probeC;
  }

  /** The probe protocol, one of {@link #PROBE_PROTOCOLS} once validated; never null. */
  @Override
  public String probeProtocol() {
    return probeProtocol;
  }

  /** Whether {@code probeC} holds candidates given for it, not the protocol's default. */
  public boolean probeCGiven() {
    return !probeC.equals(defaultProbeC(probeProtocol));
  }

  /**
   * What is wrong with this spec's candidates of {@code C} under its protocol, or null if
   * nothing is: {@value #DGI_PAPER} is unregularized and chooses nothing, so candidates given
   * to it would be ignored. {@link ExperimentValidator} reports it at {@code evaluation.probe_c};
   * the runtime refuses an experiment made in code, which is not validated, with the same words.
   */
  public @Nullable String probeCProblem() {
    return isDgiPaper(probeProtocol) && !probeC.isEmpty()
        ? "the dgi_paper probe protocol is unregularized and chooses nothing on the validation "
            + "split, so it takes no C; remove probe_c, or use probe_protocol validated_l2"
        : null;
  }

  /** This spec with {@code repeats} probes. */
  public EvaluationSpec withProbeRepeats(int repeats) {
    return new EvaluationSpec(repeats, probeC, probeProtocol);
  }

  /**
   * This spec with another protocol; candidates of {@code C} that were only the old protocol's
   * default give way to the new one's, while candidates given are kept (and under
   * {@value #DGI_PAPER} refused ({@link #probeCProblem}), not dropped unsaid).
   */
  public EvaluationSpec withProbeProtocol(String protocol) {
    return new EvaluationSpec(probeRepeats, probeCGiven() ? probeC : null, protocol);
  }
}
