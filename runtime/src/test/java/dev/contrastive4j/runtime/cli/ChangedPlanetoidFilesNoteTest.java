package dev.contrastive4j.runtime.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.runtime.data.planetoid.PlanetoidName;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import dev.contrastive4j.runtime.testing.PlanetoidCopies;
import dev.contrastive4j.runtime.testing.SharedData;
import dev.contrastive4j.runtime.testing.SystemProperty;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cora read from files that parse but are not the published ones: every command that reads it
 * goes on and says so in one note on stderr, naming the files. Skipped without the shared data,
 * except on CI.
 */
class ChangedPlanetoidFilesNoteTest {
  @TempDir
  Path tmp;

  @Test
  void datasetInfoOnAChangedDataDirSaysWhichFile() throws IOException {
    Path copy = PlanetoidCopies.of(PlanetoidName.CORA, tmp.resolve("cora"));
    PlanetoidCopies.swapFirstTwoLines(copy.resolve("ind.cora.test.index"));
    CliRun run = CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir", copy.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(CliRun.of("dataset", "info", "--dataset", "cora", "--data-dir",
        SharedData.planetoidDir().toString()).out(), run.out());
    assertArrayEquals(new String[] {note(copy.resolve("ind.cora.test.index"))}, run.errLines());
  }

  @Test
  void trainAndEvaluateSayItOnceTheRunIsBuilt() throws IOException {
    Path copy = PlanetoidCopies.of(PlanetoidName.CORA, tmp.resolve("cora"));
    PlanetoidCopies.swapFirstTwoLines(copy.resolve("ind.cora.test.index"));
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
    Path entry = PlanetoidCopies.of(PlanetoidName.CORA, cacheRoot.resolve("planetoid/cora"));
    PlanetoidCopies.swapFirstTwoLines(entry.resolve("ind.cora.test.index"));
    PlanetoidCopies.countOneWordTwice(entry.resolve("ind.cora.tx"));
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
    PlanetoidCopies.of(PlanetoidName.CORA, cacheRoot.resolve("planetoid/cora"));
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
}
