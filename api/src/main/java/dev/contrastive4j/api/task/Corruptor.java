package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;

/**
 * Makes a corrupted (or augmented) view of a graph, as TF-GNN's {@code _Corruptor} layers do:
 * the negative view of Deep Graph Infomax, or one of the two views of Barlow Twins.
 *
 * <p>Corruption acts on the input graph, before the encoder, so it needs no gradient.
 * Implementations are seeded: the same seed and the same sequence of calls give the same
 * views. Each call draws fresh randomness (a new permutation or mask per training step).
 */
@FunctionalInterface
public interface Corruptor {

  /**
   * Returns a corrupted copy of {@code graph}; the input is never modified.
   *
   * @throws IllegalArgumentException if the graph lacks a set or feature this corruptor was
   *     configured for (the message names it)
   */
  GraphTensor corrupt(GraphTensor graph);

  /**
   * A corruptor that first applies this one, then {@code next}; {@link Replayable} (skipping
   * the calls of both), so that a resumed run draws the same views.
   */
  default Corruptor andThen(Corruptor next) {
    return new CorruptorChain(this, next);
  }

  /** The corruptor that returns its input unchanged (a clean view). */
  static Corruptor identity() {
    return graph -> graph;
  }
}
