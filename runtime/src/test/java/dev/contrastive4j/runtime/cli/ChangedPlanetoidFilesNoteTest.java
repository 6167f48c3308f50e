package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import dev.contrastive4j.runtime.testing.SharedData;
import dev.contrastive4j.runtime.testing.SystemProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cora read from files that parse but are not the published ones: every command that reads it
 * goes on and says so in one note on stderr, naming the files. Skipped without the shared data,
 * except on CI.
 */
class ChangedPlanetoidFilesNoteTest {
  private static final String[] SUFFIXES = {"x", "y", "tx", "ty", "allx", "ally", "graph",
      "test.index"};

  @TempDir
  Path tmp;

  @Test
  void datasetInfoOnAChangedDataDirSaysWhichFile() throws IOException {
    Path copy = coraCopy(tmp.resolve("cora"));
    reorder(copy.resolve("ind.cora.test.index"));
    CliRun run = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir", copy.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir",
        SharedData.planetoidDir().toString()).out(), run.out());
    assertArrayEquals(new String[] {note(copy.resolve("ind.cora.test.index"))}, run.errLines());
  }

  @Test
  void trainAndEvaluateSayItOnceTheRunIsBuilt() throws IOException {
    Path copy = coraCopy(tmp.resolve("cora"));
    reorder(copy.resolve("ind.cora.test.index"));
    Path out = tmp.resolve("run");
    String note = note(copy.resolve("ind.cora.test.index"));
    CliRun train = CliRun.of("train", "--dataset", "cora", "--data-dir", copy.toString(),
        "--epochs", "2", "--hidden", "8", "--probe-repeats", "1", "--quiet", "--out",
        out.toString());
    assertEquals(0, train.exitCode(), train.err());
    assertEquals(List.of(note, "run written to " + out), List.of(train.errLines()));
    CliRun evaluate = CliRun.of("evaluate", "--run", out.toString());
    assertEquals(0, evaluate.exitCode(), evaluate.err());
    assertArrayEquals(new String[] {note}, evaluate.errLines());
  }

  @Test
  void aChangedCachedCopyIsToBeDownloadedAgain() throws Exception {
    Path cacheRoot = tmp.resolve("cache");
    Path entry = coraCopy(cacheRoot.resolve("planetoid").resolve("cora"));
    reorder(entry.resolve("ind.cora.test.index"));
    countOneWordTwice(entry.resolve("ind.cora.tx"));
    SystemProperty.with(PlanetoidSource.CACHE_PROPERTY, cacheRoot.toString(), () -> {
      CliRun run = CliRun.of("dataset", "info", "--dataset", "cora");
      assertEquals(0, run.exitCode(), run.err());
      assertArrayEquals(new String[] {"contrastive4j: note: ind.cora.tx, ind.cora.test.index in "
          + entry + " hold other data than the files the Planetoid repository publishes: figures "
          + "on this cora are not comparable with published ones; delete the cached copy "
          + entry + " so that cora is downloaded again"}, run.errLines());
    });
  }

  @Test
  void thePublishedFilesGiveNoNote() throws Exception {
    CliRun run = CliRun.of("dataset", "info", "--dataset", "citeseer", "--data-dir",
        SharedData.planetoidDir().toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    // The same files as a cache entry.
    Path cacheRoot = tmp.resolve("cache");
    coraCopy(cacheRoot.resolve("planetoid").resolve("cora"));
    SystemProperty.with(PlanetoidSource.CACHE_PROPERTY, cacheRoot.toString(), () -> {
      CliRun cached = CliRun.of("dataset", "info", "--dataset", "cora");
      assertEquals(0, cached.exitCode(), cached.err());
      assertEquals("", cached.err());
    });
  }

  /** The note on one changed Cora file. */
  static String note(Path file) {
    return "contrastive4j: note: " + file + " holds other data than the file the Planetoid "
        + "repository publishes: figures on this cora are not comparable with published ones";
  }

  /** A copy of the shared Cora files in {@code dir}. */
  private static Path coraCopy(Path dir) throws IOException {
    Path shared = SharedData.planetoidDir();
    Files.createDirectories(dir);
    for (String suffix : SUFFIXES) {
      Files.copy(shared.resolve("ind.cora." + suffix), dir.resolve("ind.cora." + suffix));
    }
    return dir;
  }

  /** The last float32 1.0 of a pickled feature matrix made 2.0: a file that still parses. */
  private static void countOneWordTwice(Path features) throws IOException {
    byte[] bytes = Files.readAllBytes(features);
    for (int i = bytes.length - 4; i >= 0; i--) {
      if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == (byte) 0x80
          && bytes[i + 3] == 0x3f) {
        bytes[i + 2] = 0;
        bytes[i + 3] = 0x40;
        Files.write(features, bytes);
        return;
      }
    }
    throw new AssertionError("no float32 1.0 in " + features);
  }

  /**
   * The first two lines swapped: the same test nodes, two of them paired with each other's rows
   * of tx and ty, which the reader cannot tell from the published order.
   */
  private static void reorder(Path textFile) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(textFile));
    lines.set(0, lines.set(1, lines.get(0)));
    Files.write(textFile, lines);
  }
}
