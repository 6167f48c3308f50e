package dev.contrastive4j.runtime.cli;

import static dev.contrastive4j.api.experiment.dsl.Experiments.experiment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/experiments/dgi-cora-paper.yaml, the DGI paper's protocol, reads as every choice of the
 * reference code, takes the command line's --data-dir, --seed and --out, and trains.
 */
class DgiPaperExperimentFileTest {
  static final Path FILE = Path.of("..", "docs", "experiments", "dgi-cora-paper.yaml");

  @TempDir Path tmp;

  static Experiment paper() {
    return experiment(x -> x
        .dataset(d -> d.name("cora").normalizeFeatures(true))
        .encoder(g -> g.units(512).activation("prelu_shared"))
        .task(t -> t.discriminator("bilinear_glorot"))
        .training(t -> t.epochs(10000).learningRate(0.001).weightDecay(0.0).patience(20))
        .evaluation(v -> v.probeProtocol("dgi_paper").probeRepeats(50)));
  }

  @Test
  void theFileHoldsEveryChoiceOfTheReferenceCode() {
    assertEquals(paper(), ExperimentFiles.read(FILE));
  }

  @Test
  void theCommandLineSetsTheDataTheSeedAndTheRunDirectory() {
    TrainCommand train = new TrainCommand();
    train.dataDir = tmp.resolve("planetoid");
    train.seed = 3L;
    Experiment e = train.apply(ExperimentFiles.read(FILE));
    assertEquals(tmp.resolve("planetoid").toAbsolutePath().toString(), e.dataset().dataDir());
    assertEquals("cora", e.dataset().name());
    assertTrue(e.dataset().normalizeFeatures(), "--data-dir keeps normalize_features");
    assertEquals(3L, e.seed());
    assertEquals(paper().evaluation(), e.evaluation());
    assertEquals(paper().encoder(), e.encoder());
    assertEquals(paper().task(), e.task());
  }

  @Test
  void itTrainsAndProbesByThePapersProtocol() throws Exception {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.trainExample(out, "--config", FILE.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertEquals("dgi_paper", summary.get("probe_protocol").asText());
    String config = Files.readString(out.resolve("config.json"));
    assertTrue(config.contains("\"activation\" : \"prelu_shared\"")
        || config.contains("\"activation\": \"prelu_shared\""), config);
    assertTrue(config.contains("bilinear_glorot"), config);
  }

  @Test
  void theReadmeGivesTheCommandThatRunsTheFile() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    assertTrue(readme.contains("./contrastive4j train --config docs/experiments/"
        + "dgi-cora-paper.yaml --data-dir ../shared/datasets/planetoid --seed S --quiet"));
  }
}
