package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import java.util.Objects;

/**
 * What {@link Corruptor#andThen} returns: one corruptor, then another. It is {@link Replayable}
 * (each part is called once per call, so each skips as many calls), so that a resumed run
 * draws the views an uninterrupted one would.
 */
final class CorruptorChain implements Corruptor, Replayable {
  private final Corruptor first;
  private final Corruptor next;

  CorruptorChain(Corruptor first, Corruptor next) {
    this.first = Objects.requireNonNull(first, "first");
    this.next = Objects.requireNonNull(next, "andThen: next");
  }

  @Override
  public GraphTensor corrupt(GraphTensor graph) {
    return next.corrupt(first.corrupt(graph));
  }

  @Override
  public void skipCalls(long calls) {
    Replayable.skip(first, calls);
    Replayable.skip(next, calls);
  }

  @Override
  public String toString() {
    return first + " -> " + next;
  }
}
