package dev.contrastive4j.runtime.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.data.DatasetException;
import dev.contrastive4j.api.graph.FeatureSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/** What an array read from a file must look like, and how a mismatch is told. */
class ArrayExpectationTest {
  private static final long ANY = ArrayExpectation.ANY;

  @Test
  void aFeatureIsExpectedWithItsRowsAndItsShapePerItem() {
    ArrayExpectation e = ArrayExpectation.forFeature(
        new FeatureSpec("float32", List.of(2L, 4L), false), 5);
    assertEquals("3-D float array with 5 rows, 2 columns and 4 in dimension 2", e.describe());
    Path f = Path.of("feat.npy");
    assertEquals(f + ": expected 3-D float array with 5 rows, 2 columns and 4 in dimension 2, "
        + "found float32 shape (5, 4, 2)", assertThrows(DatasetException.class,
            () -> e.check(f, DataType.FLOAT, new long[] {5, 4, 2})).getMessage());
  }

  @Test
  void aScalarExpectationNamesTheArrayFoundInstead() {
    Path f = Path.of("loss.npy");
    assertEquals(f + ": expected 0-D float array, found float32 shape (3,)",
        assertThrows(DatasetException.class, () -> ArrayExpectation.of(ElementKind.FLOAT)
            .check(f, DataType.FLOAT, new long[] {3})).getMessage());
  }

  @Test
  void namesATypeThatNoFeatureHasInLowerCase() {
    assertEquals("utf8", ArrayExpectation.typeName(DataType.UTF8));
    assertEquals("float32", ArrayExpectation.typeName(DataType.FLOAT));
  }

  @Test
  void expectationsAreEqualByValue() {
    // A record of an array would compare the arrays' identity; these compare the sizes.
    ArrayExpectation e = ArrayExpectation.of(ElementKind.FLOAT, 3, ANY);
    assertEquals(e, ArrayExpectation.of(ElementKind.FLOAT, 3, ANY));
    assertEquals(e.hashCode(), ArrayExpectation.of(ElementKind.FLOAT, 3, ANY).hashCode());
    assertNotEquals(e, ArrayExpectation.of(ElementKind.INTEGER, 3, ANY));
    assertNotEquals(e, ArrayExpectation.of(ElementKind.FLOAT, 3, 4));
    assertNotEquals(e, e.withRowsFrom("node_counts.paper of dataset.json"));
    assertNotEquals(e, "2-D float array with 3 rows");
    long[] dims = e.dims();
    dims[0] = 9;
    assertEquals(3, e.dims()[0], "dims() is a copy");
    assertEquals(e.describe(), e.toString());
  }
}
