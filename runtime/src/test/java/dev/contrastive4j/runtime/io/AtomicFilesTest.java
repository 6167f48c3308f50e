package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text written whole in place of the old file, as a configuration or manifest is. */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void writesTextAsUtf8InPlaceOfTheOldFile() throws IOException {
    Path f = dir.resolve("conf/experiment.yaml");
    AtomicFiles.writeString(f, "name: first\n");
    AtomicFiles.writeString(f, "name: café\n");
    assertEquals("name: café\n", Files.readString(f, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(f.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
  }
}
