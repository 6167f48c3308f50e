package dev.contrastive4j.runtime.corruptors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.Replayable;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** ComposedCorruptor, Corruptor.andThen with real corruptors, TwoViewAugmentation and ViewPair. */
class CompositionTest {

  /** A corruptor that maps node feature "v" with {@code f}, so the order of steps shows. */
  private static Corruptor map(UnaryOperator<INDArray> f, String name) {
    return new Corruptor() {
      @Override
      public GraphTensor corrupt(GraphTensor g) {
        return g.withNodeFeature("n", "v", Feature.dense(f.apply(g.nodeSet("n").feature("v")
            .toDense())));
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  private static GraphTensor single(double value) {
    return GraphTensor.builder().nodeSet("n", NodeSet.of(1,
        Map.of("v", Feature.dense(Nd4j.createFromArray(new double[] {value}))))).build();
  }

  @Test
  void stepsApplyInOrder() {
    Corruptor times2 = map(a -> a.mul(2), "times2");
    Corruptor plus1 = map(a -> a.add(1), "plus1");
    GraphTensor g = single(5);
    ComposedCorruptor chain = ComposedCorruptor.of(times2, plus1);
    assertEquals(11.0, chain.corrupt(g).nodeSet("n").feature("v").toDense().getDouble(0));
    assertEquals(12.0, ComposedCorruptor.of(plus1, times2).corrupt(g).nodeSet("n")
        .feature("v").toDense().getDouble(0));
    assertEquals(11.0, times2.andThen(plus1).corrupt(g).nodeSet("n").feature("v").toDense()
        .getDouble(0));
    assertEquals(5.0, g.nodeSet("n").feature("v").toDense().getDouble(0), "input unchanged");

    ComposedCorruptor longer = chain.andThen(times2);
    assertEquals(22.0, longer.corrupt(g).nodeSet("n").feature("v").toDense().getDouble(0));
    assertEquals(List.of(times2, plus1, times2), longer.steps(), "nested chains flatten");
    assertEquals(List.of(times2, plus1, times2, plus1),
        ComposedCorruptor.of(chain, chain).steps());
    assertEquals("times2 -> plus1", chain.toString());
    assertEquals("identity", ComposedCorruptor.of().toString());
    assertSame(g, ComposedCorruptor.of().corrupt(g));
    assertEquals("corruptor chain: step 1 is null",
        assertThrows(CorruptionException.class, () -> ComposedCorruptor.of(times2, null))
            .getMessage());
  }

  @Test
  void realCorruptorsComposeDeterministically() {
    GraphTensor graph = TestGraphs.random(3, 100, 400, 16, 5);
    GraphTensor before = TestGraphs.snapshot(graph);
    ComposedCorruptor a = ComposedCorruptor.of(new DropEdges(0.2, 1),
        new MaskFeatureColumns(CorruptionSpec.builder().nodeSet("n", "x", 0.3).build(), 2));
    ComposedCorruptor b = ComposedCorruptor.of(new DropEdges(0.2, 1),
        new MaskFeatureColumns(CorruptionSpec.builder().nodeSet("n", "x", 0.3).build(), 2));
    GraphTensor out = a.corrupt(graph);
    TestGraphs.assertSameGraph(out, b.corrupt(graph));
    assertTrue(out.edgeSet("e").totalSize() < 1200);
    assertNotEquals(graph.nodeSet("n").feature("x").toDense(),
        out.nodeSet("n").feature("x").toDense());
    TestGraphs.assertSameGraph(before, graph);
    assertTrue(a.toString().startsWith("DropEdges{rates={*=0.2}, pairReverseEdges=false, seed=1}"
        + " -> MaskFeatureColumns{spec=CorruptionSpec{"), a.toString());
  }

  @Test
  void chainsMadeWithAndThenReplayAsAResumedRunNeedsThem() {
    GraphTensor graph = TestGraphs.random(3, 100, 400, 16, 5);
    for (boolean composed : new boolean[] {true, false}) {
      Corruptor run = chain(composed);
      run.corrupt(graph);
      run.corrupt(graph);
      GraphTensor third = run.corrupt(graph);
      // A resumed run skips the calls the first part of the run made.
      Corruptor resumed = chain(composed);
      assertTrue(resumed instanceof Replayable, (composed ? "of" : "andThen") + " chain");
      Replayable.skip(resumed, 2);
      TestGraphs.assertSameGraph(third, resumed.corrupt(graph));
    }
  }

  private static Corruptor chain(boolean composed) {
    Corruptor drop = new DropEdges(0.2, 1);
    Corruptor mask = new MaskFeatureColumns(0.3, 2);
    return composed ? ComposedCorruptor.of(drop, mask) : drop.andThen(mask);
  }

  @Test
  void twoViewAugmentations() {
    GraphTensor graph = TestGraphs.random(1, 200, 600, 8, 7);
    TwoViewAugmentation dgi = TwoViewAugmentation.cleanAnd(new ShuffleFeaturesGlobally(3));
    ViewPair views = dgi.views(graph);
    assertSame(graph, views.first(), "DGI's first view is the input");
    assertEquals(List.of(views.first(), views.second()), views.asList());
    assertTrue(dgi.firstIsClean());
    assertNotEquals(graph.nodeSet("n").feature("x").toDense(),
        views.second().nodeSet("n").feature("x").toDense());

    TwoViewAugmentation gbt = TwoViewAugmentation.symmetric(
        seed -> ComposedCorruptor.of(new DropEdges(0.3, seed), new MaskFeatureColumns(0.3, seed)),
        11);
    ViewPair two = gbt.views(graph);
    assertNotEquals(two.first().edgeSet("e").feature("w").toDense(),
        two.second().edgeSet("e").feature("w").toDense(), "the two views differ");
    TwoViewAugmentation again = TwoViewAugmentation.symmetric(
        seed -> ComposedCorruptor.of(new DropEdges(0.3, seed), new MaskFeatureColumns(0.3, seed)),
        11);
    ViewPair same = again.views(graph);
    TestGraphs.assertSameGraph(two.first(), same.first());
    TestGraphs.assertSameGraph(two.second(), same.second());

    TwoViewAugmentation custom = TwoViewAugmentation.of(Corruptor.identity(),
        new DropEdges(0.5, 1));
    assertFalse(custom.firstIsClean());
    assertThrows(CorruptionException.class, () -> TwoViewAugmentation.of(null,
        Corruptor.identity()));
    assertThrows(CorruptionException.class, () -> new ViewPair(graph, null));
  }

  @Test
  void augmentationsDescribeTheirCorruptorsAndNameAMissingOne() {
    // The corruptors of each view as given, a description that says "clean" for DGI's first
    // view, and messages that say which view or corruptor is missing.
    ShuffleFeaturesGlobally shuffle = new ShuffleFeaturesGlobally(3);
    DropEdges drop = new DropEdges(0.5, 1);
    TwoViewAugmentation dgi = TwoViewAugmentation.cleanAnd(shuffle);
    assertSame(shuffle, dgi.second());
    assertEquals("TwoViewAugmentation{first=clean, second=" + shuffle + "}", dgi.toString());
    TwoViewAugmentation custom = TwoViewAugmentation.of(drop, shuffle);
    assertSame(drop, custom.first());
    assertSame(shuffle, custom.second());
    assertEquals("TwoViewAugmentation{first=" + drop + ", second=" + shuffle + "}",
        custom.toString());
    assertEquals("a two-view augmentation needs a corruptor for each view, got none for the"
        + " first", assertThrows(CorruptionException.class,
            () -> TwoViewAugmentation.of(null, drop)).getMessage());
    assertEquals("a two-view augmentation needs a corruptor for each view, got none for the"
        + " second", assertThrows(CorruptionException.class,
            () -> TwoViewAugmentation.of(drop, null)).getMessage());
    GraphTensor graph = single(1);
    assertEquals("a view pair needs two graphs, got no first view",
        assertThrows(CorruptionException.class, () -> new ViewPair(null, graph)).getMessage());
    assertEquals("a view pair needs two graphs, got no second view",
        assertThrows(CorruptionException.class, () -> new ViewPair(graph, null)).getMessage());
  }
}
