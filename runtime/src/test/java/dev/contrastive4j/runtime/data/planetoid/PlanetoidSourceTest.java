package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PlanetoidSourceTest {
  @Test
  void namesAreCaseInsensitive() {
    assertEquals(PlanetoidName.CORA, PlanetoidName.of(" CoRa "));
    assertEquals(PlanetoidName.CITESEER, PlanetoidName.of("CITESEER"));
    assertEquals(PlanetoidName.PUBMED, PlanetoidName.of("pubmed"));
    assertEquals("ind.citeseer.test.index", PlanetoidFile.TEST_INDEX.fileName(
        PlanetoidName.CITESEER));
  }

  @Test
  void unknownNameListsTheKnownOnes() {
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("reddit", PlanetoidSource.builder().download(false).build()));
    assertEquals("unknown Planetoid data set 'reddit'; known: cora, citeseer, pubmed",
        e.getMessage());
    assertEquals(null, e.file());
  }

  @Test
  void cacheDirectoryFromPropertyThenEnvironmentThenHome() {
    Properties props = new Properties();
    props.setProperty("user.home", "/home/ada");
    Map<String, String> env = Map.of(PlanetoidSource.CACHE_ENV, "/env/cache");
    assertEquals(Path.of("/home/ada/.cache/contrastive4j/planetoid"),
        PlanetoidSource.defaultCacheDir(k -> null, props));
    assertEquals(Path.of("/env/cache/planetoid"),
        PlanetoidSource.defaultCacheDir(env::get, props));
    props.setProperty(PlanetoidSource.CACHE_PROPERTY, "/prop/cache");
    assertEquals(Path.of("/prop/cache/planetoid"),
        PlanetoidSource.defaultCacheDir(env::get, props));
    props.setProperty(PlanetoidSource.CACHE_PROPERTY, "  ");
    assertEquals(Path.of("/env/cache/planetoid"),
        PlanetoidSource.defaultCacheDir(env::get, props));
  }

  @Test
  void defaultsDownloadFromThePlanetoidRepository() {
    PlanetoidSource s = PlanetoidSource.defaults();
    assertEquals(URI.create("https://github.com/kimiyoung/planetoid/raw/master/data"),
        s.baseUrl());
    assertTrue(s.downloadEnabled());
    assertFalse(s.dataDir().isPresent());
    assertEquals(PlanetoidSource.defaultCacheDir(), s.cacheDir());
  }

  @Test
  void builderRejectsBadSettings() {
    DatasetException url = assertThrows(DatasetException.class,
        () -> PlanetoidSource.builder().baseUrl(URI.create("ftp://example.org/data")));
    assertEquals("Planetoid base URL must be http or https, was 'ftp://example.org/data'",
        url.getMessage());
    DatasetException timeout = assertThrows(DatasetException.class,
        () -> PlanetoidSource.builder().timeout(Duration.ZERO));
    assertEquals("Planetoid download timeout must be positive, was PT0S", timeout.getMessage());
  }

  @Test
  void everyFileHasADigestForCoraAndCiteseerOnly() {
    assertTrue(PlanetoidChecksums.knowsAll(PlanetoidName.CORA));
    assertTrue(PlanetoidChecksums.knowsAll(PlanetoidName.CITESEER));
    assertFalse(PlanetoidChecksums.knowsAll(PlanetoidName.PUBMED));
  }

  @Test
  void theDefaultCacheDirectoryIsThisProcesssOwn() {
    assertEquals(PlanetoidSource.defaultCacheDir(System::getenv, System.getProperties()),
        PlanetoidSource.defaultCacheDir());
  }

  @Test
  void aTimeoutMustBePositive() {
    assertEquals(Duration.ofSeconds(5),
        PlanetoidSource.builder().timeout(Duration.ofSeconds(5)).build().timeout());
    assertEquals("Planetoid download timeout must be positive, was PT-1S",
        assertThrows(DatasetException.class,
            () -> PlanetoidSource.builder().timeout(Duration.ofSeconds(-1))).getMessage());
    assertEquals("Planetoid download timeout must be positive, was null",
        assertThrows(DatasetException.class,
            () -> PlanetoidSource.builder().timeout(null)).getMessage());
  }

  @Test
  void describesWhereTheFilesComeFrom() {
    assertEquals("PlanetoidSource[dataDir=/data]",
        PlanetoidSource.builder().dataDir(Path.of("/data")).build().toString());
    assertEquals("PlanetoidSource[cacheDir=/cache, baseUrl=https://github.com/kimiyoung/"
        + "planetoid/raw/master/data, download=false]",
        PlanetoidSource.builder().cacheDir(Path.of("/cache")).download(false).build()
            .toString());
  }
}
