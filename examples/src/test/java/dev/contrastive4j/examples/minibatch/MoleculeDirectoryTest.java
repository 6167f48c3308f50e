package dev.contrastive4j.examples.minibatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.runtime.cli.Main;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The molecules written as a directory read back as written, and train from the command line. */
class MoleculeDirectoryTest {
  @Test
  void sixtyMoleculesWrittenAsADirectoryTrainFromTheCommandLine(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("molecules");
    MoleculeDirectory.write(60, 0, dir);
    GraphDataset written = MoleculeDirectory.dataset(60, 0);
    GraphDataset read = DatasetDirectoryReader.read(dir);
    assertEquals(LabelLevel.GRAPH, read.labelLevel());
    assertArrayEquals(written.graph().nodeSet("atom").sizes(),
        read.graph().nodeSet("atom").sizes());
    assertArrayEquals(written.labels(), read.labels());
    assertEquals(written.split(), read.split());

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute("train", "--dataset", dir.toString(), "--batch-components", "16",
        "--readout", "pool", "--hidden", "16", "--lr", "0.01", "--epochs", "3",
        "--probe-repeats", "1", "--quiet", "--out", tmp.resolve("run").toString());
    assertEquals(0, code, err.toString());
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertEquals("graph", summary.get("probe_level").asText());
    // 12 test molecules of three kinds: chance is a third.
    assertTrue(summary.get("test_accuracy").asDouble() > 0.6, out.toString());
  }
}
