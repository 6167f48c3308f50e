package dev.contrastive4j.runtime.cli;

import static dev.contrastive4j.runtime.cli.DamageOutcome.EITHER;
import static dev.contrastive4j.runtime.cli.DamageOutcome.LOADS;
import static dev.contrastive4j.runtime.cli.DamageOutcome.REFUSED;

import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eight raw Cora files from the shared data, each cut short and changed at a few fixed
 * places in turn and read by {@code dataset info --dataset cora --data-dir}: a pickle cut short
 * or extended, or with another protocol, must be refused in one line naming the file. A byte
 * changed inside a pickle's data may leave a pickle that parses: the reader cannot tell a
 * changed feature from a real one, so there either outcome is right, but a refusal must still
 * be a clean one, and a file that loads with other data is named in a note. Skipped
 * without the shared data, except on CI.
 * {@code PlanetoidCorruptFilesTest} checks the reader's messages one by one.
 */
class CorruptPlanetoidFilesCliTest {
  private static final long SEED = 20_240_613L;
  private static final String[] SUFFIXES = {"x", "y", "tx", "ty", "allx", "ally", "graph",
      "test.index"};

  @TempDir
  Path scratch;

  @TestFactory
  Stream<DynamicTest> everyCoraFileDamaged() throws IOException {
    Path shared = SharedData.planetoidDir();
    List<String> files = new ArrayList<>();
    for (String suffix : SUFFIXES) {
      files.add("ind.cora." + suffix);
    }
    Random random = new Random(SEED);
    List<DamageCase> cases = new ArrayList<>();
    // The cases that leave a file with other bytes but the same data: no note for them.
    List<DamageCase> sameData = new ArrayList<>();
    for (String f : files) {
      int length = (int) Files.size(shared.resolve(f));
      boolean text = f.endsWith("test.index");
      int inData = length / 4 + random.nextInt(length / 2);
      cases.add(new DamageCase(f, FileDamage.truncate("near the start", 20), REFUSED));
      cases.add(new DamageCase(f, FileDamage.truncate("halfway", length / 2), REFUSED));
      // test.index is text: without its last line end it is the same list of nodes.
      DamageCase oneByteShort = new DamageCase(f, FileDamage.truncate("one byte short",
          length - 1), text ? LOADS : REFUSED);
      cases.add(oneByteShort);
      if (text) {
        sameData.add(oneByteShort);
      }
      // A pickle's second byte is its protocol; in test.index, a digit of the first node.
      cases.add(new DamageCase(f, FileDamage.flip("the protocol", 1, 1 + random.nextInt(255)),
          text ? EITHER : REFUSED));
      cases.add(new DamageCase(f, FileDamage.flip("inside the data", inData,
          1 + random.nextInt(255)), EITHER));
      byte[] tail = new byte[3];
      random.nextBytes(tail);
      cases.add(new DamageCase(f, FileDamage.append("3 random bytes", tail), REFUSED));
    }
    // What still loads holds other data than the published file, and the command says so.
    return cases.stream().map(c -> c.test(shared, files, scratch,
        copy -> new String[] {"dataset", "info", "--dataset", "cora", "--data-dir",
            copy.toString()},
        damaged -> sameData.contains(c) ? "" : ChangedPlanetoidFilesNoteTest.note(damaged)
            + System.lineSeparator()));
  }
}
