package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.runtime.io.JsonMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run writes as config.json, and that it trains again to the same numbers. */
class RunConfigTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void configJsonHoldsNoNullAndTrainsAgainToTheSameNumbers(@TempDir Path tmp)
      throws Exception {
    Path yaml = tmp.resolve("experiment.yaml");
    // Seeds left unset: derived from the task's seed, so not written (it wrote "seed": null).
    Files.writeString(yaml, """
        encoder: {type: gcn, units: [8]}
        task:
          type: triplet
          corruptor:
            type: compose
            steps: [{type: drop-edges, rate: 0.3}, {type: shuffle-features}]
        training: {epochs: 3}
        evaluation: {probe_repeats: 1}
        """);
    Path first = tmp.resolve("first");
    CliRun run = CliRun.of("train", "--config", yaml.toString(), "--quiet", "--out",
        first.toString());
    assertEquals(0, run.exitCode(), run.err());
    JsonNode config = JSON.readTree(first.resolve("config.json").toFile());
    assertNull(JsonMessages.firstNull(config), config.toString());
    JsonNode steps = config.get("task").get("corruptor").get("steps");
    assertEquals(JSON.readTree("{\"type\": \"drop-edges\", \"rate\": 0.3}"), steps.get(0));
    // Fixed defaults are written out; derived ones (node set, seeds) are left out.
    JsonNode task = config.get("task");
    assertEquals("hidden_state", task.get("feature").asText());
    assertEquals(JSON.readTree("{\"type\": \"all-nodes\"}"), task.get("readout"));
    assertEquals(JSON.readTree("{\"type\": \"compose\", \"steps\": [{\"type\": \"drop-edges\", "
        + "\"rate\": 0.2}, {\"type\": \"mask-feature-columns\", \"rate\": 0.2}]}"),
        task.get("positive_view"));
    assertNull(task.get("node_set"));
    assertNull(task.get("seed"));

    Path second = tmp.resolve("second");
    CliRun again = CliRun.of("train", "--config", first.resolve("config.json").toString(),
        "--quiet", "--out", second.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(Files.readString(first.resolve("metrics.jsonl")).replaceAll(
        "\"seconds\":[0-9.Ee-]+", ""), Files.readString(second.resolve("metrics.jsonl"))
        .replaceAll("\"seconds\":[0-9.Ee-]+", ""));
    assertEquals(JSON.readTree(run.out()).get("test_accuracy"),
        JSON.readTree(again.out()).get("test_accuracy"));
    // The same experiment but for the directory it was written to.
    ((com.fasterxml.jackson.databind.node.ObjectNode) config.get("output")).put("directory",
        second.toString());
    assertEquals(config, JSON.readTree(second.resolve("config.json").toFile()));
  }
}
