package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --probe-protocol}: recorded in config.json, named in summary.json, used again by
 * {@code evaluate --run}, and refused with candidates of C it would ignore.
 */
class ProbeProtocolOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private static CliRun train(Path out, String... more) {
    return CliRun.trainExample(out, more);
  }

  @Test
  void theRunProbesByThePapersProtocolAndEvaluateDoesAgain() throws Exception {
    Path out = tmp.resolve("paper");
    CliRun run = train(out, "--probe-protocol", "dgi_paper");
    assertEquals(0, run.exitCode(), run.err());
    // No C was chosen, so none is noted at an edge of the candidates.
    assertEquals(List.of("run written to " + out), List.of(run.errLines()));

    JsonNode evaluation = JSON.readTree(out.resolve("config.json").toFile()).get("evaluation");
    assertEquals("dgi_paper", evaluation.get("probe_protocol").asText());
    assertEquals(0, evaluation.get("probe_c").size(), evaluation.toString());
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals("dgi_paper", summary.get("probe_protocol").asText());
    assertEquals("Infinity", summary.get("probe_c").asText());

    CliRun evaluated = CliRun.of("evaluate", "--run", out.toString());
    assertEquals(0, evaluated.exitCode(), evaluated.err());
    assertEquals("", evaluated.err());
    JsonNode again = JSON.readTree(evaluated.out());
    assertEquals("dgi_paper", again.get("probe_protocol").asText());
    assertEquals("Infinity", again.get("probe_c").asText());
    // The same probes on the same embeddings: the same accuracy as the summary.
    assertEquals(summary.get("test_accuracy").asDouble(), again.get("test_accuracy").asDouble());
  }

  @Test
  void theDefaultRunSaysItsProtocol() throws Exception {
    Path out = tmp.resolve("default");
    assertEquals(0, train(out).exitCode());
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals("validated_l2", summary.get("probe_protocol").asText());
    CliRun evaluated = CliRun.of("evaluate", "--run", out.toString());
    assertEquals("validated_l2", JSON.readTree(evaluated.out()).get("probe_protocol").asText());
  }

  @Test
  void candidatesOfCFromTheConfigurationAreRefusedNotIgnored() throws Exception {
    Path config = tmp.resolve("experiment.yaml");
    Files.writeString(config, "evaluation: {probe_c: [0.5]}\n");
    Path out = tmp.resolve("run");
    CliRun run = train(out, "--config", config.toString(), "--probe-protocol", "dgi_paper");
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    // The file set probe_c, so the refusal names the file (as its schema errors do).
    assertEquals("contrastive4j: " + config + ": evaluation.probe_c: the dgi_paper probe protocol is "
        + "unregularized and chooses nothing on the validation split, so it takes no C; remove "
        + "probe_c, or use probe_protocol validated_l2", run.errLines()[0]);
    assertFalse(Files.exists(out));

    CliRun unknown = train(out, "--probe-protocol", "paper");
    assertEquals(1, unknown.exitCode());
    assertEquals("contrastive4j: evaluation.probe_protocol: must be one of validated_l2, "
        + "dgi_paper, was 'paper'", unknown.errLines()[0]);
  }
}
