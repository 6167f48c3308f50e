package dev.contrastive4j.runtime.data.planetoid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.runtime.data.planetoid.pickle.PickleFileReader;
import dev.contrastive4j.runtime.data.planetoid.pickle.PlanetoidPickles;
import dev.contrastive4j.runtime.testing.DatasetAssertions;
import dev.contrastive4j.runtime.testing.PlanetoidCopies;
import dev.contrastive4j.runtime.testing.Python3;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of the real Planetoid files that still parse but hold other data than the published
 * ones: the loader cannot tell them from the real data, {@link Planetoid#changedFiles} can, and
 * it does not list a file saved again with the same data. Skipped without the shared data,
 * except on CI.
 */
class PlanetoidChangedFilesTest {
  /**
   * Loads each Cora pickle with Python 3 (as Python 2's bytes, as the published files need) and
   * saves it again with pickle protocol 5, so from numpy 2's and scipy's own classes; the test
   * index gets Windows line ends.
   */
  private static final String RESAVE = String.join("\n",
      "import pickle, sys, warnings",
      "warnings.simplefilter('ignore')",
      "src, out = sys.argv[1], sys.argv[2]",
      "for s in ['x', 'y', 'tx', 'ty', 'allx', 'ally', 'graph']:",
      "    with open(src + '/ind.cora.' + s, 'rb') as f:",
      "        o = pickle.load(f, encoding='latin1')",
      "    with open(out + '/ind.cora.' + s, 'wb') as f:",
      "        pickle.dump(o, f, protocol=5)",
      "with open(src + '/ind.cora.test.index') as f:",
      "    lines = f.read().splitlines()",
      "with open(out + '/ind.cora.test.index', 'w', newline='\\r\\n') as f:",
      "    f.write('\\n'.join(lines) + '\\n')");

  @TempDir
  Path dir;

  @Test
  void thePublishedFilesAreUnchanged() {
    assertEquals(List.of(), Planetoid.changedFiles("cora", SharedData.planetoidDir()));
    assertEquals(List.of(), Planetoid.changedFiles("CiteSeer", SharedData.planetoidDir()));
  }

  @Test
  void theParsedPublishedFilesHoldThePublishedContent() {
    for (PlanetoidName name : new PlanetoidName[] {PlanetoidName.CORA, PlanetoidName.CITESEER}) {
      for (PlanetoidFile part : PlanetoidFile.values()) {
        Path file = SharedData.planetoidDir().resolve(part.fileName(name));
        assertEquals(PlanetoidChecksums.content(part.fileName(name)).orElseThrow(),
            PlanetoidContent.digest(part, file), file.toString());
      }
    }
  }

  @Test
  void filesSavedAgainWithTheSameDataAreNotChanged() throws IOException {
    CoraCopy copy = CoraCopy.in(dir);
    GraphDataset published = copy.load();
    // Another line end at the close of the text file; tx pickled anew (Python 2 protocol 2, as
    // the tests' own pickler writes it, not as the published file was written).
    byte[] index = Files.readAllBytes(copy.file("test.index"));
    Files.write(copy.file("test.index"), Arrays.copyOf(index, index.length - 1));
    byte[] tx = Files.readAllBytes(copy.file("tx"));
    Files.write(copy.file("tx"),
        PlanetoidPickles.csrMatrix(PickleFileReader.readCsrMatrix(copy.file("tx"))));
    assertFalse(Arrays.equals(tx, Files.readAllBytes(copy.file("tx"))), "other bytes");
    DatasetAssertions.assertSameDataset(published, copy.load());
    assertEquals(List.of(), Planetoid.changedFiles("cora", dir));
  }

  @Test
  void theFilesSavedAgainByPython3AreNotChanged() throws Exception {
    assumeTrue(Python3.imports("numpy, scipy.sparse"), "python3 with scipy is not installed");
    Python3.Result saved = Python3.run(RESAVE, SharedData.planetoidDir().toString(),
        dir.toString());
    assertEquals(0, saved.exitCode(), saved.output());
    for (PlanetoidFile part : PlanetoidFile.values()) {
      String file = part.fileName(PlanetoidName.CORA);
      assertFalse(Arrays.equals(Files.readAllBytes(SharedData.planetoidDir().resolve(file)),
          Files.readAllBytes(dir.resolve(file))), file + " has other bytes");
    }
    DatasetAssertions.assertSameDataset(load(SharedData.planetoidDir()), load(dir));
    assertEquals(List.of(), Planetoid.changedFiles("cora", dir));
  }

  @Test
  void aTestIndexInAnotherOrderIsChanged() throws IOException {
    CoraCopy copy = CoraCopy.in(dir);
    PlanetoidCopies.swapFirstTwoLines(copy.file("test.index"));
    copy.load();
    assertEquals(List.of(copy.file("test.index")), Planetoid.changedFiles("cora", dir));
  }

  @Test
  void changedFilesAreListedInTheReadersOrder() throws IOException {
    CoraCopy copy = CoraCopy.in(dir);
    PlanetoidCopies.swapFirstTwoLines(copy.file("test.index"));
    // One word of one test paper counted twice.
    PlanetoidCopies.countOneWordTwice(copy.file("tx"));
    double before = featureSum(CoraCopy.in(Files.createDirectory(dir.resolve("published"))));
    assertEquals(before + 1, featureSum(copy), "the loader reads the changed value");
    assertEquals(List.of(copy.file("tx"), copy.file("test.index")),
        Planetoid.changedFiles("cora", dir));
  }

  @Test
  void missingFilesAreLeftToTheReader() throws IOException {
    CoraCopy copy = CoraCopy.in(dir);
    PlanetoidCopies.swapFirstTwoLines(copy.file("test.index"));
    Files.delete(copy.file("graph"));
    Files.delete(copy.file("tx"));
    assertEquals(List.of(copy.file("test.index")), Planetoid.changedFiles("cora", dir));
  }

  @Test
  void pubmedHasNoKnownDigestsAndAnUnknownNameIsRefused() {
    assertEquals(List.of(), Planetoid.changedFiles("pubmed", dir));
    DatasetException e = assertThrows(DatasetException.class,
        () -> Planetoid.changedFiles("imagenet", dir));
    assertTrue(e.getMessage().contains("imagenet"), e.getMessage());
  }

  private static GraphDataset load(Path coraDir) {
    return Planetoid.load("cora", PlanetoidSource.builder().dataDir(coraDir).download(false)
        .build());
  }

  private static double featureSum(CoraCopy copy) {
    Feature.Sparse words = (Feature.Sparse) copy.load().graph().nodeSet(Planetoid.NODE_SET)
        .feature(Planetoid.FEATURE);
    double sum = 0;
    for (float v : words.values().valuesView()) {
      sum += v;
    }
    return sum;
  }
}
