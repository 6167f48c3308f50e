package dev.contrastive4j.api.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link Corruptor#andThen}: both corruptors in order, and a resumed run skips the calls of
 * each (so it draws the views an uninterrupted run would).
 */
class CorruptorChainTest {

  private static GraphTensor graph(float x) {
    return GraphTensor.homogeneous("n", NodeSet.of(1, Map.of("x",
        Feature.dense(Nd4j.createFromArray(new float[][] {{x}})))), "e",
        EdgeSet.of(new Adjacency("n", "n", new int[0], new int[0]), Map.of()));
  }

  /** Adds {@code delta} to the one feature value; records the calls it is told to skip. */
  private record Shift(float delta, List<Long> skipped) implements Corruptor, Replayable {
    @Override
    public GraphTensor corrupt(GraphTensor g) {
      float x = g.nodeSet("n").feature("x").toDense().getFloat(0, 0);
      return graph(x * 10 + delta);
    }

    @Override
    public void skipCalls(long calls) {
      skipped.add(calls);
    }

    @Override
    public String toString() {
      return "shift " + delta;
    }
  }

  @Test
  void appliesThisThenTheNext() {
    Corruptor chain = new Shift(1, new ArrayList<>()).andThen(new Shift(2, new ArrayList<>()));
    // (0 * 10 + 1) * 10 + 2; the other order would give 21.
    assertEquals(12f, chain.corrupt(graph(0)).nodeSet("n").feature("x").toDense()
        .getFloat(0, 0));
    assertEquals("shift 1.0 -> shift 2.0", chain.toString());
  }

  @Test
  void skipsTheCallsOfBothParts() {
    List<Long> first = new ArrayList<>();
    List<Long> next = new ArrayList<>();
    Corruptor chain = new Shift(1, first).andThen(new Shift(2, next));
    assertTrue(chain instanceof Replayable);
    Replayable.skip(chain, 5);
    assertEquals(List.of(5L), first);
    assertEquals(List.of(5L), next);
  }

  @Test
  void skippingNothingOrSomethingNotReplayableDoesNothing() {
    List<Long> skipped = new ArrayList<>();
    Shift shift = new Shift(1, skipped);
    Replayable.skip(shift, 0);
    Replayable.skip(shift, -3);
    Replayable.skip("not replayable", 5);
    assertEquals(List.of(), skipped);
    Replayable.skip(shift, 1);
    assertEquals(List.of(1L), skipped);
  }

  @Test
  void identityReturnsItsInput() {
    GraphTensor g = graph(3);
    assertSame(g, Corruptor.identity().corrupt(g));
  }
}
