package dev.contrastive4j.runtime.data.planetoid;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The on-disk cache of downloaded data sets: {@code <cacheDir>/<name>/ind.<name>.*}. A data set
 * enters the cache by renaming a fully verified staging directory, so readers never see half a
 * data set.
 */
final class PlanetoidCache {
  private final Path dir;

  PlanetoidCache(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  /** The directory that holds (or would hold) data set {@code name}. */
  Path entry(PlanetoidName name) {
    return dir.resolve(name.id());
  }

  /** Whether every file of {@code name} is in the cache. */
  boolean contains(PlanetoidName name) {
    return isComplete(name, entry(name));
  }

  /** Whether {@code dir} holds every file of {@code name}. */
  static boolean isComplete(PlanetoidName name, Path dir) {
    for (PlanetoidFile f : PlanetoidFile.values()) {
      if (!Files.isRegularFile(dir.resolve(f.fileName(name)))) {
        return false;
      }
    }
    return true;
  }

  /** A fresh, empty staging directory inside the cache (same file system, so moves are atomic). */
  Path newStagingDir(PlanetoidName name) throws IOException {
    Files.createDirectories(dir);
    return Files.createTempDirectory(dir, ".download-" + name.id() + "-");
  }

  /**
   * Moves the verified {@code staging} directory into place as the entry of {@code name}. An
   * incomplete entry left by an older failure is replaced; a complete one (another process was
   * faster) is kept.
   */
  Path install(PlanetoidName name, Path staging) {
    Path entry = entry(name);
    try {
      Path stale = null;
      if (Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
        if (contains(name)) {
          return entry;
        }
        stale = Files.createTempDirectory(dir, ".stale-" + name.id() + "-");
        Files.move(entry, stale.resolve(name.id()), StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(staging, entry, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileSystemException e) {
        // Another process may have installed the same data set a moment ago.
        if (!contains(name)) {
          throw e;
        }
      }
      if (stale != null) {
        deleteRecursively(stale);
      }
      return entry;
    } catch (AtomicMoveNotSupportedException e) {
      throw new DatasetException(dir, "the cache does not support atomic moves ("
          + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new DatasetException(entry, "cannot move the download into the cache ("
          + e.getMessage() + ")", e);
    }
  }

  /** Deletes {@code path} and everything below it; missing paths are fine. */
  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
