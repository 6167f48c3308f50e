package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.runtime.data.planetoid.PlanetoidFile;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies of the shared Planetoid files for a test to change, and changes that leave files which
 * still parse but hold other data than the published ones.
 */
public final class PlanetoidCopies {
  private PlanetoidCopies() {}

  /**
   * Copies the eight files of {@code name} from the shared data into {@code dir}, created if need
   * be (skipped without the shared data, as usual).
   */
  public static Path of(PlanetoidName name, Path dir) throws IOException {
    Path shared = SharedData.planetoidDir();
    Files.createDirectories(dir);
    for (PlanetoidFile f : PlanetoidFile.values()) {
      Files.copy(shared.resolve(f.fileName(name)), dir.resolve(f.fileName(name)));
    }
    return dir;
  }

  /**
   * Swaps the first two lines of a test index: the same test nodes, two of them paired with each
   * other's rows of tx and ty.
   */
  public static void swapFirstTwoLines(Path testIndex) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(testIndex));
    lines.set(0, lines.set(1, lines.get(0)));
    Files.write(testIndex, lines);
  }

  /** Makes the last float32 1.0 of a pickled feature matrix 2.0: one word counted twice. */
  public static void countOneWordTwice(Path features) throws IOException {
    byte[] bytes = Files.readAllBytes(features);
    for (int i = bytes.length - 4; i >= 0; i--) {
      if (bytes[i] == 0 && bytes[i + 1] == 0 && bytes[i + 2] == (byte) 0x80
          && bytes[i + 3] == 0x3f) {
        bytes[i + 2] = 0;
        bytes[i + 3] = 0x40;
        Files.write(features, bytes);
        return;
      }
    }
    throw new AssertionError("no float32 1.0 in " + features);
  }
}
