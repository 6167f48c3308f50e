package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --normalize-features}: recorded in config.json, changes what is trained, refused
 * for features it cannot normalize, and part of the configuration a resume must keep.
 */
class NormalizeFeaturesOptionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private CliRun train(Path out, String... more) {
    return CliRun.trainExample(out, more);
  }

  @Test
  void theOptionIsRecordedAndChangesWhatIsTrained() throws Exception {
    Path plain = tmp.resolve("plain");
    Path normalized = tmp.resolve("normalized");
    assertEquals(0, train(plain).exitCode());
    CliRun run = train(normalized, "--normalize-features");
    assertEquals(0, run.exitCode(), run.err());

    JsonNode dataset = JSON.readTree(normalized.resolve("config.json").toFile()).get("dataset");
    assertEquals(true, dataset.get("normalize_features").asBoolean());
    assertEquals(false, JSON.readTree(plain.resolve("config.json").toFile()).get("dataset")
        .get("normalize_features").asBoolean());
    // Same seed, same data but for the scale of each feature row: other embeddings.
    assertFalse(java.util.Arrays.equals(Files.readAllBytes(plain.resolve("embeddings.npy")),
        Files.readAllBytes(normalized.resolve("embeddings.npy"))));
  }

  @Test
  void negativeFeaturesAreRefusedAtTheFieldBeforeAnythingIsWritten() throws Exception {
    Path data = tmp.resolve("toy");
    TreeCopy.copy(DatasetInfoCommandTest.exampleDirectory(), data);
    Path words = data.resolve("nodes/paper/feat.csv");
    Files.writeString(words, Files.readString(words).replaceFirst("1,1,0,0", "1,-1,0,0"));
    Path out = tmp.resolve("run");
    CliRun run = CliRun.of("train", "--dataset", data.toString(), "--normalize-features",
        "--epochs", "1", "--quiet", "--out", out.toString());
    assertEquals(1, run.exitCode());
    assertEquals(1, run.errLines().length, run.err());
    assertEquals("contrastive4j: dataset.normalize_features: data set 'toy-citations': node set "
        + "'paper', feature 'feat': holds a negative value (-1.0); row normalization is for "
        + "non-negative features such as word counts", run.errLines()[0]);
    assertFalse(Files.exists(out));
  }

  @Test
  void aResumeMustKeepTheSetting() throws Exception {
    Path out = tmp.resolve("run");
    assertEquals(0, train(out, "--normalize-features").exitCode());
    String summary = Files.readString(out.resolve("summary.json"));

    CliRun off = CliRun.of("train", "--resume", out.toString(), "--no-normalize-features");
    assertEquals(1, off.exitCode());
    assertEquals("contrastive4j: --resume: " + out + " was made with another configuration "
        + "(dataset.normalize_features: true in " + out.resolve("config.json") + ", false here); "
        + "resume it without changing options other than --epochs and --checkpoint-every, or "
        + "start a new run",
        off.errLines()[0]);

    // config.json edited by hand after the checkpoint: the run would go on with other data.
    Path config = out.resolve("config.json");
    Files.writeString(config, Files.readString(config)
        .replace("\"normalize_features\" : true", "\"normalize_features\" : false"));
    CliRun edited = CliRun.of("train", "--resume", out.toString(), "--epochs", "4", "--quiet");
    assertEquals(1, edited.exitCode());
    assertEquals("contrastive4j: " + config + ": was changed after the run's checkpoint was "
        + "written (dataset.normalize_features: true in " + out.resolve("checkpoint")
        .resolve("config.json") + ", false here); continuing would train one run under two "
        + "configurations: undo the change, or start a new run", edited.errLines()[0]);
    assertEquals(summary, Files.readString(out.resolve("summary.json")));
  }
}
