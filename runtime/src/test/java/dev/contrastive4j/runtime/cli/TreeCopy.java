package dev.contrastive4j.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Copies a directory tree, for tests that damage a copy of a data set or a run. */
final class TreeCopy {
  private TreeCopy() {}

  static void copy(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
