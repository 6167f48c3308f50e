package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.annotations.CorruptorPlugin;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.plugins.Plugins;
import dev.contrastive4j.runtime.testing.ExhaustingReadout;
import dev.contrastive4j.runtime.testing.TestReadouts;
import dev.contrastive4j.runtime.testing.ThinningReadout;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tasks} and {@code init} on the runtime alone (plugins: see the examples module). */
class TasksAndInitCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void tasksListsTheBuiltInTasksWithTheirParameters() {
    CliRun run = CliRun.of("tasks");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith("Built-in tasks:\n  barlow-twins - Barlow Twins"), out);
    for (String task : List.of("  dgi - ", "  triplet - ", "  vicreg - ")) {
      assertTrue(out.contains(task), task + " in " + out);
    }
    assertTrue(out.lines().anyMatch(l -> l.matches("\\s+margin\\s+double\\s+1\\.0\\s+hinge "
        + "margin of the triplet loss, >= 0")), out);
    // Each task's schedule, on the line after its name.
    for (String schedule : List.of(
        "  barlow-twins - Barlow Twins (Zbontar et al., 2021; on graphs Bielak et al., 2022)\n"
            + "      default training: 100 epochs, no early stopping\n",
        " clean vs. shuffled features\n      default training: at most 1000 epochs, patience 20\n",
        " corruption\n      default training: 50 epochs, no early stopping\n",
        " covariance terms\n      default training: 200 epochs, no early stopping\n")) {
      assertTrue(out.contains(schedule), schedule + " in " + out);
    }
    // Without plugins, the list ends there: no empty lists of plugin corruptors or readouts.
    assertTrue(out.endsWith("\n\nPlugin tasks: none on the class path\n"), out);
  }

  @Test
  void pluginsAreListedAfterTheBuiltInTasksByKind() {
    TaskPlugin task = new TaskPlugin("another-dgi", "dgi", "DGI of our own", "test.OtherDgi",
        TaskSpec.DgiSpec.class, TaskSpec.DgiSpec.DEFAULT, List.of(), new Object());
    CorruptorPlugin corruptor = new CorruptorPlugin("rewire", "", "test.Rewire",
        CorruptorSpec.DropEdges.class, new CorruptorSpec.DropEdges(null, null),
        List.of(new ParameterInfo("rate", "double", "0.5", "share of edges rewired")),
        new Object());
    StringWriter text = new StringWriter();
    TasksCommand.printText(TaskCatalog.of(Plugins.of(List.of(new TaskRegistry(List.of(task),
        List.of(corruptor), new TestReadouts().readouts())))), new PrintWriter(text, true));
    String out = text.toString();
    // Each kind in the order of its names, with its parameters' rows as the built-in tasks'.
    assertTrue(out.endsWith("""


        Plugin tasks:
          another-dgi  (test.OtherDgi, extends dgi) - DGI of our own
              default training: at most 1000 epochs, patience 20

        Plugin corruptors:
          rewire  (test.Rewire)
              rate             double     0.5          share of edges rewired

        Plugin readouts:
          exhausting  (%s) - every node, until memory runs out
              reads            int        0            reads before memory runs out
          thinning  (%s) - every node, then the first nodes only
              rows             int        1            nodes read after full_reads
              full_reads       int        0            reads of every node first
        """.formatted(ExhaustingReadout.class.getName(), ThinningReadout.class.getName())), out);
    assertFalse(out.contains("none on the class path"), out);
  }

  @Test
  void tasksAsJsonListsEveryParameterWithItsDefault() throws Exception {
    CliRun run = CliRun.of("tasks", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    List<String> names = new ArrayList<>();
    root.get("tasks").forEach(t -> names.add(t.get("name").asText()));
    assertEquals(List.of("barlow-twins", "dgi", "triplet", "vicreg"), names);
    JsonNode vicreg = root.get("tasks").get(3);
    assertTrue(vicreg.get("built_in").asBoolean());
    assertEquals("sim_weight", vicreg.get("parameters").get(7).get("name").asText());
    assertEquals(25.0, vicreg.get("parameters").get(7).get("default").asDouble());
    assertEquals("{\"epochs\":200,\"patience\":0}", vicreg.get("training").toString());
    assertEquals("{\"epochs\":1000,\"patience\":20}",
        root.get("tasks").get(1).get("training").toString());
    assertEquals(0, root.get("corruptors").size());
  }

  @Test
  void initPrintsAScaffoldThatReadsBackAsTheDefaults() throws Exception {
    CliRun run = CliRun.of("init", "triplet");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Experiment.defaults().withTask(TaskSpec.TripletSpec.DEFAULT),
        JSON.readValue(run.out(), Experiment.class));
    // Derived defaults stay null in a scaffold; fixed ones are written out.
    assertTrue(run.out().contains("\"seed\": null"), run.out());
    assertTrue(run.out().contains("\"positive_view\": {"), run.out());
    // The triplet task's schedule, written out.
    assertTrue(run.out().contains("\"epochs\": 50,"), run.out());
    assertTrue(run.out().contains("\"patience\": 0,"), run.out());
  }

  @Test
  void initWritesANewFileAndNeverOverwrites(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("experiment.json");
    CliRun run = CliRun.of("init", "dgi", "--out", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals("scaffold of 'dgi' written to " + file, run.err().strip());
    assertEquals(Experiment.defaults(), JSON.readValue(file.toFile(), Experiment.class));
    CliRun again = CliRun.of("init", "vicreg", "--out", file.toString());
    assertEquals(1, again.exitCode());
    assertEquals("contrastive4j: --out " + file + " already exists; choose a new file or "
        + "delete it first", again.err().strip());
    assertEquals(Experiment.defaults(), JSON.readValue(file.toFile(), Experiment.class));
  }

  @Test
  void initOfAnUnknownTaskIsOneLine() {
    CliRun run = CliRun.of("init", "simclr");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: unknown task 'simclr'; use one of [barlow-twins, dgi, triplet, "
        + "vicreg]" + TaskCatalog.PLUGIN_HINT, run.err().strip());
  }

  @Test
  void parameterColumnsLineUpWhateverTheirLength() {
    StringWriter text = new StringWriter();
    TasksCommand.printParameters(List.of(
        new ParameterInfo("rate", "double", "1.0", "a share"),
        new ParameterInfo("corruptor", "corruptor",
            "{\"type\":\"rewire-edges\",\"rate\":1.0,\"seed\":null}", "makes the view")),
        new PrintWriter(text, true));
    String[] rows = text.toString().split("\\R");
    // The long default's description is on a line of its own, the last.
    assertEquals(rows[0].indexOf("a share"), rows[rows.length - 1].indexOf("makes the view"),
        text.toString());
  }

  @Test
  void longNamesAndTypesWidenTheirColumns() {
    StringWriter text = new StringWriter();
    TasksCommand.printParameters(List.of(
        new ParameterInfo("rate", "double", "1.0", "a share"),
        new ParameterInfo("covariance_weight_of_views", "map<string, double>", "{}", "weights")),
        new PrintWriter(text, true));
    String[] rows = text.toString().split("\\R");
    assertEquals(2, rows.length, text.toString());
    assertEquals(rows[0].indexOf("1.0"), rows[1].indexOf("{}"), text.toString());
    assertEquals(rows[0].indexOf("a share"), rows[1].indexOf("weights"), text.toString());
  }

  @Test
  void aDefaultAsWideAsItsColumnStaysOnItsRow() {
    StringWriter text = new StringWriter();
    String wide = "x".repeat(TasksCommand.MOST_DEFAULT_WIDTH);
    TasksCommand.printParameters(List.of(new ParameterInfo("rate", "double", wide, "a share")),
        new PrintWriter(text, true));
    assertEquals(1, text.toString().split("\\R").length, text.toString());
    assertTrue(text.toString().strip().endsWith(wide + " a share"), text.toString());
  }

  @Test
  void aLongDefaultPutsItsDescriptionOnTheNextLineInItsColumn() {
    // A composed augmentation's default (about 140 characters) widened every row of its task.
    String composed = "{\"type\":\"compose\",\"steps\":[{\"type\":\"drop-edges\",\"rate\":0.2,"
        + "\"seed\":null},{\"type\":\"mask-feature-columns\",\"rate\":0.2,\"seed\":null}]}";
    StringWriter text = new StringWriter();
    TasksCommand.printParameters(List.of(
        new ParameterInfo("rate", "double", "1.0", "a share"),
        new ParameterInfo("corruptor", "corruptor", composed, "makes the view"),
        new ParameterInfo("seed", "long", "null", "its seed")),
        new PrintWriter(text, true));
    String[] rows = text.toString().split("\\R");
    assertEquals(4, rows.length, text.toString());
    assertTrue(rows[1].endsWith(composed), text.toString());
    assertEquals(rows[0].indexOf("a share"), rows[2].indexOf("makes the view"), text.toString());
    assertEquals("", rows[2].substring(0, rows[2].indexOf("makes the view")).strip());
    assertEquals(rows[0].indexOf("a share"), rows[3].indexOf("its seed"), text.toString());
    assertTrue(rows[0].indexOf("a share") <= 6 + 16 + 1 + 10 + 1
        + TasksCommand.MOST_DEFAULT_WIDTH + 1, text.toString());
  }
}
