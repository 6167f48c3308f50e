package dev.contrastive4j.runtime.data.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest's own checks at their limits: the graph count, node counts, names that become
 * file names and paths that must stay relative, wherever in the manifest they appear.
 */
class DatasetManifestChecksTest {
  private static final String NOT_A_FILE_NAME =
      "which cannot be used as a file name (no '/', '\\', '.' or '..')";

  @TempDir Path tmp;

  private Path dir;
  private Path manifest;
  private String original;

  @BeforeEach
  void copyAndReadTheExample() throws IOException {
    dir = DatasetDirectoryReaderTest.copyExample(tmp);
    manifest = dir.resolve(DatasetLayout.MANIFEST);
    original = Files.readString(manifest);
    // Read whole first, so that each test also passes through the checks it then trips:
    // PIT counts a check as covered only by tests that get past it.
    assertEquals(24, DatasetDirectoryReader.read(dir).labels().length);
  }

  @Test
  void oneGraphMayBeDeclaredButNotNone() throws IOException {
    // Declared, one graph passes the manifest; the reader then wants the size files.
    edit("\"format_version\": 1,", "\"format_version\": 1, \"num_components\": 1,");
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryReader.read(dir));
    assertEquals(dir.resolve("sizes/nodes/paper.npy"), e.file(), e.getMessage());
    expectProblem("\"format_version\": 1,", "\"format_version\": 1, \"num_components\": 0,",
        "field 'num_components' is 0; a data set holds at least one graph (leave the field out "
        + "for one graph)");
  }

  @Test
  void nodeCountsUpToTheLargestInt() throws IOException {
    // Counts of 0 and 2^31 - 1 pass the manifest; the author features then disagree.
    Path authors = dir.resolve("nodes/author/feat.npy");
    for (String count : new String[] {"0", "2147483647"}) {
      edit("\"author\": 8", "\"author\": " + count);
      DatasetException e = assertThrows(DatasetException.class,
          () -> DatasetDirectoryReader.read(dir));
      assertEquals(authors + ": expected 2-D float array with " + count + " rows (field "
          + "'node_counts.author' of dataset.json) and 2 columns, found float32 shape (8, 2)",
          e.getMessage());
    }
    expectProblem("\"author\": 8", "\"author\": 2147483648", "field 'node_counts.author' is "
        + "2147483648, not a count from 0 to 2147483647");
  }

  @Test
  void everyNameThatBecomesAFileName() throws IOException {
    expectProblem("\"author\"", "\"a/b\"",
        "field 'schema.node_sets' has the name 'a/b', " + NOT_A_FILE_NAME);
    expectProblem("\"year\"", "\"a/b\"",
        "field 'schema.node_sets.paper.features' has the name 'a/b', " + NOT_A_FILE_NAME);
    expectProblem("\"writes\"", "\"a/b\"",
        "field 'schema.edge_sets' has the name 'a/b', " + NOT_A_FILE_NAME);
    expectProblem("\"weight\"", "\"a/b\"",
        "field 'schema.edge_sets.cites.features' has the name 'a/b', " + NOT_A_FILE_NAME);
    expectProblem("\"context\": {\"features\": {}}",
        "\"context\": {\"features\": {\"a/b\": {\"dtype\": \"float32\"}}}",
        "field 'schema.context.features' has the name 'a/b', " + NOT_A_FILE_NAME);
    // A NUL is refused wherever it stands, the first character too.
    expectProblem("\"author\"", "\"\\u0000author\"",
        "field 'schema.node_sets' has the name '\0author', " + NOT_A_FILE_NAME);
  }

  @Test
  void everySplitFileMustBeRelative() throws IOException {
    for (String part : new String[] {"train", "val", "test"}) {
      String from = "\"" + part + "\": \"split/";
      expectProblem(from, "\"" + part + "\": \"/split/", "field 'split." + part + "' is '/split/"
          + part + (part.equals("train") ? ".npy" : ".csv") + "'; it must be a path relative to "
          + "the data set directory");
    }
    expectProblem("\"labels.csv\"", "\"\\u0000labels.csv\"", "field 'target.labels' is "
        + "'\0labels.csv'; it must be a path relative to the data set directory");
  }

  private void edit(String from, String to) throws IOException {
    assertTrue(original.contains(from), "test setup: the manifest contains " + from);
    Files.writeString(manifest, original.replace(from, to));
  }

  /** Replaces every {@code from} (a name may stand in several places) and expects failure. */
  private void expectProblem(String from, String to, String problem) throws IOException {
    edit(from, to);
    DatasetException e = assertThrows(DatasetException.class,
        () -> DatasetDirectoryReader.read(dir));
    assertEquals(manifest + ": " + problem, e.getMessage());
  }
}
