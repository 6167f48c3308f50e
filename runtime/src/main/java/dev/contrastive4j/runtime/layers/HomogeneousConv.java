package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;

/**
 * A graph convolution over one edge set that joins a node set to itself ({@link GcnConv}, {@link
 * SageConv}): new states {@code [nodes, units]} from inputs {@code [nodes, inputDim]}.
 */
public interface HomogeneousConv {

  /**
   * Convolves {@code x} over edge set {@code edgeSet} of {@code graph}.
   *
   * @param x one row per node of the edge set's node set
   * @throws dev.contrastive4j.api.graph.InvalidGraphException if the edge set is unknown or joins
   *     two different node sets
   * @throws dev.contrastive4j.api.tensor.ShapeMismatchException if {@code x} has the wrong number
   *     of rows or columns
   */
  Tensor apply(Tape tape, GraphTensor graph, String edgeSet, NodeInput x);

  /** The input width. */
  long inputDim();

  /** The output width. */
  long units();
}
