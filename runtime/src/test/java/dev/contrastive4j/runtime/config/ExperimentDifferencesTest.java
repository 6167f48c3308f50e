package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.experiment.Experiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fields two experiments differ in, named as in their files, with and without values. */
class ExperimentDifferencesTest {
  private final ExperimentMapper mapper = new ExperimentMapper();

  @Test
  void fieldsNameEachDifferingPathAndAChangedTypeForItsObject() {
    Experiment a = mapper.readYaml("""
        task: {type: dgi, readout: {type: pool, pooling: max}}
        training: {epochs: 5}
        """);
    Experiment b = mapper.readYaml("""
        task: {type: dgi, readout: {type: pool, pooling: sum}}
        encoder: {type: sage}
        training: {epochs: 6}
        """);
    assertEquals(List.of("encoder.type", "task.readout.pooling", "training.epochs"),
        ExperimentDifferences.fields(a, b));
    assertEquals(List.of(), ExperimentDifferences.fields(a, a));
  }

  @Test
  void betweenGivesBothValues() {
    Experiment a = mapper.readYaml("training: {epochs: 5}");
    Experiment b = mapper.readYaml("training: {epochs: 6}");
    assertEquals(List.of("training.epochs: 5 in run/config.json, 6 here"),
        ExperimentDifferences.between(a, b, " in run/config.json, "));
  }
}
