package dev.contrastive4j.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.experiment.EvaluationSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README.md describes the linear probe as it runs: its C chosen from the configured grid. */
class ReadmeProbeTest {
  private static final Pattern GRID =
      Pattern.compile("`evaluation\\.probe_c` \\(default ([0-9., ]+)\\)");

  @Test
  void theProbesGridOfCIsTheDefaultOne() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md")).replaceAll("\\s+", " ");
    Matcher m = GRID.matcher(readme);
    assertTrue(m.find(), "README.md names the probe's grid: `evaluation.probe_c` (default ...)");
    List<Double> documented = Arrays.stream(m.group(1).split(",\\s*"))
        .map(Double::valueOf).toList();
    assertEquals(EvaluationSpec.DEFAULT_PROBE_C, documented);
  }
}
