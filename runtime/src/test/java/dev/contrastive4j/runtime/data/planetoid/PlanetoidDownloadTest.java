package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from a local HTTP server that serves copies of the shared files (no real network):
 * cache miss, verification, atomic install, cache hit, and rejected downloads.
 */
class PlanetoidDownloadTest {
  @TempDir
  Path tmp;

  private HttpServer server;
  private final Map<String, byte[]> served = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private Path cache;
  private Path shared;

  @BeforeEach
  void startServer() throws IOException {
    shared = SharedData.planetoidDir();
    cache = tmp.resolve("cache");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/data/", exchange -> {
      requests.incrementAndGet();
      String name = exchange.getRequestURI().getPath().substring("/data/".length());
      byte[] body = served.get(name);
      if (body == null) {
        exchange.sendResponseHeaders(404, -1);
      } else {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
      exchange.close();
    });
    // Like GitHub's /raw/ URLs, which redirect to raw.githubusercontent.com.
    server.createContext("/redirect/", exchange -> {
      String name = exchange.getRequestURI().getPath().substring("/redirect/".length());
      exchange.getResponseHeaders().add("Location", "/data/" + name);
      exchange.sendResponseHeaders(302, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void cacheMissDownloadsVerifiesAndCaches() throws IOException {
    serve("cora", "cora");
    GraphDataset cora = Planetoid.load("cora", source("/data"));
    assertEquals(2708, cora.graph().nodeSet(Planetoid.NODE_SET).totalSize());
    assertEquals(10556, cora.graph().edgeSet(Planetoid.EDGE_SET).totalSize());
    assertEquals(8, requests.get());
    for (PlanetoidFile f : PlanetoidFile.values()) {
      String name = f.fileName(PlanetoidName.CORA);
      assertArrayEquals(Files.readAllBytes(shared.resolve(name)),
          Files.readAllBytes(cache.resolve("cora").resolve(name)), name);
    }
    assertEquals(List.of("cora"), cacheEntries());
  }

  @Test
  void secondLoadUsesTheCache() {
    serve("cora", "cora");
    Planetoid.load("cora", source("/data"));
    server.stop(0);
    GraphDataset again = Planetoid.load("CORA", source("/data"));
    assertEquals(2708, again.graph().nodeSet(Planetoid.NODE_SET).totalSize());
    assertEquals(8, requests.get());
    assertEquals(cache.resolve("cora"), Planetoid.locate("cora", source("/data")));
  }

  @Test
  void redirectsAreFollowed() {
    serve("citeseer", "citeseer");
    GraphDataset citeseer = Planetoid.load("citeseer", source("/redirect"));
    assertEquals(3327, citeseer.graph().nodeSet(Planetoid.NODE_SET).totalSize());
  }

  @Test
  void corruptDownloadIsRejectedAndNothingIsCached() {
    serve("cora", "cora");
    byte[] tx = served.get("ind.cora.tx").clone();
    tx[tx.length / 2] ^= 1;
    served.put("ind.cora.tx", tx);
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("cora", source("/data")));
    String url = base("/data") + "/ind.cora.tx";
    assertTrue(e.getMessage().startsWith(url + ": SHA-256 mismatch (expected "
        + "b9afbaa4a400df991f6f02ef677e1e44da55ffc04801fd02f9e673987829226a, got "),
        e.getMessage());
    assertTrue(e.getMessage().endsWith("; download rejected, cache left unchanged"));
    assertFalse(Files.exists(cache), "the cache directory this download created is removed");
  }

  @Test
  void failedDownloadLeavesAnExistingCacheUntouched() throws IOException {
    serve("citeseer", "citeseer");
    Planetoid.load("citeseer", source("/data"));
    serve("cora", "cora");
    served.remove("ind.cora.graph");
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("cora", source("/data")));
    assertEquals(base("/data") + "/ind.cora.graph: download failed (HTTP 404); to read the "
        + "files ind.cora.* from a directory instead, give it with --data-dir (dataset.data_dir "
        + "in a configuration)", e.getMessage());
    assertEquals(List.of("citeseer"), cacheEntries());
  }

  @Test
  void noConnectionSaysHowToReadTheFilesFromADirectory() {
    // Port 1 on this machine: nothing listens, as on a machine without network access.
    PlanetoidSource offline = PlanetoidSource.builder().cacheDir(cache)
        .baseUrl(URI.create("http://127.0.0.1:1/data")).build();
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("citeseer", offline));
    assertTrue(e.getMessage().startsWith("http://127.0.0.1:1/data/ind.citeseer."
        + "x: download failed (ConnectException"), e.getMessage());
    assertTrue(e.getMessage().endsWith("; to read the files ind.citeseer.* from a directory "
        + "instead, give it with --data-dir (dataset.data_dir in a configuration)"),
        e.getMessage());
    assertFalse(Files.exists(cache), "nothing is left in the cache");
  }

  @Test
  void withoutKnownDigestsADownloadIsVerifiedByParsing() {
    // No digests are known for pubmed; CiteSeer's files under pubmed's names exercise that
    // path without the real (large) PubMed files.
    serve("citeseer", "pubmed");
    GraphDataset d = Planetoid.load("pubmed", source("/data"));
    assertEquals("pubmed", d.name());
    assertEquals(3327, d.graph().nodeSet(Planetoid.NODE_SET).totalSize());
    assertEquals(List.of("pubmed"), cacheEntries());
  }

  @Test
  void withoutKnownDigestsACorruptDownloadIsRejectedByParsing() throws IOException {
    Files.createDirectories(cache);
    serve("citeseer", "pubmed");
    byte[] tx = served.get("ind.pubmed.tx");
    served.put("ind.pubmed.tx", Arrays.copyOf(tx, tx.length - 100));
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("pubmed", source("/data")));
    assertEquals(base("/data") + "/ind.pubmed.tx: truncated pickle (unexpected end of data); "
        + "download rejected, cache left unchanged", e.getMessage());
    assertEquals(List.of(), cacheEntries());
  }

  @Test
  void anIncompleteCacheEntryIsReplaced() throws IOException {
    Path entry = cache.resolve("cora");
    Files.createDirectories(entry);
    Files.copy(shared.resolve("ind.cora.x"), entry.resolve("ind.cora.x"));
    serve("cora", "cora");
    assertEquals(2708, Planetoid.load("cora", source("/data")).labels().length);
    assertEquals(8, requests.get());
    assertTrue(PlanetoidCache.isComplete(PlanetoidName.CORA, entry));
    assertEquals(List.of("cora"), cacheEntries());
  }

  @Test
  void aCorruptFileInTheCacheSaysToDeleteTheCachedCopy() throws IOException {
    serve("cora", "cora");
    Planetoid.load("cora", source("/data"));
    Path entry = cache.resolve("cora");
    Path tx = entry.resolve("ind.cora.tx");
    byte[] bytes = Files.readAllBytes(tx);
    Files.write(tx, Arrays.copyOf(bytes, bytes.length / 2));
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("cora", source("/data")));
    assertEquals(tx, e.file());
    assertEquals(tx + ": truncated pickle (unexpected end of data); delete the cached copy "
        + entry + " so that cora is downloaded again", e.getMessage());
    // Doing as told works.
    PlanetoidCache.deleteRecursively(entry);
    assertEquals(2708, Planetoid.load("cora", source("/data")).labels().length);
    assertEquals(16, requests.get());
  }

  @Test
  void aCacheMissWithDownloadsDisabledFails() {
    PlanetoidSource offline = PlanetoidSource.builder().cacheDir(cache).download(false).build();
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.load("cora", offline));
    assertEquals(cache.resolve("cora") + ": Planetoid data set 'cora' is not in the cache and "
        + "downloading is disabled", e.getMessage());
    assertEquals(0, requests.get());
  }

  @Test
  void anExplicitDataDirectoryNeverDownloads() {
    serve("cora", "cora");
    PlanetoidSource local = PlanetoidSource.builder().dataDir(shared).cacheDir(cache)
        .baseUrl(URI.create(base("/data"))).build();
    assertEquals(2708, Planetoid.load("cora", local).labels().length);
    assertEquals(0, requests.get());
    assertFalse(Files.exists(cache));
  }

  @Test
  void theDigestTableMatchesTheSharedFiles() throws Exception {
    for (PlanetoidName name : List.of(PlanetoidName.CORA, PlanetoidName.CITESEER)) {
      for (PlanetoidFile f : PlanetoidFile.values()) {
        String file = f.fileName(name);
        byte[] digest = MessageDigest.getInstance("SHA-256")
            .digest(Files.readAllBytes(shared.resolve(file)));
        assertEquals(PlanetoidChecksums.sha256(file).orElseThrow(),
            HexFormat.of().formatHex(digest), file);
      }
    }
  }

  /** Serves the shared files of {@code from} under the names of {@code as}. */
  private void serve(String from, String as) {
    for (PlanetoidFile f : PlanetoidFile.values()) {
      try {
        served.put(f.fileName(PlanetoidName.of(as)),
            Files.readAllBytes(shared.resolve(f.fileName(PlanetoidName.of(from)))));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private String base(String path) {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort()
        + path;
  }

  private PlanetoidSource source(String path) {
    return PlanetoidSource.builder().cacheDir(cache).baseUrl(URI.create(base(path))).build();
  }

  /** Names in the cache directory, hidden staging directories included. */
  private List<String> cacheEntries() {
    try (Stream<Path> s = Files.list(cache)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
