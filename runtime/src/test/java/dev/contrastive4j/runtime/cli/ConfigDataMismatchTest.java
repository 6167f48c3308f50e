package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration that does not fit the data set (checked when the run is built, not by the
 * file's own validation) fails with one line naming the file and the field, as the file's own
 * validation does, before anything is written; a field an option changed is the option's, and
 * its refusal names no file.
 */
class ConfigDataMismatchTest {
  @TempDir Path tmp;

  /** Trains the configuration {@code yaml} on {@code dataset}; the run must not start. */
  private void assertRefused(String yaml, String dataset, String expected) throws Exception {
    Path config = tmp.resolve("experiment.yaml");
    Files.writeString(config, yaml);
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--config", config.toString(), "--dataset", dataset,
        "--epochs", "1", "--hidden", "4", "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals("contrastive4j: " + config + ": " + expected, run.err().strip());
    assertFalse(Files.exists(out), "nothing is written for a run that cannot start");
  }

  private Path toy() throws Exception {
    Path data = tmp.resolve("toy");
    TreeCopy.copy(DatasetInfoCommandTest.exampleDirectory(), data);
    return data;
  }

  @Test
  void aNodeSetTheEncoderDoesNotEncode() throws Exception {
    assertRefused("task: {type: dgi, node_set: author}", toy().toString(),
        "task.node_set: the gcn encoder computes states for node set 'paper' only, not "
            + "'author'; the hetero encoder computes every node set with an input feature");
  }

  @Test
  void aFeatureTheEncoderDoesNotWrite() throws Exception {
    assertRefused("task: {type: vicreg, feature: embedding}", "csbm",
        "task.feature: the gcn encoder writes 'hidden_state' only, was 'embedding'");
  }

  @Test
  void aCorruptorThatCannotCorruptTheDataSetIsRefusedAtItsField() throws Exception {
    // Dropout needs floating-point features, and the papers' 'year' is an int32 feature: this
    // failed in the first training step, after the run directory was written, naming the class.
    // A step of a composition is named by its place (it was the composition's).
    assertRefused("task: {type: triplet, positive_view: {type: compose, steps: ["
        + "{type: drop-edges}, {type: dropout-features, rate: 0.2}]}}", toy().toString(),
        "task.positive_view.steps[1]: DropoutFeatures: node set 'paper', feature 'year' has "
            + "data type INT; dropout needs floating-point values (give it rate 0 in a "
            + "CorruptionSpec; a config's dropout-features drops every feature, so use "
            + "mask-feature-columns on this graph) (data set 'toy-citations')");
  }

  @Test
  void barlowTwinsOnOneRowPerStepIsRefused() throws Exception {
    // Standardized over one row, every value is 0: the loss was a constant 'units' and the
    // encoder did not train, yet the run ended as if it had.
    assertRefused("task: {type: barlow-twins, readout: {type: pool, pooling: max}}", "csbm",
        "task.readout: the pool readout gives one row per component, so one row per step on "
            + "data set 'csbm', which is one graph, and Barlow Twins standardizes each "
            + "dimension over the rows (normalize_batch): its loss would be constant and "
            + "nothing would train; set normalize_batch to false; or read every node "
            + "(all-nodes, the default)");
  }

  @Test
  void vicRegOnOneRowPerStepIsRefused() throws Exception {
    // Over one row the variance and covariance terms are constant: only the invariance term
    // trained (the loss stayed near 2 * var_weight), yet the run ended as if it had trained.
    assertRefused("task: {type: vicreg, readout: {type: first-node}}", "csbm",
        "task.readout: the first-node readout gives one row per component, so one row per "
            + "step on data set 'csbm', which is one graph, and VICReg's variance and "
            + "covariance terms (var_weight, cov_weight) are taken over the rows: over one row "
            + "they are constant, and only the invariance term would train, towards collapse; "
            + "set var_weight and cov_weight to 0 for the invariance term alone; or read every "
            + "node (all-nodes, the default)");
  }

  @Test
  void vicRegOfTheInvarianceTermAloneMayReadOneRowPerStep() throws Exception {
    // Nothing of that loss is silently constant: it is what was asked for.
    Path config = Files.writeString(tmp.resolve("experiment.yaml"),
        "task: {type: vicreg, var_weight: 0, cov_weight: 0, readout: {type: pool}}");
    CliRun run = CliRun.of("train", "--config", config.toString(), "--epochs", "1", "--hidden",
        "4", "--probe-repeats", "1", "--quiet", "--out", tmp.resolve("run").toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void aRefusalOfAFieldAnOptionChangedNamesNoFile() throws Exception {
    // The file's Barlow Twins reads every node; --readout makes it one row per step.
    Path config = Files.writeString(tmp.resolve("experiment.yaml"), "task: {type: barlow-twins}");
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--config", config.toString(), "--readout", "first-node",
        "--epochs", "1", "--hidden", "4", "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.errLines().length, run.err());
    assertTrue(run.errLines()[0].startsWith("contrastive4j: task.readout: the first-node "
        + "readout gives one row per component"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void aRefusalOfAFieldTheFileSetNamesTheFileThoughAnOptionOverridesAnother() throws Exception {
    Path config = Files.writeString(tmp.resolve("experiment.yaml"),
        "training: {batch_components: 2, epochs: 3}");
    CliRun run = CliRun.of("train", "--config", config.toString(), "--epochs", "1", "--hidden",
        "4", "--quiet", "--out", tmp.resolve("run").toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals("contrastive4j: " + config + ": training.batch_components: only a data set of "
        + "many graphs (components) trains in mini-batches of them, but data set 'csbm' is one "
        + "graph; leave it at 0, was 2", run.err().strip());

    // The same value from --batch-components is the option's.
    Files.writeString(config, "training: {epochs: 3}");
    run = CliRun.of("train", "--config", config.toString(), "--batch-components", "2",
        "--epochs", "1", "--hidden", "4", "--quiet", "--out", tmp.resolve("run").toString());
    assertEquals(1, run.exitCode(), run.out());
    assertEquals("contrastive4j: training.batch_components: only a data set of many graphs "
        + "(components) trains in mini-batches of them, but data set 'csbm' is one graph; leave "
        + "it at 0, was 2", run.err().strip());
    assertFalse(Files.exists(tmp.resolve("run")));
  }

  @Test
  void aHomogeneousEncoderOnAGraphWithTwoEdgeSetsWithinItsNodeSet() throws Exception {
    Path data = toy();
    Path manifest = data.resolve("dataset.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"writes\": {",
        "\"cited_by\": {\"source\": \"paper\", \"target\": \"paper\"}, \"writes\": {"));
    Files.copy(data.resolve("edges/cites.csv"), data.resolve("edges/cited_by.csv"));
    assertRefused("encoder: {type: sage}", data.toString(),
        "encoder.type: the sage encoder convolves one edge set from node set 'paper' to "
            + "itself, and data set 'toy-citations' has 2: [cites, cited_by]; the hetero "
            + "encoder uses every edge set");
  }
}
