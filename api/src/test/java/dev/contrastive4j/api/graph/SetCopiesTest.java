package dev.contrastive4j.api.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** The with... copies of an edge set and a context: new values, the original untouched. */
class SetCopiesTest {

  @Test
  void edgeSetWithAdjacencyTakesTheNewEdgesSizesAndFeatures() {
    EdgeSet one = EdgeSet.of(new Adjacency("n", "n", new int[] {0}, new int[] {1}), Map.of());
    Adjacency two = new Adjacency("n", "n", new int[] {0, 1}, new int[] {1, 0});
    Feature w = Feature.dense(Nd4j.ones(DataType.FLOAT, 2));
    EdgeSet copy = one.withAdjacency(new long[] {1, 1}, two, Map.of("w", w));
    assertSame(two, copy.adjacency());
    assertArrayEquals(new long[] {1, 1}, copy.sizes());
    assertSame(w, copy.feature("w"));
    assertEquals(1, one.totalSize());
  }

  @Test
  void contextWithFeatureAddsOrReplacesOne() {
    Feature a = Feature.dense(Nd4j.zeros(DataType.FLOAT, 1));
    Feature b = Feature.dense(Nd4j.ones(DataType.FLOAT, 1));
    Context c = Context.empty().withFeature("y", a);
    assertSame(a, c.feature("y"));
    assertSame(b, c.withFeature("y", b).feature("y"));
    assertSame(a, c.feature("y"));
    assertEquals("Context{y=Dense[1] FLOAT}", c.toString());
  }
}
