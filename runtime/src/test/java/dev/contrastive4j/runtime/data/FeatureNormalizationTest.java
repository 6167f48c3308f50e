package dev.contrastive4j.runtime.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.runtime.data.directory.DatasetDirectoryReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Row normalization divides each row by its sum, keeps zero rows and refuses what it cannot. */
class FeatureNormalizationTest {
  private static final String WHERE = "node set 'paper', feature 'feat'";

  @Test
  void denseRowsSumToOneAndARowOfZerosStaysZeros() {
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 3, 0}, {0, 0, 0}, {0.5, 0, 0.5}});
    Feature normalized = FeatureNormalization.normalizeRows(Feature.dense(x), WHERE);
    assertEquals(Nd4j.createFromArray(new double[][] {{0.25, 0.75, 0}, {0, 0, 0}, {0.5, 0, 0.5}}),
        normalized.toDense().castTo(DataType.DOUBLE));
    assertEquals(DataType.DOUBLE, normalized.dataType(), "the values keep their type");
    assertEquals(Nd4j.createFromArray(new double[][] {{1, 3, 0}, {0, 0, 0}, {0.5, 0, 0.5}}), x,
        "the input is not changed");
  }

  @Test
  void sparseRowsSumToOneAndStaySparse() {
    // Row 1 holds an explicitly stored zero only.
    CsrMatrix x = new CsrMatrix(3, 4, new int[] {0, 2, 3, 6}, new int[] {0, 3, 2, 0, 1, 2},
        new float[] {2, 6, 0, 1, 1, 2});
    Feature normalized = FeatureNormalization.normalizeRows(Feature.sparse(x), WHERE);
    CsrMatrix values = ((Feature.Sparse) normalized).values();
    assertArrayEquals(x.indptr(), values.indptr());
    assertArrayEquals(x.indices(), values.indices());
    assertArrayEquals(new float[] {0.25f, 0.75f, 0, 0.25f, 0.25f, 0.5f}, values.values());
  }

  @Test
  void aNegativeValueIsRefusedNamingTheFeature() {
    InvalidGraphException dense = assertThrows(InvalidGraphException.class,
        () -> FeatureNormalization.normalizeRows(
            Feature.dense(Nd4j.createFromArray(new float[][] {{1, -2}})), WHERE));
    assertEquals(WHERE + ": holds a negative value (-2.0); row normalization is for "
        + "non-negative features such as word counts", dense.getMessage());
    InvalidGraphException sparse = assertThrows(InvalidGraphException.class,
        () -> FeatureNormalization.normalizeRows(Feature.sparse(new CsrMatrix(1, 2,
            new int[] {0, 1}, new int[] {1}, new float[] {-0.5f})), WHERE));
    assertEquals(WHERE + ": holds a negative value (-0.5); row normalization is for "
        + "non-negative features such as word counts", sparse.getMessage());
  }

  @Test
  void onlyTwoDimensionalFloatingPointFeaturesAreNormalized() {
    InvalidGraphException oneD = assertThrows(InvalidGraphException.class,
        () -> FeatureNormalization.normalizeRows(
            Feature.dense(Nd4j.createFromArray(1f, 2f)), WHERE));
    assertEquals(WHERE + ": only a 2-D feature (one row per node) can be row-normalized, got "
        + "shape [2]", oneD.getMessage());
    InvalidGraphException integers = assertThrows(InvalidGraphException.class,
        () -> FeatureNormalization.normalizeRows(
            Feature.dense(Nd4j.createFromArray(new int[][] {{1, 2}})), WHERE));
    assertEquals(WHERE + ": is INT; only a floating-point feature can be row-normalized",
        integers.getMessage());
  }

  @Test
  void everyNodeSetWithTheInputFeatureIsNormalizedAndTheRestKept() {
    GraphDataset toy = DatasetDirectoryReader.read(toyCitations());
    GraphDataset normalized = FeatureNormalization.normalizeRows(toy);
    for (String set : new String[] {"paper", "author"}) {
      INDArray sums = normalized.graph().nodeSet(set).feature("feat").toDense()
          .castTo(DataType.DOUBLE).sum(1);
      // 1 for every row, except 0 for a paper without words (the toy has one, as CiteSeer has).
      INDArray expected = toy.graph().nodeSet(set).feature("feat").toDense()
          .castTo(DataType.DOUBLE).sum(1).gt(0).castTo(DataType.DOUBLE);
      assertTrue(sums.equalsWithEps(expected, 1e-6), set + ": " + sums);
    }
    assertTrue(normalized.graph().nodeSet("paper").feature("feat").isSparse());
    assertEquals(toy.graph().nodeSet("paper").feature("year"),
        normalized.graph().nodeSet("paper").feature("year"), "other features are kept");
    assertArrayEquals(toy.labels(), normalized.labels());
  }

  /** The examples module's hand-made data directory. */
  static Path toyCitations() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("examples/data/toy-citations");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError("examples/data/toy-citations not found");
  }

  @Test
  void aFeatureWithoutRowsStaysEmpty() {
    // An empty node set: ND4J failed with "Cannot perform operation addi on empty array".
    Feature dense = FeatureNormalization.normalizeRows(
        Feature.dense(Nd4j.zeros(DataType.FLOAT, 0, 3)), WHERE);
    assertArrayEquals(new long[] {0, 3}, dense.shape());
    Feature sparse = FeatureNormalization.normalizeRows(
        Feature.sparse(new CsrMatrix(0, 3, new int[] {0}, new int[0], new float[0])), WHERE);
    assertEquals(new CsrMatrix(0, 3, new int[] {0}, new int[0], new float[0]),
        ((Feature.Sparse) sparse).values());
  }
}
