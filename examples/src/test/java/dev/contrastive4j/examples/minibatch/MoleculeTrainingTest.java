package dev.contrastive4j.examples.minibatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.data.LabelLevel;
import dev.contrastive4j.runtime.io.NpyFiles;
import dev.contrastive4j.runtime.run.RunDirectory;
import dev.contrastive4j.runtime.run.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mini-batch example trains as README.md says, and README.md shows its code. */
class MoleculeTrainingTest {
  @Test
  void sixtyMoleculesTrainInStepsOfSixteen(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    RunSummary summary = MoleculeTraining.train(60, 0, 3, out);
    assertEquals(3, summary.epochsRun());
    assertEquals(3, Files.readAllLines(out.resolve("metrics.jsonl")).size());
    JsonNode progress = new ObjectMapper().readTree(
        out.resolve("checkpoint").resolve("progress.json").toFile());
    // Four mini-batches of 16, 16, 16 and 12 molecules per epoch.
    assertEquals(12, progress.get("optimizer_iteration").asInt());
    // The probe classified molecules (12 test molecules; chance is a third), one row each.
    assertEquals(LabelLevel.GRAPH, summary.probeLevel());
    assertTrue(summary.testAccuracy() > 0.6, "test accuracy " + summary.testAccuracy());
    assertArrayEquals(new long[] {60, 64},
        NpyFiles.read(out.resolve(RunDirectory.GRAPH_EMBEDDINGS)).shape());
  }

  @Test
  void theReadmeShowsTheExamplesCode() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher block = Pattern.compile("<!-- check: molecules -->\\s*\\n```java\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has no block marked 'molecules'");
    List<String> source = Files.readAllLines(Path.of("src", "main", "java", "dev",
        "contrastive4j", "examples", "minibatch", "MoleculeTraining.java"));
    int from = indexOf(source, "shows the lines from here") + 1;
    int to = indexOf(source, "... to here.");
    String shown = String.join("\n", source.subList(from, to).stream()
        .map(line -> line.length() >= 4 ? line.substring(4) : line.strip()).toList()) + "\n";
    assertEquals(shown, block.group(1));
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(marker)) {
        return i;
      }
    }
    throw new AssertionError("no line with '" + marker + "' in MoleculeTraining.java");
  }
}
