package dev.contrastive4j.api.experiment;

import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluation.probe_protocol}: the default keeps today's probe and its candidates of C;
 * {@code dgi_paper} takes none, and refuses candidates given rather than ignore them.
 */
class ProbeProtocolSpecTest {
  private static final String REFUSED = "evaluation.probe_c: the dgi_paper probe protocol is "
      + "unregularized and chooses nothing on the validation split, so it takes no C; remove "
      + "probe_c, or use probe_protocol validated_l2";

  @Test
  void theDefaultIsValidatedL2WithTheDefaultCandidates() {
    assertEquals(EvaluationSpec.VALIDATED_L2, EvaluationSpec.DEFAULT.probeProtocol());
    assertEquals(EvaluationSpec.DEFAULT_PROBE_C, EvaluationSpec.DEFAULT.probeC());
    assertFalse(EvaluationSpec.DEFAULT.probeCGiven());
  }

  @Test
  void dgiPaperTakesNoCandidates() {
    EvaluationSpec paper = new EvaluationSpec(50, null, EvaluationSpec.DGI_PAPER);
    assertEquals(List.of(), paper.probeC());
    assertFalse(paper.probeCGiven());
    assertEquals(List.of(), ExperimentValidator.problems(
        Experiment.defaults().withEvaluation(paper)));
  }

  @Test
  void candidatesGivenWithDgiPaperAreRefusedNamingTheField() {
    Experiment both = Experiment.defaults()
        .withEvaluation(new EvaluationSpec(50, List.of(1.0), "dgi-paper"));
    assertEquals(List.of(REFUSED), ExperimentValidator.problems(both));
    // The DSL validates as it builds.
    ConfigValidationException e = assertThrows(ConfigValidationException.class,
        () -> experiment(x -> x.evaluation(v -> v.probeC(0.1).probeProtocol("dgi_paper"))));
    assertTrue(e.getMessage().contains(REFUSED), e.getMessage());
  }

  @Test
  void aChangeOfProtocolDropsOnlyDefaultCandidates() {
    EvaluationSpec switched = EvaluationSpec.DEFAULT.withProbeProtocol("dgi_paper");
    assertEquals(new EvaluationSpec(5, null, "dgi_paper"), switched);
    assertEquals(EvaluationSpec.DEFAULT, switched.withProbeProtocol("validated_l2"));
    EvaluationSpec given = new EvaluationSpec(5, List.of(0.3));
    assertEquals(List.of(0.3), given.withProbeProtocol("dgi_paper").probeC());
    assertEquals(List.of(REFUSED), ExperimentValidator.problems(Experiment.defaults()
        .withEvaluation(given.withProbeProtocol("dgi_paper"))));
    // The DSL: switching protocol in a block starts from no candidates of its own.
    Experiment dsl = experiment(x -> x.evaluation(v -> v.probeRepeats(50)
        .probeProtocol("dgi_paper")));
    assertEquals(new EvaluationSpec(50, List.of(), "dgi_paper"), dsl.evaluation());
    assertEquals(50, new EvaluationSpec(5, null, "dgi_paper").withProbeRepeats(50)
        .probeRepeats());
  }

  @Test
  void anUnknownProtocolIsNamed() {
    assertEquals(List.of("evaluation.probe_protocol: must be one of validated_l2, dgi_paper, "
        + "was 'paper'"), ExperimentValidator.problems(Experiment.defaults()
            .withEvaluation(new EvaluationSpec(5, null, "paper"))));
  }
}
