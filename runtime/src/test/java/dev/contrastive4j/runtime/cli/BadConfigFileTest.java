package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.google.inject.Guice;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.runtime.config.DocBlocks;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.JsonDocuments;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --config} on files made bad one change at a time from the documented examples
 * and, for the parts they show no example of, small experiments of documented fields
 * ({@link ConfigMutations}): each refusal is one line on stderr naming the file and the field at
 * fault (and, for a value of the wrong kind, the kind the field takes), in words rather than an
 * exception, with a non-zero exit and no run directory. The changes that leave the experiment
 * valid are named with the reason, and must read and build their run (data loaded, model made);
 * a few train.
 */
class BadConfigFileTest {
  private static final Path PAGE = Path.of("..", "docs", "experiment-config.md");
  /** What a refusal must not show: an exception's class or a stack trace. */
  private static final Pattern INTERNALS = Pattern.compile("Exception|at dev\\.|java\\.lang");

  /** How many of the valid changes are trained; the others are only built. */
  private static final int TRAINED_VALID = 4;

  @TempDir static Path tmp;

  @TestFactory
  Stream<DynamicTest> everyChangeOfTheDocumentedExamples() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<ConfigMutation> valid = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    for (ExperimentBase base : bases()) {
      ConfigMutations mutations = new ConfigMutations(base, covered);
      tests.add(DynamicTest.dynamicTest(mutations.unchanged().toString(),
          () -> trains(mutations.unchanged())));
      for (ConfigMutation m : mutations.all()) {
        if (m.refused()) {
          tests.add(DynamicTest.dynamicTest(m.toString(), () -> refused(m)));
        } else {
          valid.add(m);
        }
      }
    }
    // Training costs seconds: every valid change must build its run, and a fixed sample trains.
    Collections.shuffle(valid, new Random(7));
    for (int i = 0; i < valid.size(); i++) {
      ConfigMutation m = valid.get(i);
      tests.add(DynamicTest.dynamicTest(m + " (valid: " + m.validBecause() + ")",
          i < TRAINED_VALID ? () -> trains(m) : () -> builds(m)));
    }
    return tests.stream();
  }

  /**
   * The experiments broken: the DGI examples of docs/experiment-config.md, its Barlow Twins
   * with YAML anchors, and, for the parts it shows no example of, small experiments of
   * documented fields in {@code experiment-bases/}: the other tasks and their views, a pool
   * readout over many graphs in mini-batches, the heterogeneous encoder.
   */
  private static List<ExperimentBase> bases() throws IOException {
    DocBlocks docs = DocBlocks.of(PAGE);
    YAMLMapper yaml = new YAMLMapper();
    Path graphs = tmp.resolve("two-kinds");
    DatasetDirectoryWriter.write(SmallGraphs.twoKinds(40, 7), graphs, ArrayFormat.NPY);
    return List.of(
        ExperimentBase.of("defaults.yaml", small(yaml.readTree(docs.block("defaults"))))
            // The whole graph in one step (batch_components 0) takes components in no order.
            .refusedAt("training.shuffle_components", "training.shuffle_components = false"),
        ExperimentBase.of("dgi-cora.json",
            small(new ObjectMapper().readTree(docs.block("json")))),
        ExperimentBase.of("dgi-cora-paper.yaml", small(yaml.readTree(
            Path.of("..", "docs", "experiments", "dgi-cora-paper.yaml").toFile()))),
        // Read as the product reads YAML, which resolves the block's merge key.
        ExperimentBase.of("barlow-twins-anchors.yaml",
            small(JsonDocuments.read(yaml, docs.block("yaml-anchors")))),
        ExperimentBase.of("barlow-twins.yaml", small(resource("barlow-twins.yaml"))),
        ExperimentBase.of("vicreg.json", small(resource("vicreg.json")))
            // One row per step on one graph, over which VICReg's variance is constant.
            .refusedAt("task.readout", "task.readout.type = first-node",
                "task.readout.type = pool"),
        ExperimentBase.of("triplet-graphs.yaml",
            on(graphs, cheap(resource("triplet-graphs.yaml"))))
            // Left out, the data set is CSBM: one graph, which has no mini-batches.
            .refusedAt("training.batch_components", "without dataset", "dataset = null",
                "without dataset.name", "dataset.name = null")
            .refusedAt("training.shuffle_components", "without training.batch_components",
                "training.batch_components = null", "training.batch_components = 0")
            // Shuffling takes a rate of 1, dropout must stay below it.
            .refusedAt("task.corruptor.rate", "task.corruptor.type = dropout-features"),
        ExperimentBase.of("hetero-citations.yaml",
            on(DatasetInfoCommandTest.exampleDirectory(),
                cheap(resource("hetero-citations.yaml"))))
            // Left out, the data set is CSBM, whose one node set is not 'paper'.
            .refusedAt("task.node_set", "without dataset", "dataset = null",
                "without dataset.name", "dataset.name = null")
            // The papers' integer 'year' cannot be dropped out.
            .refusedAt("task.corruptor.steps[0]",
                "task.corruptor.steps[0].type = dropout-features"));
  }

  /** The base {@code name} of {@code experiment-bases/}, JSON or YAML by its extension. */
  private static JsonNode resource(String name) throws IOException {
    ObjectMapper mapper = name.endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
    try (InputStream in = BadConfigFileTest.class.getResourceAsStream(
        "/experiment-bases/" + name)) {
      return mapper.readTree(Objects.requireNonNull(in, name));
    }
  }

  /**
   * {@code experiment} made cheap to train and independent of downloads: the built-in CSBM
   * graph, 8 units, one epoch, one probe, no charts.
   */
  private static ObjectNode small(JsonNode experiment) {
    ObjectNode e = cheap(experiment);
    part(e, "dataset").put("name", "csbm").remove("data_dir");
    // CSBM's one node set is not cora's 'paper'.
    part(e, "task").remove("node_set");
    return e;
  }

  /** {@code experiment} on the data directory {@code data}, whatever data set it named. */
  private static ObjectNode on(Path data, ObjectNode experiment) {
    part(experiment, "dataset").put("name", data.toString());
    return experiment;
  }

  /** {@code experiment} made cheap: 8 units, one epoch, one probe, no charts. */
  private static ObjectNode cheap(JsonNode experiment) {
    ObjectNode e = (ObjectNode) experiment.deepCopy();
    if (!e.has("encoder")) {
      e.putObject("encoder").put("type", "gcn"); // the default, whose type must be named
    }
    part(e, "encoder").putArray("units").add(8);
    part(e, "training").put("epochs", 1);
    part(e, "evaluation").put("probe_repeats", 1);
    part(e, "output").put("charts", false);
    return e;
  }

  /** The object {@code name} of {@code experiment}, added if it has none. */
  private static ObjectNode part(ObjectNode experiment, String name) {
    return experiment.has(name) ? (ObjectNode) experiment.get(name)
        : experiment.putObject(name);
  }

  /** {@code m}'s file, written in a directory of its own. */
  private static Path written(ConfigMutation m) throws IOException {
    Path file = Files.createTempDirectory(tmp, "case").resolve(m.fileName());
    Files.write(file, m.content());
    return file;
  }

  private static void trains(ConfigMutation m) throws IOException {
    Path file = written(m);
    CliRun run = CliRun.of("train", "--config", file.toString(), "--epochs", "1", "--quiet",
        "--out", file.resolveSibling("run").toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  /**
   * Reads {@code m} and builds its run as {@code train} does before it trains, so that what
   * depends on the data (node sets, features, components) is checked too: the data set loaded,
   * the model made.
   */
  private static void builds(ConfigMutation m) throws IOException {
    Experiment experiment = ExperimentValidator.validate(ExperimentFiles.read(written(m)));
    Guice.createInjector(new RunModule(experiment)).getInstance(ExperimentRun.class);
  }

  private static void refused(ConfigMutation m) throws IOException {
    Path file = written(m);
    Path out = file.resolveSibling("run");
    CliRun run = CliRun.of("train", "--config", file.toString(), "--epochs", "1", "--out",
        out.toString());
    String shown = m + ": exit " + run.exitCode() + ", stderr:\n" + run.err();
    assertNotEquals(0, run.exitCode(), shown);
    assertEquals(1, run.errLines().length, shown);
    String line = run.errLines()[0];
    assertTrue(line.startsWith("contrastive4j: "), shown);
    assertTrue(line.contains(m.fileName()), "the file is not named: " + shown);
    if (m.field() != null) {
      assertTrue(Pattern.compile(": " + Pattern.quote(m.field()) + "[:.\\[]").matcher(line)
          .find(), "the field " + m.field() + " is not named: " + shown);
    }
    if (m.says() != null) {
      assertTrue(line.contains(m.says()), "it does not say '" + m.says() + "': " + shown);
    }
    assertFalse(INTERNALS.matcher(run.err()).find(), shown);
    assertEquals("", run.out(), shown);
    assertFalse(Files.exists(out), "the run directory was made: " + shown);
  }
}
