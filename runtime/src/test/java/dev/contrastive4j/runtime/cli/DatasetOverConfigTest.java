package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --dataset} over a configuration of a Planetoid graph: the file's {@code data_dir}, which
 * only Planetoid graphs read, is left out with a note, instead of being refused as if the user
 * had given it; and names in another case are recorded as listed, so that a resume that spells
 * them the usual way matches.
 */
class DatasetOverConfigTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anotherDataSetLeavesThePlanetoidDirectoryOutWithANote(@TempDir Path tmp)
      throws Exception {
    Path config = tmp.resolve("cora.yaml");
    Files.writeString(config, """
        dataset: {name: cora, data_dir: /data/planetoid}
        evaluation: {probe_repeats: 1}
        output: {charts: false}
        """);
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--config", config.toString(), "--dataset", "csbm",
        "--epochs", "1", "--hidden", "8", "--quiet", "--out", out.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("contrastive4j: note: --dataset csbm left out the configuration's "
        + "dataset.data_dir (/data/planetoid): only the Planetoid data sets (cora, citeseer, "
        + "pubmed) are read from one", run.errLines()[0]);
    JsonNode dataset = JSON.readTree(out.resolve("config.json").toFile()).get("dataset");
    assertEquals("csbm", dataset.get("name").asText());
    assertFalse(dataset.has("data_dir"), dataset.toString());
  }

  @Test
  void namesTypedInAnotherCaseAreRecordedAsListedAndResumeMatchesThem(@TempDir Path tmp)
      throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"), "--dataset", "CSBM",
        "--probe-protocol", "Validated-L2");
    JsonNode config = JSON.readTree(out.resolve("config.json").toFile());
    assertEquals("csbm", config.get("dataset").get("name").asText());
    assertEquals("validated_l2", config.get("evaluation").get("probe_protocol").asText());
    CliRun resumed = CliRun.of("train", "--resume", out.toString(), "--dataset", "csbm",
        "--probe-protocol", "validated_l2", "--quiet");
    assertEquals(0, resumed.exitCode(), resumed.err());
    assertTrue(resumed.err().contains("had already finished"), resumed.err());
  }
}
