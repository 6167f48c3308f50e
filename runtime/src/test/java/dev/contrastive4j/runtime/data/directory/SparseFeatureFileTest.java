package dev.contrastive4j.runtime.data.directory;

import static dev.contrastive4j.runtime.testing.DatasetAssertions.assertSameDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.runtime.data.planetoid.Planetoid;
import dev.contrastive4j.runtime.data.planetoid.PlanetoidSource;
import dev.contrastive4j.runtime.io.ArrayFormat;
import dev.contrastive4j.runtime.io.SparseNpzFiles;
import dev.contrastive4j.runtime.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sparse feature stored as a {@code .npz} matrix of {@code scipy.sparse.save_npz} in a data
 * set directory: the example directory's paper features, once as its dense CSV and once as
 * .npz, read to the same data set, and Cora (from {@code ../shared}) written and read back.
 */
class SparseFeatureFileTest {
  @TempDir Path tmp;

  /** A copy of the example directory whose paper features are {@code feat.npz}. */
  private Path exampleWithNpz() throws IOException {
    Path dir = DatasetDirectoryReaderTest.copyExample(tmp.resolve("npz"));
    CsrMatrix feat = paperFeatures(DatasetDirectoryReader.read(dir));
    Files.delete(dir.resolve("nodes/paper/feat.csv"));
    SparseNpzFiles.write(dir.resolve("nodes/paper/feat.npz"), feat);
    return dir;
  }

  /** An empty sparse matrix of {@code rows} x {@code cols}, written to {@code file}. */
  private static void writeEmpty(Path file, int rows, int cols) {
    SparseNpzFiles.write(file, new CsrMatrix(rows, cols, new int[rows + 1], new int[0],
        new float[0]));
  }

  private static CsrMatrix paperFeatures(GraphDataset d) {
    return ((Feature.Sparse) d.graph().nodeSet("paper").feature("feat")).values();
  }

  private static String problem(Path dir) {
    return assertThrows(DatasetException.class, () -> DatasetDirectoryReader.read(dir))
        .getMessage();
  }

  @Test
  void aSparseFeatureIsReadFromItsNpzFileAsFromItsDenseOne() throws IOException {
    GraphDataset dense = DatasetDirectoryReader.read(DatasetDirectoryReaderTest.EXAMPLE);
    GraphDataset sparse = DatasetDirectoryReader.read(exampleWithNpz());
    assertSameDataset(dense, sparse);
  }

  @Test
  void coraWrittenWithItsWordsAsNpzReadsBackTheSame() throws IOException {
    GraphDataset cora = Planetoid.load("cora",
        PlanetoidSource.builder().dataDir(SharedData.planetoidDir()).build());
    Path dir = tmp.resolve("cora");
    DatasetDirectoryWriter.write(cora, dir, ArrayFormat.NPY);
    Path words = dir.resolve(DatasetLayout.nodeFeature(Planetoid.NODE_SET, Planetoid.FEATURE)
        + SparseNpzFiles.EXTENSION);
    // 2,708 x 1,433 words, 49,216 of them present: 0.4 MB as CSR before compression, where
    // dense float32 takes 15.5 MB.
    assertTrue(Files.size(words) < 1_000_000, words + ": " + Files.size(words) + " bytes");
    assertSameDataset(cora, DatasetDirectoryReader.read(dir));
  }

  @Test
  void aMatrixOfOtherRowsNamesTheManifestFieldThatCountsThem() throws IOException {
    Path dir = exampleWithNpz();
    writeEmpty(dir.resolve("nodes/paper/feat.npz"), 23, 4);
    assertEquals(dir.resolve("nodes/paper/feat.npz") + ": expected 2-D float array with 24 "
        + "rows (field 'node_counts.paper' of dataset.json) and 4 columns, found float32 "
        + "shape (23, 4)", problem(dir));
  }

  @Test
  void aDenseFeatureIsNotReadFromAnNpzFile() throws IOException {
    Path dir = exampleWithNpz();
    Path author = dir.resolve("nodes/author/feat.npy");
    Files.delete(author);
    writeEmpty(dir.resolve("nodes/author/feat.npz"), 8, 2);
    assertEquals(author + ": file not found, nor nodes/author/feat.csv; node set 'author', "
        + "feature 'feat' is stored in one of them; nodes/author/feat.npz holds a sparse matrix, "
        + "which only a feature with \"sparse\": true in the schema is read from", problem(dir));
  }

  @Test
  void aSparseFeatureInTwoFilesOrNoneIsRefused() throws IOException {
    Path dir = exampleWithNpz();
    Path csv = dir.resolve("nodes/paper/feat.csv");
    Files.writeString(csv, "w0,w1,w2,w3\n");
    assertEquals(csv + ": both nodes/paper/feat.csv and nodes/paper/feat.npz exist for node "
        + "set 'paper', feature 'feat'; keep only one", problem(dir));
    Files.delete(csv);
    Files.delete(dir.resolve("nodes/paper/feat.npz"));
    String missing = problem(dir);
    assertTrue(missing.endsWith(": file not found, nor nodes/paper/feat.csv or "
        + "nodes/paper/feat.npz; node set 'paper', feature 'feat' is stored in one of them"),
        missing);
  }
}
