package dev.contrastive4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidName;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import dev.contrastive4j.runtime.testing.PlanetoidCopies;
import dev.contrastive4j.runtime.testing.SharedData;
import dev.contrastive4j.runtime.testing.SystemProperty;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Planetoid mirror of CONTRASTIVE4J_PLANETOID_URL, as the README describes it, and which data
 * sets have Planetoid files to compare with the published ones.
 */
class DatasetsTest {
  @TempDir
  Path tmp;

  @Test
  void onlyPlanetoidFilesAreComparedWithThePublishedOnes() throws Exception {
    assertEquals(List.of(), Datasets.changedPlanetoidFiles("csbm", tmp));
    assertEquals(List.of(), Datasets.changedPlanetoidFiles(tmp.toString(), tmp));
  }

  @Test
  void aChangedCopyIsLookedForInTheDataDirectoryElseInTheCache() throws Exception {
    Path entry = PlanetoidCopies.of(PlanetoidName.CORA, tmp.resolve("planetoid/cora"));
    PlanetoidCopies.swapFirstTwoLines(entry.resolve("ind.cora.test.index"));
    List<Path> changed = List.of(entry.resolve("ind.cora.test.index"));
    assertEquals(changed, Datasets.changedPlanetoidFiles("Cora", entry));
    SystemProperty.with(PlanetoidSource.CACHE_PROPERTY, tmp.toString(), () -> {
      assertEquals(changed, Datasets.changedPlanetoidFiles("cora", null));
      // A data directory is the only place looked in.
      assertEquals(List.of(), Datasets.changedPlanetoidFiles("cora", SharedData.planetoidDir()));
    });
  }

  @Test
  void aDataSetNotInTheCacheHasNoChangedFiles() throws Exception {
    // Nothing is downloaded to find out.
    SystemProperty.with(PlanetoidSource.CACHE_PROPERTY, tmp.toString(),
        () -> assertEquals(List.of(), Datasets.changedPlanetoidFiles("Cora", null)));
    assertEquals(List.of(), Files.list(tmp).toList());
  }

  @Test
  void aMirrorIsWhereTheFilesAreDownloadedFrom() {
    assertEquals(URI.create("http://127.0.0.1:8080/planetoid"),
        Datasets.planetoidSource(null, " http://127.0.0.1:8080/planetoid ").baseUrl());
  }

  @Test
  void aMirrorThatIsNotHttpNamesTheVariable() {
    // It said "Planetoid base URL must be http or https, was 'ftp://...'", which left the user
    // to guess where that URL came from.
    DatasetException e = assertThrows(DatasetException.class,
        () -> Datasets.planetoidSource(null, "ftp://mirror.example/planetoid"));
    assertEquals("CONTRASTIVE4J_PLANETOID_URL = 'ftp://mirror.example/planetoid' is not an "
        + "http(s) URL", e.getMessage());
  }

  @Test
  void aMirrorThatIsNoUrlNamesTheVariable() {
    DatasetException e = assertThrows(DatasetException.class,
        () -> Datasets.planetoidSource(null, "http://mirror example/"));
    assertTrue(e.getMessage().startsWith("CONTRASTIVE4J_PLANETOID_URL = 'http://mirror "
        + "example/' is not an http(s) URL ("), e.getMessage());
  }
}
