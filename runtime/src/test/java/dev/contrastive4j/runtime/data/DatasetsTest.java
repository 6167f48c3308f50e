package dev.contrastive4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The Planetoid mirror of CONTRASTIVE4J_PLANETOID_URL, as the README describes it. */
class DatasetsTest {

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
