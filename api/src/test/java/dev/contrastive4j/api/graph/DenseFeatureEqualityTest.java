package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Dense features are equal when type, shape and values are, exactly, so that equal features
 * have equal hashes; and their shape is a copy.
 */
class DenseFeatureEqualityTest {
  private static Feature dense(float... row) {
    return Feature.dense(Nd4j.createFromArray(new float[][] {row}));
  }

  @Test
  void equalValuesMakeEqualFeaturesWithEqualHashes() {
    Feature a = dense(1f, 2f);
    Feature b = dense(1f, 2f);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(1, new HashSet<>(Set.of(a)).stream().filter(b::equals).count());
  }

  /** ND4J's INDArray.equals would call these equal, with hashes that differ. */
  @Test
  void aTinyDifferenceInOneValueMakesThemDiffer() {
    assertNotEquals(dense(1f, 2f), dense(1.000001f, 2f));
    assertNotEquals(dense(1f, 2f), dense(1f, 2.000001f));
  }

  @Test
  void typeAndShapeCountToo() {
    Feature floats = Feature.dense(Nd4j.createFromArray(1f, 2f));
    assertNotEquals(floats, Feature.dense(Nd4j.createFromArray(1d, 2d)));
    assertNotEquals(floats, Feature.dense(Nd4j.createFromArray(new float[][] {{1f}, {2f}})));
    assertNotEquals(floats, Feature.dense(Nd4j.createFromArray(1f)));
    assertNotEquals(floats, Feature.sparse(CsrMatrix.fromDense(
        Nd4j.createFromArray(new float[][] {{1f, 2f}}))));
    assertNotEquals(Feature.dense(Nd4j.zeros(DataType.INT64, 1)),
        Feature.dense(Nd4j.zeros(DataType.INT32, 1)));
  }

  /** ND4J hands out its own shape array; editing the copy must not reshape the feature. */
  @Test
  void editingTheReturnedShapeLeavesTheFeatureAlone() {
    Feature f = Feature.dense(Nd4j.zeros(DataType.FLOAT, 4, 3));
    long[] shape = f.shape();
    shape[0] = 99;
    assertEquals(4, f.rows());
    assertArrayEquals(new long[] {4, 3}, f.shape());
  }
}
