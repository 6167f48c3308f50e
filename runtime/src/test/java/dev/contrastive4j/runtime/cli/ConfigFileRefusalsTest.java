package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.inject.ProvisionException;
import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.runtime.inject.ConfigException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refusal of a field the configuration file set names the file; one of a field an option
 * changed is the option's fault and stays as it is (the whole runs: {@link BadConfigFileTest}).
 */
class ConfigFileRefusalsTest {
  private static final Path FILE = Path.of("experiment.yaml");

  /** Refusals of {@link #FILE} read with {@code --hidden} (encoder.units) and --dataset. */
  private static final ConfigFileRefusals REFUSALS =
      new ConfigFileRefusals(FILE, List.of("encoder.units", "dataset.name"), "/data/planetoid");

  @Test
  void aBuildRefusalOfAFieldTheFileSetNamesTheFile() {
    ConfigException refused = new ConfigException("task.node_set", "no node set 'paper'");
    RuntimeException named = REFUSALS.attribute(new ProvisionException("wrapped", refused));
    assertEquals("experiment.yaml: task.node_set: no node set 'paper'", named.getMessage());
    assertSame(refused, named.getCause());
  }

  @Test
  void aDataSetFileUnderTheFilesDataDirNamesTheField() {
    // A run's data moved: "/data/planetoid: directory not found" said nothing of where that
    // place was named.
    DatasetException missing = new DatasetException(Path.of("/data/planetoid"),
        "directory not found");
    RuntimeException named = REFUSALS.attribute(new ProvisionException("wrapped", missing));
    assertEquals("experiment.yaml: dataset.data_dir: /data/planetoid: directory not found",
        named.getMessage());
    assertSame(missing, named.getCause());
    DatasetException inside = new DatasetException(Path.of("/data/planetoid/ind.cora.x"), "cut");
    assertEquals("experiment.yaml: dataset.data_dir: /data/planetoid/ind.cora.x: cut",
        REFUSALS.attribute(inside).getMessage());
    // Elsewhere, or with --data-dir given, it stays as it is.
    DatasetException elsewhere = new DatasetException(Path.of("/other/x.npy"), "cut");
    assertSame(elsewhere, REFUSALS.attribute(elsewhere));
    ConfigFileRefusals withOption = new ConfigFileRefusals(FILE, List.of("dataset.data_dir"),
        "/data/planetoid");
    assertSame(missing, withOption.attribute(missing));
  }

  @Test
  void aBuildRefusalOfAFieldAnOptionChangedIsTheOptions() {
    // --hidden changed encoder.units; its first entry is within it.
    RuntimeException refused = new ConfigException("encoder.units[0]", "must be at least 1");
    assertSame(refused, REFUSALS.attribute(refused));
    // --dataset changed dataset.name, within dataset.
    RuntimeException ofDataset = new ConfigException("dataset", "no such data set");
    assertSame(ofDataset, REFUSALS.attribute(ofDataset));
  }

  @Test
  void validationProblemsNameTheFileWhenAllAreAtFieldsTheFileSet() {
    ConfigValidationException ofFile = new ConfigValidationException(null, List.of(
        "task.seed: must be at least 0", "training.epochs: must be at least 1"));
    ConfigValidationException named = (ConfigValidationException) REFUSALS.attribute(ofFile);
    assertEquals("experiment.yaml", named.source());
    assertEquals(ofFile.problems(), named.problems());
  }

  /** --hidden 0 over a file with a bad field: only the file's line names the file. */
  @Test
  void aListOfBothKindsNamesTheFileOnlyOnTheFilesLines() {
    ConfigValidationException mixed = new ConfigValidationException(null, List.of(
        "encoder.units[0]: must be at least 1, was 0", "training.epochs: must be at least 1"));
    ConfigValidationException named = (ConfigValidationException) REFUSALS.attribute(mixed);
    assertEquals(null, named.source());
    assertEquals(List.of("encoder.units[0]: must be at least 1, was 0",
        "experiment.yaml: training.epochs: must be at least 1"), named.problems());
    assertSame(mixed, named.getCause());
  }

  @Test
  void validationProblemsAllAtFieldsOptionsChangedStayAsTheyAre() {
    ConfigValidationException byOptions = new ConfigValidationException(null, List.of(
        "encoder.units[0]: must be at least 1, was 0", "dataset.name: must not be blank"));
    assertSame(byOptions, REFUSALS.attribute(byOptions));
  }

  @Test
  void aProblemThatNamesNoFieldIsTheFiles() {
    ConfigValidationException unnamed =
        new ConfigValidationException(null, List.of("the data set is too small"));
    assertEquals("experiment.yaml",
        ((ConfigValidationException) REFUSALS.attribute(unnamed)).source());
  }

  @Test
  void aRefusalThatNamesItsSourceOrIsNoConfigurationsStaysAsItIs() {
    ConfigValidationException ofOption =
        new ConfigValidationException("--readout poll", List.of("task.readout.type: unknown"));
    assertSame(ofOption, REFUSALS.attribute(ofOption));
    RuntimeException other = new IllegalStateException("no index");
    assertSame(other, REFUSALS.attribute(other));
  }
}
