package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.experiment.Experiment;
import java.util.List;
import java.util.Set;
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
    assertEquals(List.of("training.epochs: 5 in run/config.json, 6 here"),
        between("training: {epochs: 5}", "training: {epochs: 6}"));
  }

  @Test
  void aSettingOnlyOneSideGivesIsADifferenceUnsetOnTheOther() {
    // Unset settings are left out of a file, so each side can hold fields the other lacks.
    assertEquals(List.of("dataset.data_dir: /data in run/config.json, unset here",
        "task.seed: unset in run/config.json, 3 here"),
        between("dataset: {name: cora, data_dir: /data}",
            "dataset: {name: cora}\ntask: {type: dgi, seed: 3}"));
  }

  @Test
  void aChangedTypeGivesBothTypeNames() {
    assertEquals(List.of("encoder.type: gcn in run/config.json, sage here"),
        between("encoder: {type: gcn}", "encoder: {type: sage, units: [8]}"));
  }

  @Test
  void betweenTwoNamedExperimentsGivesBothValuesButForTheIgnoredFields() {
    Experiment a = mapper.readYaml("""
        seed: 1
        training: {epochs: 5, learning_rate: 0.01, checkpoint_every: 5}
        encoder: {type: gcn}
        """);
    Experiment b = mapper.readYaml("""
        seed: 2
        training: {epochs: 6, learning_rate: 0.01, checkpoint_every: 1}
        encoder: {type: sage}
        """);
    assertEquals(List.of("seed: 1 in runs/a, 2 in runs/b", "encoder.type: gcn in runs/a, sage "
        + "in runs/b", "training.epochs: 5 in runs/a, 6 in runs/b",
        "training.checkpoint_every: 5 in runs/a, 1 in runs/b"),
        ExperimentDifferences.between(a, "in runs/a", b, "in runs/b", Set.of()));
    assertEquals(List.of("encoder.type: gcn in runs/a, sage in runs/b"),
        ExperimentDifferences.between(a, "in runs/a", b, "in runs/b",
            Set.of("seed", "training.epochs", "training.checkpoint_every")));
    assertEquals(List.of(),
        ExperimentDifferences.between(a, "in runs/a", a, "in runs/a", Set.of()));
  }

  /** The differences of two experiments written in YAML, the first saved in a run. */
  private List<String> between(String saved, String changed) {
    return ExperimentDifferences.between(mapper.readYaml(saved), "in run/config.json",
        mapper.readYaml(changed), "here", Set.of());
  }
}
