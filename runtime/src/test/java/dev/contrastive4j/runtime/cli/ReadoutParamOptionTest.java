package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.runtime.config.ExperimentFiles;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --readout-param NAME=VALUE} sets a parameter of the readout as a configuration's
 * {@code task.readout.NAME} does, so that a pool readout of sums or maxima needs no file; what
 * the readout does not take is one line naming the option, and nothing is written.
 */
class ReadoutParamOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Experiment apply(String readout, List<String> params, Experiment base) {
    TrainCommand train = new TrainCommand();
    train.readout = readout;
    train.readoutParams = params;
    return train.apply(base);
  }

  @Test
  void aParameterIsSetOnTheReadoutOfTheOptionOrOfTheConfiguration() {
    assertEquals(new ReadoutSpec.Pool("sum"),
        apply("pool", List.of("pooling=sum"), Experiment.defaults()).task().readout());
    Experiment configured = new ExperimentMapper().readYaml(
        "task: {type: vicreg, readout: {type: pool, pooling: max}}");
    assertEquals(new ReadoutSpec.Pool("sum"),
        apply("pool", List.of("pooling=sum"), configured).task().readout());
    assertEquals(new ReadoutSpec.Pool("mean"),
        apply(null, List.of("pooling=mean"), configured).task().readout());
    // Given twice, the last one counts, as a later option overrides an earlier one.
    assertEquals(new ReadoutSpec.Pool("max"), apply("pool",
        List.of("pooling=sum", "pooling=max"), Experiment.defaults()).task().readout());
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        Arguments.of(List.of("--readout", "first-node", "--readout-param", "pooling=sum"),
            "--readout-param pooling=sum: task.readout.pooling: the first-node readout has no "
                + "parameters"),
        // Without --readout, the readout is the default one, which reads every node.
        Arguments.of(List.of("--readout-param", "pooling=max"),
            "--readout-param pooling=max: task.readout.pooling: the all-nodes readout has no "
                + "parameters"),
        Arguments.of(List.of("--readout", "pool", "--readout-param", "pooling=median"),
            "--readout-param pooling=median: task.readout.pooling: must be one of mean, sum, "
                + "max, was 'median'"),
        Arguments.of(List.of("--readout", "pool", "--readout-param", "Pooling=sum"),
            "--readout-param Pooling=sum: task.readout.Pooling: the pool readout has no "
                + "parameter 'Pooling' (did you mean 'pooling'?)"),
        // Both are taken: the second names its own fault.
        Arguments.of(List.of("--readout", "pool", "--readout-param", "pooling=sum",
                "--readout-param", "size=2"),
            "--readout-param size=2: task.readout.size: the pool readout has no parameter "
                + "'size'; its parameters: pooling"),
        Arguments.of(List.of("--readout-param", "type=pool"),
            "--readout-param type=pool: task.readout.type: choose the readout's type with "
                + "--readout"),
        Arguments.of(List.of("--readout", "pool", "--readout-param", "pooling"),
            "--readout-param pooling: must be NAME=VALUE, such as pooling=sum"),
        // No name: it said the pool readout had no parameter ''.
        Arguments.of(List.of("--readout", "pool", "--readout-param", "=sum"),
            "--readout-param =sum: must be NAME=VALUE, such as pooling=sum"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void whatTheReadoutDoesNotTakeIsOneLineNamingTheOption(List<String> options, String expected,
      @TempDir Path tmp) {
    Path out = tmp.resolve("run");
    String[] args = Stream.concat(Stream.of("train", "--quiet", "--out", out.toString()),
        options.stream()).toArray(String[]::new);
    CliRun run = CliRun.of(args);
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of("contrastive4j: " + expected), List.of(run.errLines()));
    assertEquals("", run.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void theRunRecordsItAndResumeComparesIt(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("run");
    CliRun trained = CliRun.of("train", "--readout", "pool", "--readout-param", "pooling=sum",
        "--epochs", "2", "--hidden", "8", "--probe-repeats", "1", "--quiet", "--out",
        out.toString());
    assertEquals(0, trained.exitCode(), trained.err());
    Path config = out.resolve("config.json");
    JsonNode readout = JSON.readTree(config.toFile()).get("task").get("readout");
    assertEquals(JSON.readTree("{\"type\": \"pool\", \"pooling\": \"sum\"}"), readout);
    assertEquals(new ReadoutSpec.Pool("sum"), ExperimentFiles.read(config).task().readout());
    String recorded = Files.readString(config);

    // The same options resume the run; another pooling is another configuration.
    CliRun same = CliRun.of("train", "--resume", out.toString(), "--readout", "pool",
        "--readout-param", "pooling=sum", "--quiet");
    assertEquals(0, same.exitCode(), same.err());
    CliRun other = CliRun.of("train", "--resume", out.toString(), "--readout-param",
        "pooling=max", "--quiet");
    assertEquals(1, other.exitCode(), other.err());
    assertEquals(List.of("contrastive4j: --resume: " + out + " was made with another "
        + "configuration (task.readout.pooling: sum in " + config + ", max here); resume it "
        + "without changing options other than --epochs and --checkpoint-every, or start a "
        + "new run"),
        List.of(other.errLines()));
    assertEquals(recorded, Files.readString(config));
  }
}
