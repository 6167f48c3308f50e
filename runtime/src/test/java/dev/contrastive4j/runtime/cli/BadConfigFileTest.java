package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.contrastive4j.runtime.config.DocBlocks;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --config} on files made bad one change at a time from the documented examples
 * ({@link ConfigMutations}): each refusal is one line on stderr naming the file and the field at
 * fault, in words rather than an exception, with a non-zero exit and no run directory. The
 * changes that leave the experiment valid are named with the reason, and must read.
 */
class BadConfigFileTest {
  private static final Path PAGE = Path.of("..", "docs", "experiment-config.md");
  /** What a refusal must not show: an exception's class or a stack trace. */
  private static final Pattern INTERNALS = Pattern.compile("Exception|at dev\\.|java\\.lang");

  /** How many of the valid changes are trained; the others are only read. */
  private static final int TRAINED_VALID = 4;

  @TempDir static Path tmp;

  @TestFactory
  Stream<DynamicTest> everyChangeOfTheDocumentedExamples() throws IOException {
    DocBlocks docs = DocBlocks.of(PAGE);
    YAMLMapper yaml = new YAMLMapper();
    List<ConfigMutations> bases = List.of(
        new ConfigMutations("defaults.yaml", small(yaml.readTree(docs.block("defaults")))),
        new ConfigMutations("dgi-cora.json",
            small(new ObjectMapper().readTree(docs.block("json")))),
        new ConfigMutations("dgi-cora-paper.yaml", small(yaml.readTree(
            Path.of("..", "docs", "experiments", "dgi-cora-paper.yaml").toFile()))));
    List<DynamicTest> tests = new ArrayList<>();
    List<ConfigMutation> valid = new ArrayList<>();
    for (ConfigMutations base : bases) {
      tests.add(DynamicTest.dynamicTest(base.unchanged().toString(),
          () -> trains(base.unchanged())));
      for (ConfigMutation m : base.all()) {
        if (m.refused()) {
          tests.add(DynamicTest.dynamicTest(m.toString(), () -> refused(m)));
        } else {
          valid.add(m);
        }
      }
    }
    // Training costs seconds: every valid change must read, and a fixed sample trains.
    Collections.shuffle(valid, new Random(7));
    for (int i = 0; i < valid.size(); i++) {
      ConfigMutation m = valid.get(i);
      tests.add(DynamicTest.dynamicTest(m + " (valid: " + m.validBecause() + ")",
          i < TRAINED_VALID ? () -> trains(m) : () -> reads(m)));
    }
    return tests.stream();
  }

  /**
   * {@code experiment} made cheap to train and independent of downloads: the built-in CSBM
   * graph, 8 units, one epoch, one probe, no charts.
   */
  private static ObjectNode small(JsonNode experiment) {
    ObjectNode e = (ObjectNode) experiment.deepCopy();
    part(e, "dataset").put("name", "csbm").remove("data_dir");
    // CSBM's one node set is not cora's 'paper'.
    part(e, "task").remove("node_set");
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

  private static void trains(ConfigMutation m) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "case");
    Path file = dir.resolve(m.fileName());
    Files.write(file, m.content());
    CliRun run = CliRun.of("train", "--config", file.toString(), "--epochs", "1", "--quiet",
        "--out", dir.resolve("run").toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  private static void reads(ConfigMutation m) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "case");
    Path file = dir.resolve(m.fileName());
    Files.write(file, m.content());
    ExperimentFiles.read(file);
  }

  private static void refused(ConfigMutation m) throws IOException {
    Path dir = Files.createTempDirectory(tmp, "case");
    Path file = dir.resolve(m.fileName());
    Files.write(file, m.content());
    Path out = dir.resolve("run");
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
    assertFalse(INTERNALS.matcher(run.err()).find(), shown);
    assertEquals("", run.out(), shown);
    assertFalse(Files.exists(out), "the run directory was made: " + shown);
  }
}
