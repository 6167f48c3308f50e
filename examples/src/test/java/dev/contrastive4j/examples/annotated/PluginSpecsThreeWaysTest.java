package dev.contrastive4j.examples.annotated;

import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Guice;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.cli.Main;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.inject.RunModule;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.run.ExperimentRun;
import dev.contrastive4j.runtime.run.ProgressReporter;
import dev.contrastive4j.runtime.run.RunDirectory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The example plugins' specs, which the processor generates, in the three forms the README
 * promises: the Java DSL ({@code RewiredDgiSpec.of(...)}), YAML and JSON give one experiment,
 * and a run of it writes one {@code config.json} whether made in code or by
 * {@code train --config}. (Kotlin's form is in {@code KotlinDslTest}.) The task's enum
 * parameter is written as each form spells it: the constant in Java, any case with {@code -} or
 * {@code _} in files.
 */
class PluginSpecsThreeWaysTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static final Experiment JAVA = experiment(x -> x
      .encoder(g -> g.units(8))
      .task(RewiredDgiSpec.of(t -> t
          .seed(3)
          .discriminator(DgiDiscriminator.BILINEAR_GLOROT)
          .corruptor(EdgeRewiringSpec.of(c -> c.rate(0.5).seed(9)))
          .readout(ScaledNodesSpec.of(r -> r.norm(2)))))
      .training(t -> t.epochs(2))
      .evaluation(v -> v.probeRepeats(1))
      .output(o -> o.charts(false)));

  static final String YAML = """
      encoder: {type: gcn, units: [8]}
      task:
        type: rewired-dgi
        seed: 3
        discriminator: bilinear-glorot
        corruptor: {type: rewire-edges, rate: 0.5, seed: 9}
        readout: {type: scaled-nodes, norm: 2}
      training: {epochs: 2}
      evaluation: {probe_repeats: 1}
      output: {charts: false}
      """;

  static final String JSON_TEXT = """
      {"encoder": {"type": "gcn", "units": [8]},
       "task": {"type": "rewired-dgi", "seed": 3, "discriminator": "BILINEAR_GLOROT",
                "corruptor": {"type": "rewire-edges", "rate": 0.5, "seed": 9},
                "readout": {"type": "scaled-nodes", "norm": 2}},
       "training": {"epochs": 2}, "evaluation": {"probe_repeats": 1},
       "output": {"charts": false}}
      """;

  @Test
  void javaDslYamlAndJsonGiveOneExperiment() {
    ExperimentMapper mapper = ExperimentMapper.withPlugins();
    assertEquals(JAVA, mapper.readYaml(YAML));
    assertEquals(JAVA, mapper.readJson(JSON_TEXT));
    // The defaults of a block left empty are the spec's own.
    assertEquals(RewiredDgiSpec.DEFAULT, RewiredDgiSpec.of(t -> {}));
  }

  @Test
  void aRunInCodeAndTrainConfigWriteOneConfigJson(@TempDir Path tmp) throws Exception {
    Path inCode = tmp.resolve("in-code");
    Guice.createInjector(new RunModule(JAVA)).getInstance(ExperimentRun.class)
        .run(RunDirectory.create(inCode), ProgressReporter.silent());
    Path file = Files.writeString(tmp.resolve("experiment.yaml"), YAML);
    Path fromFile = tmp.resolve("from-file");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    assertEquals(0, cli.execute("train", "--config", file.toString(), "--quiet", "--out",
        fromFile.toString()), err.toString());
    // Each records the directory it was written to; the rest is the same.
    assertEquals(configWithoutDirectory(inCode), configWithoutDirectory(fromFile));
    assertEquals("bilinear_glorot", configWithoutDirectory(fromFile).get("task")
        .get("discriminator").asText());
  }

  private static ObjectNode configWithoutDirectory(Path run) throws Exception {
    ObjectNode config = (ObjectNode) JSON.readTree(run.resolve("config.json").toFile());
    ((ObjectNode) config.get("output")).remove("directory");
    return config;
  }
}
