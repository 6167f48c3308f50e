package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryWriter;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory of many graphs that labels graphs, from the command line: {@code train} reads
 * it in mini-batches with a graph-level probe, and {@code evaluate --run} and {@code train
 * --resume} load it again from the run's {@code config.json}.
 */
class ManyGraphsDirectoryCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** 40 rings of two kinds (chance is a half): 24 train, 8 val, 8 test graphs. */
  private static final GraphDataset GRAPHS = SmallGraphs.twoKinds(40, 7);

  @TempDir static Path tmp;
  private static Path data;

  @BeforeAll
  static void writeTheDirectory() {
    data = tmp.resolve("two-kinds");
    DatasetDirectoryWriter.write(GRAPHS, data, ArrayFormat.NPY);
  }

  private static JsonNode succeeded(CliRun run) throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    return JSON.readTree(run.out());
  }

  @Test
  void trainsInMiniBatchesThenEvaluatesAndResumesTheRun(@TempDir Path runs) throws Exception {
    Path out = runs.resolve("run");
    JsonNode summary = succeeded(CliRun.of("train", "--dataset", data.toString(),
        "--batch-components", "16", "--readout", "pool", "--epochs", "5", "--hidden", "8",
        "--lr", "0.01", "--seed", "1", "--probe-repeats", "1", "--quiet", "--out",
        out.toString()));
    assertEquals("graph", summary.get("probe_level").asText());
    assertEquals(5, summary.get("epochs_run").asInt());
    double accuracy = summary.get("test_accuracy").asDouble();
    assertTrue(accuracy >= 0.9, "chance is 0.5, got " + accuracy);
    assertArrayEquals(new long[] {40, 8},
        NpyFiles.read(out.resolve(RunDirectory.GRAPH_EMBEDDINGS)).shape());
    JsonNode config = JSON.readTree(out.resolve(RunDirectory.CONFIG).toFile());
    assertEquals(data.toAbsolutePath().toString(), config.at("/dataset/name").asText());
    assertEquals("pool", config.at("/task/readout/type").asText());

    JsonNode evaluated = succeeded(CliRun.of("evaluate", "--run", out.toString()));
    assertEquals("graph", evaluated.get("probe_level").asText());
    assertEquals(accuracy, evaluated.get("test_accuracy").asDouble());

    JsonNode resumed = succeeded(CliRun.of("train", "--resume", out.toString(), "--epochs", "7",
        "--quiet"));
    assertEquals(7, resumed.get("epochs_run").asInt());
    assertEquals("graph", resumed.get("probe_level").asText());
  }
}
