package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An option's value out of range is reported like a configuration's: one line naming the field
 * the option sets, exit status 1, nothing written.
 */
class OptionValueErrorTest {

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("--hidden", "0", "encoder.units[0]: must be positive, was 0"),
        Arguments.of("--hidden", "-3", "encoder.units[0]: must be positive, was -3"),
        Arguments.of("--epochs", "0", "training.epochs: must be at least 1, was 0"),
        Arguments.of("--patience", "-1", "training.patience: must be >= 0, was -1"),
        Arguments.of("--probe-repeats", "0",
            "evaluation.probe_repeats: must be at least 1, was 0"),
        // Beyond float's range the rate became Infinity (or 0) in training, without a word.
        Arguments.of("--lr", "1e300", "training.learning_rate: must be at most 3.4028235E38 "
            + "(the largest float, which training computes in), was 1.0E300"),
        Arguments.of("--lr", "1e-300", "training.learning_rate: must be at least 1.4E-45 "
            + "(the smallest float above 0, which training computes in), was 1.0E-300"),
        Arguments.of("--lr", "Infinity", "training.learning_rate: must be a finite number, was Infinity"),
        Arguments.of("--weight-decay", "1e39", "training.weight_decay: must be at most "
            + "3.4028235E38 (the largest float, which training computes in), was 1.0E39"));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void trainNamesTheFieldTheOptionSets(String option, String value, String expected,
      @TempDir Path tmp) {
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", option, value, "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: " + expected, run.errLines()[0]);
    assertFalse(Files.exists(out));
  }

  @Test
  void withAConfigFileOrAResumeTheOptionsProblemIsToldAsWithout(@TempDir Path tmp)
      throws Exception {
    // It said 'the experiment could not be read back (register its types first): ...', as the
    // options were compared with the file's (or the run's) values before they were checked.
    Path config = tmp.resolve("experiment.yaml");
    Files.writeString(config, "training: {epochs: 2}\n");
    Path out = tmp.resolve("run");
    String nan = "contrastive4j: training.learning_rate: must be a finite number, was NaN";
    CliRun fromFile = CliRun.of("train", "--config", config.toString(), "--lr", "NaN", "--quiet",
        "--out", out.toString());
    assertEquals(1, fromFile.exitCode(), fromFile.err());
    assertEquals(nan, fromFile.err().strip());
    assertFalse(Files.exists(out));

    Path run = CliRun.tinyRun(tmp.resolve("made"));
    CliRun resumed = CliRun.of("train", "--resume", run.toString(), "--lr", "NaN", "--quiet");
    assertEquals(1, resumed.exitCode(), resumed.err());
    assertEquals(nan, resumed.err().strip());
  }

  @Test
  void evaluateNamesTheFieldItsProbeRepeatsSets(@TempDir Path tmp) throws Exception {
    Path out = CliRun.tinyRun(tmp.resolve("run"));
    String summary = Files.readString(out.resolve("summary.json"));
    CliRun run = CliRun.of("evaluate", "--run", out.toString(), "--probe-repeats", "0");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: evaluation.probe_repeats: must be at least 1, was 0",
        run.errLines()[0]);
    assertEquals("", run.out());
    assertEquals(summary, Files.readString(out.resolve("summary.json")));
  }
}
