package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.testing.SystemProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The download cache on its own: installing an entry, and loading by name from it. */
class PlanetoidCacheTest {
  @TempDir
  Path dir;

  @Test
  void aCompleteEntryInstalledMeanwhileIsKept() throws IOException {
    // Another process was faster: its entry stays, the staged copy is not moved over it.
    PlanetoidCache cache = new PlanetoidCache(dir);
    Path entry = fill(Files.createDirectories(cache.entry(PlanetoidName.CORA)), "theirs");
    Path staging = fill(cache.newStagingDir(PlanetoidName.CORA), "ours");
    assertEquals(entry, cache.install(PlanetoidName.CORA, staging));
    assertEquals("theirs", Files.readString(entry.resolve("ind.cora.graph")));
    assertTrue(Files.isDirectory(staging));
  }

  @Test
  void loadingByNameAloneReadsTheDefaultCache() throws Exception {
    CoraCopy.in(Files.createDirectories(dir.resolve("planetoid").resolve("cora")));
    SystemProperty.with(PlanetoidSource.CACHE_PROPERTY, dir.toString(), () -> {
      GraphDataset cora = Planetoid.load("cora");
      assertEquals(2708, cora.labels().length);
    });
  }

  private static Path fill(Path dir, String text) throws IOException {
    for (PlanetoidFile f : PlanetoidFile.values()) {
      Files.writeString(dir.resolve(f.fileName(PlanetoidName.CORA)), text);
    }
    return dir;
  }
}
