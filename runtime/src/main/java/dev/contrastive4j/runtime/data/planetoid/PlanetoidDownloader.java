package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Downloads the files of one data set into a staging directory of the cache, verifies them and
 * installs them. Nothing reaches the cache unless every file arrived and passed verification:
 * SHA-256 against {@link PlanetoidChecksums} where the digests are known, otherwise a complete
 * parse with {@link PlanetoidReader}.
 */
final class PlanetoidDownloader {
  private final PlanetoidSource source;
  private final PlanetoidCache cache;

  PlanetoidDownloader(PlanetoidSource source, PlanetoidCache cache) {
    this.source = source;
    this.cache = cache;
  }

  /**
   * Downloads data set {@code name} into the cache.
   *
   * @return the cache entry holding its files
   * @throws DatasetException if a file cannot be fetched or fails verification; the cache is
   *     left as it was
   */
  Path download(PlanetoidName name) {
    boolean cacheExisted = Files.isDirectory(cache.dir());
    Path staging;
    try {
      staging = cache.newStagingDir(name);
    } catch (IOException e) {
      throw new DatasetException(cache.dir(), "cannot create the cache directory ("
          + e.getMessage() + ")", e);
    }
    boolean installed = false;
    try {
      HttpClient client = HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(source.timeout())
          .build();
      for (PlanetoidFile part : PlanetoidFile.values()) {
        String fileName = part.fileName(name);
        URI uri = fileUri(fileName);
        Path file = staging.resolve(fileName);
        fetch(client, uri, file, name);
        Optional<String> expected = PlanetoidChecksums.sha256(fileName);
        if (expected.isPresent()) {
          String actual = sha256(file);
          if (!actual.equals(expected.get())) {
            throw new DatasetException(uri + ": SHA-256 mismatch (expected " + expected.get()
                + ", got " + actual + "); download rejected, cache left unchanged");
          }
        }
      }
      if (!PlanetoidChecksums.knowsAll(name)) {
        verifyByParsing(name, staging);
      }
      Path entry = cache.install(name, staging);
      installed = true;
      return entry;
    } finally {
      cleanUp(staging, installed || cacheExisted ? null : cache.dir());
    }
  }

  /** Parses every file; a failure names the URL it came from. */
  private void verifyByParsing(PlanetoidName name, Path staging) {
    try {
      PlanetoidReader.read(name, staging);
    } catch (DatasetException e) {
      // Name the URL of the faulty file; a problem across files names the base URL.
      boolean oneFile = e.file() != null && staging.equals(e.file().getParent());
      String where = oneFile ? fileUri(e.file().getFileName().toString()).toString()
          : source.baseUrl().toString();
      throw new DatasetException(where + ": " + e.problem() + "; download rejected, cache left "
          + "unchanged");
    }
  }

  private URI fileUri(String fileName) {
    String base = source.baseUrl().toString();
    return URI.create(base.endsWith("/") ? base + fileName : base + "/" + fileName);
  }

  private void fetch(HttpClient client, URI uri, Path file, PlanetoidName name) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(source.timeout()).GET().build();
    try {
      HttpResponse<Path> response = client.send(request, HttpResponse.BodyHandlers.ofFile(file));
      if (response.statusCode() != 200) {
        throw new DatasetException(uri + ": download failed (HTTP " + response.statusCode()
            + ")" + offlineHint(name));
      }
    } catch (IOException e) {
      throw new DatasetException(uri + ": download failed (" + oneLine(e) + ")"
          + offlineHint(name));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DatasetException(uri + ": download interrupted");
    }
  }

  /** What to do when the files cannot be downloaded: read them from a directory instead. */
  private static String offlineHint(PlanetoidName name) {
    return "; to read the files ind." + name.id() + ".* from a directory instead, give it with "
        + "--data-dir (dataset.data_dir in a configuration)";
  }

  private static String sha256(Path file) {
    try {
      return PlanetoidChecksums.sha256Of(file);
    } catch (IOException e) {
      throw new DatasetException(file, "cannot read the download (" + e.getMessage() + ")", e);
    }
  }

  /** Removes the staging directory, and the cache directory if this download created it. */
  private static void cleanUp(Path staging, Path createdCacheDir) {
    try {
      PlanetoidCache.deleteRecursively(staging);
      if (createdCacheDir != null) {
        try (var entries = Files.list(createdCacheDir)) {
          if (entries.findAny().isEmpty()) {
            Files.delete(createdCacheDir);
          }
        }
      }
    } catch (IOException e) {
      // Leftover staging directories are hidden and harmless; the real error matters more.
    }
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    String text = m == null || m.isBlank() ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + m;
    return text.replaceAll("\\s+", " ").trim();
  }
}
