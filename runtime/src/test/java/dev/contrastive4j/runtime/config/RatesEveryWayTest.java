package dev.contrastive4j.runtime.config;

import static dev.contrastive4j.api.experiment.dsl.Experiments.compose;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dgi;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropEdges;
import static dev.contrastive4j.api.experiment.dsl.Experiments.dropoutFeatures;
import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static dev.contrastive4j.api.experiment.dsl.Experiments.gcn;
import static dev.contrastive4j.api.experiment.dsl.Experiments.maskFeatureColumns;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.inject.ProvisionException;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.experiment.dsl.Block;
import dev.contrastive4j.api.experiment.dsl.ExperimentBuilder;
import dev.contrastive4j.runtime.inject.ConfigException;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.testing.BoundDatasets;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corruptor's rate or an encoder's dropout that is not a finite number, is out of range, or
 * would not survive as the float training computes in is refused with one message naming the
 * field, the same from a YAML or JSON file, from the Java DSL, and from an experiment made in
 * code (which no validator sees) when its run is built.
 */
class RatesEveryWayTest {
  private final ExperimentMapper mapper = new ExperimentMapper();

  /**
   * One bad value in every form.
   *
   * @param yaml and {@code json}: the experiment as a file
   * @param dsl the experiment in the DSL, which validates it
   * @param code the same experiment made of specs, which nothing validates before the run
   * @param problem what every form is told
   */
  record Case(String name, String yaml, String json, Block<ExperimentBuilder> dsl,
      Experiment code, String problem) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Experiment withCorruptor(CorruptorSpec corruptor) {
    return Experiment.defaults().withEncoder(new EncoderSpec.GcnSpec(List.of(4), null, null, null))
        .withTask(new TaskSpec.DgiSpec(null, null, null, null, corruptor, null, null));
  }

  static Stream<Case> cases() {
    String almostOne = "must be at most 0.99999994 (the largest float below 1, which training "
        + "computes in), was 0.99999999999";
    return Stream.of(
        // Below 1, yet 1 as a float: the feature dropout scaled its survivors by 1 / 0.
        new Case("dropout-features rate that is 1 as a float",
            "task: {type: dgi, corruptor: {type: dropout-features, rate: 0.99999999999}}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"dropout-features\", "
                + "\"rate\": 0.99999999999}}}",
            x -> x.task(dgi(t -> t.corruptor(dropoutFeatures(0.99999999999)))),
            withCorruptor(new CorruptorSpec.DropoutFeatures(0.99999999999, null)),
            "task.corruptor.rate: " + almostOne),
        // Made in code, it was refused by DropoutFeatures itself, naming no field.
        new Case("dropout-features rate of 1",
            "task: {type: dgi, corruptor: {type: dropout-features, rate: 1}}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"dropout-features\", "
                + "\"rate\": 1.0}}}",
            x -> x.task(dgi(t -> t.corruptor(dropoutFeatures(1.0)))),
            withCorruptor(new CorruptorSpec.DropoutFeatures(1.0, null)),
            "task.corruptor.rate: must be in [0, 1), was 1.0"),
        new Case("encoder dropout that is 1 as a float",
            "encoder: {type: gcn, units: [4, 4], dropout: 0.99999999999}",
            "{\"encoder\": {\"type\": \"gcn\", \"units\": [4, 4], \"dropout\": 0.99999999999}}",
            x -> x.encoder(gcn(g -> g.units(4, 4).dropout(0.99999999999))),
            Experiment.defaults().withEncoder(new EncoderSpec.GcnSpec(List.of(4, 4), null,
                0.99999999999, null)),
            "encoder.dropout: " + almostOne),
        new Case("a negative drop-edges rate in a composition",
            "task: {type: dgi, corruptor: {type: compose, steps: [{type: drop-edges, "
                + "rate: -0.1}]}}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": \"compose\", \"steps\": "
                + "[{\"type\": \"drop-edges\", \"rate\": -0.1}]}}}",
            x -> x.task(dgi(t -> t.corruptor(compose(dropEdges(-0.1))))),
            withCorruptor(new CorruptorSpec.Compose(List.of(
                new CorruptorSpec.DropEdges(-0.1, null)))),
            "task.corruptor.steps[0].rate: must be in [0, 1], was -0.1"),
        new Case("a mask rate that is 0 as a float",
            "task: {type: dgi, corruptor: {type: mask-feature-columns, rate: 1.0e-50}}",
            "{\"task\": {\"type\": \"dgi\", \"corruptor\": {\"type\": "
                + "\"mask-feature-columns\", \"rate\": 1e-50}}}",
            x -> x.task(dgi(t -> t.corruptor(maskFeatureColumns(1e-50)))),
            withCorruptor(new CorruptorSpec.MaskFeatureColumns(1e-50, null)),
            "task.corruptor.rate: must be 0 or at least 1.4E-45 (the smallest float above 0, "
                + "which training computes in), was 1.0E-50"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFormIsToldTheSame(Case c) {
    assertEquals(List.of(c.problem()), assertThrows(ConfigValidationException.class,
        () -> mapper.readYaml(c.yaml())).problems(), "YAML");
    assertEquals(List.of(c.problem()), assertThrows(ConfigValidationException.class,
        () -> mapper.readJson(c.json())).problems(), "JSON");
    assertEquals(List.of(c.problem()), assertThrows(ConfigValidationException.class,
        () -> experiment(c.dsl())).problems(), "DSL");
    ProvisionException built = assertThrows(ProvisionException.class,
        () -> BoundDatasets.injector(c.code(), SmallGraphs.rings(3, 4, 3, 5, 4))
            .getInstance(ExperimentRun.class));
    assertEquals(c.problem(), assertInstanceOf(ConfigException.class, built.getCause())
        .getMessage(), "made in code");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notFinite")
  void aValueThatIsNotANumberIsToldSoInEveryForm(String field, String yaml,
      Block<ExperimentBuilder> dsl, Experiment code) {
    String problem = field + ": must be a finite number, was NaN";
    // YAML names the value as it is written; JSON has no way to write it.
    assertEquals(List.of(field + ": must be a finite number, was .nan"),
        assertThrows(ConfigValidationException.class, () -> mapper.readYaml(yaml)).problems(),
        "YAML");
    assertEquals(List.of(problem), assertThrows(ConfigValidationException.class,
        () -> experiment(dsl)).problems(), "DSL");
    ProvisionException built = assertThrows(ProvisionException.class,
        () -> BoundDatasets.injector(code, SmallGraphs.rings(3, 4, 3, 5, 4))
            .getInstance(ExperimentRun.class));
    assertEquals(problem, assertInstanceOf(ConfigException.class, built.getCause())
        .getMessage(), "made in code");
  }

  static Stream<Arguments> notFinite() {
    Block<ExperimentBuilder> dropout = x -> x.encoder(gcn(g -> g.units(4, 4)
        .dropout(Double.NaN)));
    Block<ExperimentBuilder> rate = x -> x.task(dgi(t -> t.corruptor(dropEdges(Double.NaN))));
    return Stream.of(
        Arguments.of("encoder.dropout", "encoder: {type: gcn, units: [4, 4], dropout: .nan}",
            dropout, Experiment.defaults().withEncoder(new EncoderSpec.GcnSpec(List.of(4, 4),
                null, Double.NaN, null))),
        Arguments.of("task.corruptor.rate",
            "task: {type: dgi, corruptor: {type: drop-edges, rate: .nan}}", rate,
            withCorruptor(new CorruptorSpec.DropEdges(Double.NaN, null))));
  }
}
