package dev.contrastive4j.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.cli.Main;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.plugins.Plugins;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line finds the example plugins through the generated registry. */
class AnnotatedPluginsCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private record Run(int exitCode, String out, String err) {}

  private static Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void tasksListsTheGeneratedTaskWithItsParametersAndThePlugins() {
    Run run = cli("tasks");
    assertEquals(0, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.contains("Plugin tasks:"), out);
    assertTrue(out.contains("rewired-dgi  (dev.contrastive4j.examples.annotated.RewiredDgi, "
        + "extends dgi) - Deep Graph Infomax against a rewired graph"), out);
    assertTrue(out.contains("{\"type\":\"rewire-edges\",\"rate\":1.0,\"seed\":null}"), out);
    assertTrue(out.contains("Plugin corruptors:\n  rewire-edges"), out);
    assertTrue(out.contains("Plugin readouts:\n  scaled-nodes"), out);
    assertTrue(out.lines().anyMatch(l -> l.matches("\\s+rate\\s+double\\s+1\\.0\\s+share of "
        + "edges whose targets are shuffled")), out);
    // An enum parameter is a string as the built-in names are, its default in lower case.
    assertTrue(out.lines().anyMatch(l -> l.matches("\\s+discriminator\\s+string\\s+"
        + "\"uniform\"\\s+uniform: .*")), out);
  }

  @Test
  void tasksAsJsonHasEveryParameterWithItsDefault() throws Exception {
    Run run = cli("tasks", "--json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = JSON.readTree(run.out());
    JsonNode task = null;
    for (JsonNode t : root.get("tasks")) {
      if (t.get("name").asText().equals("rewired-dgi")) {
        task = t;
      }
    }
    assertEquals(false, task.get("built_in").asBoolean());
    assertEquals("dgi", task.get("base").asText());
    assertEquals(8, task.get("parameters").size());
    assertEquals("scaled-nodes",
        task.get("parameters").get(6).get("default").get("type").asText());
    assertEquals("discriminator", task.get("parameters").get(7).get("name").asText());
    assertEquals("uniform", task.get("parameters").get(7).get("default").asText());
    assertEquals(1.0, root.get("readouts").get(0).get("parameters").get(0).get("default")
        .asDouble());
  }

  @Test
  void initPrintsAScaffoldThatReadsBackAsTheDefaultExperiment() throws Exception {
    Run run = cli("init", "rewired-dgi");
    assertEquals(0, run.exitCode(), run.err());
    Experiment read = Plugins.discover().registerSpecTypes(new ObjectMapper())
        .readValue(run.out(), Experiment.class);
    assertEquals(Experiment.defaults().withTask(RewiredDgiSpec.DEFAULT), read);
    assertTrue(run.out().contains("\"rate\": 1.0"), run.out());
    assertTrue(run.out().contains("\"discriminator\": \"uniform\""), run.out());
  }

  @Test
  void trainRunsTheGeneratedTaskAndEvaluateReadsItsRun(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    Run train = cli("train", "--task", "rewired-dgi", "--epochs", "2", "--hidden", "16",
        "--probe-repeats", "1", "--quiet", "--out", out.toString());
    assertEquals(0, train.exitCode(), train.err());
    JsonNode summary = JSON.readTree(train.out());
    assertEquals("rewired-dgi", summary.get("task").asText());
    assertEquals(2, summary.get("epochs_run").asInt());
    // The default discriminator, PyTorch Geometric's, has no bias.
    assertEquals("uniform", JSON.readTree(out.resolve("config.json").toFile()).get("task")
        .get("discriminator").asText());
    assertFalse(parameterNames(out).contains("task/dgi_logits/bias"), parameterNames(out)
        .toString());
    Run evaluate = cli("evaluate", "--run", out.toString(), "--probe-repeats", "1");
    assertEquals(0, evaluate.exitCode(), evaluate.err());
    assertEquals(summary.get("test_accuracy").asDouble(),
        JSON.readTree(evaluate.out()).get("test_accuracy").asDouble(), 1e-9);
  }

  @Test
  void trainReadsThePluginTypesFromAConfigFile(@TempDir Path tmp) throws Exception {
    Path config = tmp.resolve("experiment.yaml");
    java.nio.file.Files.writeString(config, """
        encoder: {type: gcn, units: [16]}
        task:
          type: rewired-dgi
          corruptor: {type: rewire-edges, rate: 0.5}
        training: {epochs: 2}
        evaluation: {probe_repeats: 1}
        """);
    Path out = tmp.resolve("run");
    Run train = cli("train", "--config", config.toString(), "--quiet", "--out", out.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertEquals(2, JSON.readTree(train.out()).get("epochs_run").asInt());
    JsonNode saved = JSON.readTree(out.resolve("config.json").toFile());
    assertEquals(0.5, saved.get("task").get("corruptor").get("rate").asDouble());

    java.nio.file.Files.writeString(config, """
        task:
          type: rewired-dgi
          corruptor: {type: rewire-edges, rate: 1.5}
          readout: {type: scaled-nodes, norm: -1}
        """);
    Run bad = cli("train", "--config", config.toString(), "--out", tmp.resolve("bad").toString());
    assertEquals(1, bad.exitCode());
    assertTrue(bad.err().contains("task.corruptor.rate: must be in [0, 1], was 1.5"),
        bad.err());
    assertTrue(bad.err().contains("task.readout.norm: must be >= 0, was -1.0"), bad.err());
  }

  /**
   * A plugin's enum parameter is read as the built-in names are, in any case with {@code -} or
   * {@code _}, and config.json writes it as they are written, lower case; the run gets what it
   * names. Before, only {@code BILINEAR_GLOROT} was read, and written so.
   */
  @Test
  void trainReadsAPluginsEnumParameterAsTheBuiltInNames(@TempDir Path tmp) throws Exception {
    Path config = tmp.resolve("experiment.yaml");
    java.nio.file.Files.writeString(config, """
        encoder: {type: gcn, units: [8]}
        task: {type: rewired-dgi, discriminator: Bilinear-Glorot}
        training: {epochs: 1}
        evaluation: {probe_repeats: 1}
        """);
    Path out = tmp.resolve("run");
    Run train = cli("train", "--task", "rewired-dgi", "--config", config.toString(), "--quiet",
        "--out", out.toString());
    assertEquals(0, train.exitCode(), train.err());
    JsonNode saved = JSON.readTree(out.resolve("config.json").toFile());
    assertEquals("bilinear_glorot", saved.get("task").get("discriminator").asText());
    // The DGI paper's discriminator: its bias is a parameter of the run.
    List<String> parameters = parameterNames(out);
    assertTrue(parameters.contains("task/dgi_logits/bias"), parameters.toString());
    // What config.json writes reads back as what the file said.
    assertEquals(RewiredDgiSpec.of(t -> t.discriminator(DgiDiscriminator.BILINEAR_GLOROT)),
        ExperimentFiles.read(out.resolve("config.json")).task());
  }

  /**
   * {@code --task} between DGI and a plugin extending it keeps the discriminator, which both
   * take; before, it was left out as the old type's own parameter.
   */
  @Test
  void taskOptionKeepsTheDiscriminatorBetweenDgiAndThePluginExtendingIt(@TempDir Path tmp)
      throws Exception {
    for (String[] types : List.of(new String[] {"dgi", "rewired-dgi"},
        new String[] {"rewired-dgi", "dgi"})) {
      Path config = tmp.resolve(types[0] + ".yaml");
      java.nio.file.Files.writeString(config, "task: {type: " + types[0]
          + ", discriminator: bilinear_glorot}\nencoder: {type: gcn, units: [8]}\n"
          + "training: {epochs: 1}\nevaluation: {probe_repeats: 1}\n"
          + "output: {charts: false}\n");
      Path out = tmp.resolve(types[1]);
      Run train = cli("train", "--config", config.toString(), "--task", types[1], "--quiet",
          "--out", out.toString());
      assertEquals(0, train.exitCode(), train.err());
      assertFalse(train.err().contains("note"), "nothing left out, nothing to note: "
          + train.err());
      JsonNode task = JSON.readTree(out.resolve("config.json").toFile()).get("task");
      assertEquals(types[1], task.get("type").asText());
      assertEquals("bilinear_glorot", task.get("discriminator").asText());
      assertTrue(parameterNames(out).contains("task/dgi_logits/bias"), types[1]);
    }
  }

  /**
   * A name that is none of the enum's is refused as a built-in name is, in one line naming the
   * file and the field, or with every other problem of the file; a number is no name (before,
   * Jackson read {@code 1} as the constant of that index, {@code BILINEAR_GLOROT}).
   */
  @Test
  void trainRefusesAnUnknownEnumNameAsABuiltInOne(@TempDir Path tmp) throws Exception {
    Path config = tmp.resolve("experiment.yaml");
    for (String task : List.of("dgi", "rewired-dgi")) {
      java.nio.file.Files.writeString(config, "task: {type: " + task
          + ", discriminator: glorot}\n");
      Run bad = cli("train", "--config", config.toString(), "--out",
          tmp.resolve("bad").toString());
      assertEquals(1, bad.exitCode());
      assertEquals("contrastive4j: " + config + ": task.discriminator: must be one of uniform, "
          + "bilinear_glorot, was 'glorot'", bad.err().strip(), task);
    }
    java.nio.file.Files.writeString(config, """
        task:
          type: rewired-dgi
          discriminator: 1
          corruptor: {type: rewire-edges, rate: 1.5}
        training: {epochs: 0}
        """);
    Run bad = cli("train", "--config", config.toString(), "--out", tmp.resolve("bad").toString());
    assertEquals(1, bad.exitCode());
    assertEquals(List.of("contrastive4j: " + config + ": 3 problems:",
        "  task.discriminator: must be one of uniform, bilinear_glorot, was '1'",
        "  task.corruptor.rate: must be in [0, 1], was 1.5",
        "  training.epochs: must be at least 1, was 0"), bad.err().strip().lines().toList());
    assertTrue(java.nio.file.Files.notExists(tmp.resolve("bad")));
  }

  /** The names of the parameters of the run in {@code run}, as its checkpoint lists them. */
  private static List<String> parameterNames(Path run) throws Exception {
    List<String> names = new java.util.ArrayList<>();
    JSON.readTree(run.resolve("checkpoint").resolve("progress.json").toFile())
        .get("parameters").forEach(p -> names.add(p.get("name").asText()));
    return names;
  }

  @Test
  void aPluginReadoutsParametersAreOptionsToo(@TempDir Path tmp) throws Exception {
    // The generated task's own readout is scaled-nodes: --readout-param sets its norm.
    Path out = tmp.resolve("run");
    Run train = cli("train", "--task", "rewired-dgi", "--readout-param", "norm=2", "--epochs",
        "1", "--hidden", "8", "--probe-repeats", "1", "--quiet", "--out", out.toString());
    assertEquals(0, train.exitCode(), train.err());
    JsonNode readout = JSON.readTree(out.resolve("config.json").toFile()).get("task")
        .get("readout");
    assertEquals(JSON.readTree("{\"type\": \"scaled-nodes\", \"norm\": 2.0}"), readout);

    // Checked as the plugin's @Param bounds check a configuration's value.
    Run bad = cli("train", "--readout", "scaled-nodes", "--readout-param", "norm=-1", "--out",
        tmp.resolve("bad").toString());
    assertEquals(1, bad.exitCode());
    assertEquals("contrastive4j: --readout-param norm=-1: task.readout.norm: must be >= 0, was "
        + "-1.0", bad.err().strip());
    assertTrue(java.nio.file.Files.notExists(tmp.resolve("bad")));
  }

  @Test
  void anUnknownTaskListsThePluginTasksToo() {
    Run run = cli("train", "--task", "simclr");
    assertEquals(1, run.exitCode());
    assertEquals("contrastive4j: unknown task 'simclr'; use one of [barlow-twins, dgi, "
        + "rewired-dgi, triplet, vicreg] (a plugin adds its tasks when its jar is on the class "
        + "path: CONTRASTIVE4J_CLASSPATH)", run.err().strip());
  }
}
