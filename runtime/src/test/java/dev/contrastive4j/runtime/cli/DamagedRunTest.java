package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.runtime.io.NpyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --run} and {@code train --resume} on a run directory whose files were damaged:
 * one line naming the file (and the field) at fault, and nothing rewritten.
 */
class DamagedRunTest {
  @TempDir static Path tmp;
  private static Path run;

  @BeforeAll
  static void trainOnce() {
    run = CliRun.tinyRun(tmp.resolve("run"));
  }

  /** A copy of the run with {@code file} replaced by {@code content}. */
  private static Path damaged(String name, String file, byte[] content) throws Exception {
    Path copy = tmp.resolve(name);
    TreeCopy.copy(run, copy);
    Files.write(copy.resolve(file), content);
    return copy;
  }

  /**
   * A copy of the run as it is before its first checkpoint: no checkpoint, no metrics, no
   * summary.
   */
  private static Path withoutCheckpoint(String name) throws Exception {
    Path dir = damaged(name, "metrics.jsonl", new byte[0]);
    Files.delete(dir.resolve("summary.json"));
    try (var files = Files.walk(dir.resolve("checkpoint"))) {
      for (Path p : (Iterable<Path>) files.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
    return dir;
  }

  /**
   * Asserts that {@code result} failed with one line starting with {@code start}, and that the
   * summary of {@code dir} (if it has one; a copy {@link #withoutCheckpoint} has none) is not
   * rewritten.
   */
  private static void assertOneLineNaming(CliRun result, String start, Path dir)
      throws Exception {
    assertEquals(1, result.exitCode(), result.out());
    assertEquals(1, result.errLines().length, result.err());
    assertTrue(result.err().startsWith("contrastive4j: " + start), result.err());
    assertFalse(result.err().contains("Source: REDACTED"), result.err());
    Path summary = dir.resolve("summary.json");
    if (Files.exists(summary)) {
      assertEquals(Files.readString(run.resolve("summary.json")), Files.readString(summary),
          "the summary is not rewritten");
    }
  }

  @Test
  void aPictureThatCannotBeWrittenIsOneLineNamingTheFile() throws Exception {
    // Resumed after the probe, the run draws its pictures again; embeddings.png is in the way.
    Path dir = tmp.resolve("picture-in-the-way");
    TreeCopy.copy(run, dir);
    Files.delete(dir.resolve("summary.json"));
    Files.delete(dir.resolve("embeddings.png"));
    Files.createDirectories(dir.resolve("embeddings.png").resolve("x"));
    CliRun result = CliRun.of("train", "--resume", dir.toString(), "--quiet");
    assertEquals(1, result.exitCode(), result.out());
    assertEquals(1, result.errLines().length, result.err());
    // The run first removes the pictures of its earlier finish.
    assertEquals("contrastive4j: " + dir.resolve("embeddings.png") + ": cannot be deleted ("
        + dir.resolve("embeddings.png") + " is a directory that is not empty)",
        result.errLines()[0]);
  }

  @Test
  void aConfigWithAValueOfTheWrongKindNamesTheField() throws Exception {
    Path dir = damaged("bad-seed", "config.json",
        Files.readString(run.resolve("config.json")).replaceFirst("\"seed\" : 0", "\"seed\" : \"x\"")
            .getBytes());
    String expected = dir.resolve("config.json") + ": seed: must be an integer, was \"x\"";
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), expected, dir);
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"), expected, dir);
  }

  @Test
  void aCutOffOrDoubledConfigIsOneLineNamingWhere() throws Exception {
    byte[] config = Files.readAllBytes(run.resolve("config.json"));
    Path cut = damaged("cut-config", "config.json", Arrays.copyOf(config, config.length / 2));
    assertOneLineNaming(CliRun.of("evaluate", "--run", cut.toString()),
        cut.resolve("config.json") + ": line ", cut);
    // Pasted twice: not Jackson's 'Trailing token (of type START_OBJECT) found after value'.
    byte[] twice = (new String(config) + new String(config)).getBytes();
    Path doubled = damaged("doubled-config", "config.json", twice);
    String lines = String.valueOf(new String(config).lines().count() + 1);
    assertOneLineNaming(CliRun.of("train", "--resume", doubled.toString(), "--quiet"),
        doubled.resolve("config.json") + ": line " + lines + ", column 1: content after the end "
            + "of the document; a file holds one", doubled);
    Path directory = damaged("config-directory", "summary.json",
        Files.readAllBytes(run.resolve("summary.json")));
    Files.delete(directory.resolve("config.json"));
    Files.createDirectory(directory.resolve("config.json"));
    assertOneLineNaming(CliRun.of("evaluate", "--run", directory.toString()),
        directory.resolve("config.json") + ": is a directory, not a file", directory);
  }

  @Test
  void aRunWithoutACheckpointIsEvaluatedAfterItIsResumed() throws Exception {
    Path dir = withoutCheckpoint("no-checkpoint");
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), dir + ": has no "
        + "checkpoint: the run stopped before its first one; finish it with 'contrastive4j "
        + "train --resume " + dir + "'", dir);
  }

  @Test
  void aDamagedMetricsFileIsRewrittenFromTheCheckpointOnResume() throws Exception {
    // Not text (it failed: 'cannot be rewritten (MalformedInputException: Input length = 1)'),
    // emptied or cut off (the resumed run's file lacked the earlier epochs): every line is back.
    List<String> original = Files.readAllLines(run.resolve("metrics.jsonl"));
    assertEquals(2, original.size());
    byte[][] damages = {{(byte) 0xff, (byte) 0xfe, '\n'}, new byte[0],
        Arrays.copyOf(Files.readAllBytes(run.resolve("metrics.jsonl")), 30)};
    for (int i = 0; i < damages.length; i++) {
      Path dir = damaged("metrics-" + i, "metrics.jsonl", damages[i]);
      CliRun resumed = CliRun.of("train", "--resume", dir.toString(), "--quiet", "--epochs", "3");
      assertEquals(0, resumed.exitCode(), resumed.err());
      List<String> lines = Files.readAllLines(dir.resolve("metrics.jsonl"));
      assertEquals(original, lines.subList(0, 2), "damage " + i);
      assertEquals(3, lines.size());
      assertTrue(lines.get(2).startsWith("{\"epoch\":3,"), lines.get(2));
    }
  }

  @Test
  void aTruncatedProgressFileIsOneLineNamingIt() throws Exception {
    byte[] progress = Files.readAllBytes(run.resolve("checkpoint/progress.json"));
    Path dir = damaged("cut-progress", "checkpoint/progress.json",
        Arrays.copyOf(progress, progress.length / 2));
    String expected = dir.resolve("checkpoint/progress.json") + ": not valid JSON at line ";
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), expected, dir);
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"), expected, dir);
  }

  @Test
  void aProgressFileWithoutAFieldNamesTheField() throws Exception {
    Path dir = damaged("no-best-loss", "checkpoint/progress.json",
        Files.readString(run.resolve("checkpoint/progress.json"))
            .replace("\"best_loss\"", "\"bst_loss\"").getBytes());
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"),
        dir.resolve("checkpoint/progress.json") + ": missing field 'best_loss'", dir);
  }

  @Test
  void aTruncatedParameterFileIsNamedItself() throws Exception {
    byte[] npy = Files.readAllBytes(run.resolve("checkpoint/parameters/000.npy"));
    Path dir = damaged("cut-npy", "checkpoint/parameters/000.npy", Arrays.copyOf(npy, 100));
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"),
        dir.resolve("checkpoint/parameters/000.npy") + ": truncated", dir);
  }

  @Test
  void aBestParameterFileHoldingNaNIsNamedNotTheEmbeddings() throws Exception {
    Path dir = damaged("nan-best", "config.json", Files.readAllBytes(run.resolve("config.json")));
    Path best = dir.resolve("checkpoint/best/000.npy");
    NpyFiles.write(best, NpyFiles.read(best).dup().putScalar(0, Double.NaN));
    // It said 'embeddings row 14 (column 0) is NaN; embeddings must be finite'.
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), best + ": element [", dir);
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"),
        best + ": element [", dir);
  }

  @Test
  void aParameterOfAnotherShapeNamesTheFileAndTheParameter() throws Exception {
    Path dir = damaged("other-units", "config.json",
        Files.readString(run.resolve("config.json")).replaceFirst("\"units\" : \\[ 8 \\]",
            "\"units\" : [ 4 ]").getBytes());
    // Both first find config.json edited since the checkpoint was written (evaluate probed
    // the edited model when the shapes allowed it: self_loops off gave other numbers).
    String edited = dir.resolve("config.json") + ": was changed after the run's checkpoint was "
        + "written (encoder.units: [8] in " + dir.resolve("checkpoint/config.json")
        + ", [4] here); ";
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), edited + "evaluating "
        + "it would probe another model than the one trained: undo the change, or start a new "
        + "run", dir);
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"),
        edited + "continuing would train", dir);
    // A checkpoint without the copy of config.json (written before checkpoints kept one):
    // evaluate reads the best parameters, --resume the current ones.
    Files.delete(dir.resolve("checkpoint/config.json"));
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()),
        dir.resolve("checkpoint/best/000.npy") + ": parameter 'encoder/gcn_0/", dir);
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"),
        dir.resolve("checkpoint/parameters/000.npy") + ": parameter 'encoder/gcn_0/", dir);
  }

  @Test
  void aFinishedRunWhoseCheckpointIsGoneIsNeitherCalledStoppedNorTrainedAgain()
      throws Exception {
    // evaluate said the run stopped before its first checkpoint and to resume it, and the
    // resume trained it again from the first epoch over its outputs.
    Path dir = tmp.resolve("finished-without-checkpoint");
    TreeCopy.copy(run, dir);
    Files.delete(dir.resolve("checkpoint/progress.json"));
    List<String> metrics = Files.readAllLines(dir.resolve("metrics.jsonl"));
    byte[] embeddings = Files.readAllBytes(dir.resolve("embeddings.npy"));
    String lost = dir + ": has no checkpoint, though the run finished (its summary.json is "
        + "there): checkpoint/ was removed or damaged; ";
    assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), lost + "evaluate "
        + "rebuilds the model from it, so it cannot probe this run again (its summary.json and "
        + "embeddings.npy hold what the run's own probe found and used)", dir);
    assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"), lost
        + "resumed, it would train again from the first epoch over the finished run's outputs: "
        + "start a new run instead", dir);
    assertEquals(metrics, Files.readAllLines(dir.resolve("metrics.jsonl")));
    assertArrayEquals(embeddings, Files.readAllBytes(dir.resolve("embeddings.npy")));
  }

  @Test
  void temporaryFilesThatARunCutOffWhileWritingLeftAreRemovedOnResume() throws Exception {
    // Killed while drawing loss.png and writing summary.json: their temporary files stayed
    // after the resumed run had written both.
    Path dir = tmp.resolve("stray-temporary-files");
    TreeCopy.copy(run, dir);
    Files.delete(dir.resolve("summary.json"));
    Files.writeString(dir.resolve(".loss.png.5d1c08e4a7b2.tmp"), "partial");
    Files.writeString(dir.resolve(".summary.json.7f3a.tmp"), "{\"dataset\"");
    Files.writeString(dir.resolve("notes.txt"), "the user's own");
    CliRun result = CliRun.of("train", "--resume", dir.toString(), "--quiet");
    assertEquals(0, result.exitCode(), result.err());
    try (var files = Files.list(dir)) {
      assertEquals(List.of(".lock", "checkpoint", "config.json", "embeddings.npy",
          "embeddings.png", "loss.png", "metrics.jsonl", "notes.txt", "summary.json"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aRunStillTrainingBeforeItsFirstCheckpointIsNotCalledStopped() throws Exception {
    Path dir = withoutCheckpoint("still-training");
    // A run of 100 epochs made with --checkpoint-every 20: the message gives its first
    // checkpoint's epoch.
    Path config = dir.resolve("config.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode recorded = (ObjectNode) json.readTree(config.toFile());
    ((ObjectNode) recorded.get("training")).put("epochs", 100).put("checkpoint_every", 20);
    json.writeValue(config.toFile(), recorded);
    // The run that writes it holds its lock (here, in this process).
    try (var running = dev.contrastive4j.runtime.run.RunDirectory.open(dir)) {
      running.lock();
      // It said the run had stopped and to resume it, which the run's lock then refused.
      assertOneLineNaming(CliRun.of("evaluate", "--run", dir.toString()), dir + ": has no "
          + "checkpoint yet: the run is still training and writes its first one at epoch 20 "
          + "(or at its end); evaluate it after that", dir);
      assertOneLineNaming(CliRun.of("train", "--resume", dir.toString(), "--quiet"), dir
          + ": is in use: another run is writing it (it holds .lock); wait for that run to "
          + "end, or stop it, before resuming or writing this one", dir);
    }
  }
}
