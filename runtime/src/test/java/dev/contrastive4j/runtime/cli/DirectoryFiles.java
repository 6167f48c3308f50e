package dev.contrastive4j.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The regular files of a directory tree, as sorted relative paths with '/' separators. */
final class DirectoryFiles {
  private DirectoryFiles() {}

  static List<String> list(Path root) throws IOException {
    try (var paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }
}
