package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --resume DIR} and {@code evaluate --run DIR} rebuild the run from
 * {@code DIR/config.json}: a refusal found while it is built of a field of that file (one that
 * does not fit the data set, now or since the data changed) names the file, as {@code train
 * --config FILE} names its file; a field an option changed stays the option's.
 */
class RebuiltRunRefusalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  /** A finished run on the built-in graph. */
  private static Path csbmRun;

  @BeforeAll
  static void trainOnce() {
    csbmRun = CliRun.tinyRun(tmp.resolve("csbm-run"));
  }

  /** A copy of the CSBM run with its config.json edited by {@code edit}. */
  private static Path withConfig(String name, Consumer<ObjectNode> edit) throws Exception {
    Path copy = tmp.resolve(name);
    TreeCopy.copy(csbmRun, copy);
    Path config = copy.resolve(RunDirectory.CONFIG);
    ObjectNode tree = (ObjectNode) JSON.readTree(config.toFile());
    edit.accept(tree);
    JSON.writeValue(config.toFile(), tree);
    return copy;
  }

  /** {@code run} failed with the one line {@code contrastive4j: expected}, leaving {@code dir}. */
  private static void assertOneLine(String expected, CliRun run, Path dir) throws Exception {
    assertEquals(1, run.exitCode(), run.out());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: " + expected, run.errLines()[0]);
    assertEquals("", run.out());
    assertEquals(Files.readString(csbmRun.resolve("summary.json")),
        Files.readString(dir.resolve("summary.json")), "the summary is not rewritten");
  }

  @Test
  void aFieldOfConfigJsonThatDoesNotFitTheDataSetNamesTheFile() throws Exception {
    Path dir = withConfig("batches", c -> ((ObjectNode) c.get("training"))
        .put("batch_components", 2));
    String expected = dir.resolve(RunDirectory.CONFIG) + ": training.batch_components: only a "
        + "data set of many graphs (components) trains in mini-batches of them, but data set "
        + "'csbm' is one graph; leave it at 0, was 2";
    assertOneLine(expected, CliRun.of("train", "--resume", dir.toString(), "--quiet"), dir);
    assertOneLine(expected, CliRun.of("evaluate", "--run", dir.toString()), dir);
    // --epochs changes another field: the refused one is still the file's.
    assertOneLine(expected, CliRun.of("train", "--resume", dir.toString(), "--epochs", "5",
        "--quiet"), dir);
    assertOneLine(expected, CliRun.of("evaluate", "--run", dir.toString(), "--probe-repeats",
        "2"), dir);
  }

  @Test
  void aReadoutOfTooFewRowsInConfigJsonNamesTheFile() throws Exception {
    Path dir = withConfig("barlow-first-node", c -> c.set("task",
        JSON.createObjectNode().put("type", "barlow-twins").set("readout",
            JSON.createObjectNode().put("type", "first-node"))));
    String expected = dir.resolve(RunDirectory.CONFIG) + ": task.readout: the first-node "
        + "readout gives one row per component, so one row per step on data set 'csbm', which "
        + "is one graph, and Barlow Twins standardizes each dimension over the rows "
        + "(normalize_batch): its loss would be constant and nothing would train; set "
        + "normalize_batch to false; or read every node (all-nodes, the default)";
    assertOneLine(expected, CliRun.of("train", "--resume", dir.toString(), "--quiet"), dir);
    assertOneLine(expected, CliRun.of("evaluate", "--run", dir.toString()), dir);
  }

  @Test
  void aDataDirectoryChangedSinceTheRunNamesConfigJson() throws Exception {
    Path data = tmp.resolve("toy");
    Path dir = CliRun.tinyRunOnACopy(data, tmp.resolve("toy-run"));
    String summary = Files.readString(dir.resolve("summary.json"));
    // A second edge set within the papers, which the run's gcn encoder cannot convolve.
    Path manifest = data.resolve("dataset.json");
    Files.writeString(manifest, Files.readString(manifest).replace("\"writes\": {",
        "\"cited_by\": {\"source\": \"paper\", \"target\": \"paper\"}, \"writes\": {"));
    Files.copy(data.resolve("edges/cites.csv"), data.resolve("edges/cited_by.csv"));
    String expected = "contrastive4j: " + dir.resolve(RunDirectory.CONFIG) + ": encoder.type: "
        + "the gcn encoder convolves one edge set from node set 'paper' to itself, and data set "
        + "'toy-citations' has 2: [cites, cited_by]; the hetero encoder uses every edge set";
    for (String[] command : new String[][] {{"train", "--resume", dir.toString(), "--quiet"},
        {"evaluate", "--run", dir.toString()}}) {
      CliRun run = CliRun.of(command);
      assertEquals(1, run.exitCode(), run.out());
      assertEquals(1, run.errLines().length, run.err());
      assertEquals(expected, run.errLines()[0]);
    }
    assertEquals(summary, Files.readString(dir.resolve("summary.json")));
  }

  @Test
  void aFieldAnOptionChangedStaysTheOptions() throws Exception {
    // config.json's own batch_components would be refused too, but --epochs is checked first.
    Path dir = withConfig("epochs", c -> ((ObjectNode) c.get("training"))
        .put("batch_components", 2));
    assertOneLine("training.epochs: must be at least 1, was 0",
        CliRun.of("train", "--resume", dir.toString(), "--epochs", "0", "--quiet"), dir);
    assertOneLine("evaluation.probe_repeats: must be at least 1, was 0",
        CliRun.of("evaluate", "--run", dir.toString(), "--probe-repeats", "0"), dir);
  }
}
