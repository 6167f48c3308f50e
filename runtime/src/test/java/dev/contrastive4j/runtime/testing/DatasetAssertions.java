package dev.contrastive4j.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphSchema;
import dev.contrastive4j.api.graph.GraphTensor;
import java.util.Map;

/** Equality of whole data sets, for tests that write one and read it back. */
public final class DatasetAssertions {
  private DatasetAssertions() {}

  /** Asserts that two data sets hold the same graph (and its components), labels and split. */
  public static void assertSameDataset(GraphDataset expected, GraphDataset actual) {
    assertEquals(expected.name(), actual.name());
    assertEquals(expected.targetNodeSet(), actual.targetNodeSet());
    assertEquals(expected.featureName(), actual.featureName());
    assertEquals(expected.labelLevel(), actual.labelLevel());
    assertEquals(expected.numClasses(), actual.numClasses());
    assertArrayEquals(expected.labels(), actual.labels());
    assertEquals(expected.split(), actual.split());
    GraphTensor e = expected.graph();
    GraphTensor a = actual.graph();
    assertEquals(GraphSchema.of(e), GraphSchema.of(a));
    assertEquals(e.numComponents(), a.numComponents());
    e.nodeSets().forEach((name, set) -> {
      assertArrayEquals(set.sizes(), a.nodeSet(name).sizes(), name + " sizes");
      assertSameFeatures(set.features(), a.nodeSet(name).features());
    });
    e.edgeSets().forEach((name, set) -> {
      Adjacency x = set.adjacency();
      Adjacency y = a.edgeSet(name).adjacency();
      assertArrayEquals(set.sizes(), a.edgeSet(name).sizes(), name + " sizes");
      assertArrayEquals(x.sourceView(), y.sourceView(), name + " sources");
      assertArrayEquals(x.targetView(), y.targetView(), name + " targets");
      assertSameFeatures(set.features(), a.edgeSet(name).features());
    });
    assertSameFeatures(e.context().features(), a.context().features());
  }

  private static void assertSameFeatures(Map<String, Feature> x, Map<String, Feature> y) {
    assertEquals(x.keySet(), y.keySet());
    x.forEach((name, f) -> {
      Feature g = y.get(name);
      assertEquals(f.isSparse(), g.isSparse(), name);
      if (f instanceof Feature.Sparse s) {
        assertEquals(s.values(), ((Feature.Sparse) g).values(), name);
      } else {
        assertEquals(f.toDense(), g.toDense(), name);
      }
    });
  }
}
