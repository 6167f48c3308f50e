package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Tape;

/**
 * The model being trained: maps a graph to node states on the tape (GCN, GraphSAGE, a
 * heterogeneous encoder, or a user's own). Its parameters are created when it is constructed,
 * so that the optimizer sees them.
 */
public interface Encoder {

  /**
   * Computes node states for {@code graph}: the built-in encoders write, for each node set
   * they encode, {@code [nodes, outputDim()]} under {@link EncodedGraph#HIDDEN_STATE}.
   *
   * @param graph the input graph (a clean or corrupted view)
   * @param tape the tape that records the computation ({@link Tape#inference()} to embed
   *     without gradients)
   * @param training whether dropout and similar training-only behaviour is on
   */
  EncodedGraph encode(GraphTensor graph, Tape tape, boolean training);

  /** The width of the states this encoder writes (the embedding dimension). */
  long outputDim();
}
