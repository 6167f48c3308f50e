package dev.contrastive4j.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Deletes a directory tree, for tests that make many damaged copies in one temp dir. */
final class TreeDelete {
  private TreeDelete() {}

  static void delete(Path root) throws IOException {
    List<Path> all;
    try (var paths = Files.walk(root)) {
      all = paths.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.delete(p);
    }
  }
}
