package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.Objects;
import org.deeplearning4j.nn.weights.WeightInit;

/**
 * GraphSAGE with the mean aggregator, as PyTorch Geometric's {@code SAGEConv}:
 * {@code X·W_self + mean_{neighbours}(X)·W_neighbour + b}, the mean taken over the sources of
 * the edges into each node (0 for a node without incoming edges; a duplicate edge counts twice).
 * Sparse inputs are multiplied by the weights without becoming dense.
 *
 * <p>Parameters: {@code <name>/self_kernel} and {@code <name>/neighbor_kernel}, both {@code
 * [inputDim, units]} (Glorot-uniform), and {@code <name>/bias [units]} (zeros).
 */
public final class SageConv implements HomogeneousConv {
  private final String owner;
  private final Parameter selfKernel;
  private final Parameter neighborKernel;
  private final Parameter bias;
  private final GraphStructureCache cache;

  /** A layer with a bias, using the {@linkplain GraphStructureCache#shared() shared} cache. */
  public SageConv(ParameterStore store, String name, long inputDim, long units) {
    this(store, name, inputDim, units, true, GraphStructureCache.shared());
  }

  /**
   * Creates the layer's parameters in {@code store}.
   *
   * @param useBias whether to add a bias
   * @param cache where mean adjacencies are kept between calls
   * @throws IllegalArgumentException if a width is not positive or the name is blank
   */
  public SageConv(ParameterStore store, String name, long inputDim, long units, boolean useBias,
      GraphStructureCache cache) {
    this.owner = "SAGE layer '" + name + "'";
    ConvChecks.checkConfig("SAGE layer", name, inputDim, units);
    this.cache = Objects.requireNonNull(cache, "cache");
    this.selfKernel =
        store.create(name + "/self_kernel", WeightInit.XAVIER_UNIFORM, inputDim, units);
    this.neighborKernel =
        store.create(name + "/neighbor_kernel", WeightInit.XAVIER_UNIFORM, inputDim, units);
    this.bias = useBias ? store.zeros(name + "/bias", units) : null;
  }

  @Override
  public Tensor apply(Tape tape, GraphTensor graph, String edgeSet, NodeInput x) {
    Adjacency edges = ConvChecks.homogeneousEdges(owner, graph, edgeSet);
    int nodes = ConvChecks.nodeCount(graph, edges.sourceSet());
    ConvChecks.checkInput(owner, edges.sourceSet(), x, nodes, inputDim());
    return apply(tape, cache.meanAdjacency(edges, nodes, nodes), x);
  }

  /**
   * The convolution with a given averaging adjacency (for example one built by {@link
   * GraphStructureCache#meanAdjacency}).
   *
   * @throws ShapeMismatchException if {@code x} does not fit the adjacency or the kernels
   */
  public Tensor apply(Tape tape, CsrAdjacency mean, NodeInput x) {
    if (x.rows() != mean.numSources() || mean.numSources() != mean.numTargets()
        || x.dim() != inputDim()) {
      throw new ShapeMismatchException(owner + ": input [" + x.rows() + ", " + x.dim()
          + "] does not fit the " + mean.numTargets() + "x" + mean.numSources()
          + " adjacency and the input dimension " + inputDim());
    }
    Tensor out = Ops.add(x.times(tape.param(selfKernel)),
        x.propagateTimes(mean, tape.param(neighborKernel)));
    return bias == null ? out : Ops.add(out, tape.param(bias));
  }

  @Override
  public long inputDim() {
    return selfKernel.shape()[0];
  }

  @Override
  public long units() {
    return selfKernel.shape()[1];
  }

  /** The weight of a node's own input, {@code [inputDim, units]}. */
  public Parameter selfKernel() {
    return selfKernel;
  }

  /** The weight of the neighbours' mean, {@code [inputDim, units]}. */
  public Parameter neighborKernel() {
    return neighborKernel;
  }

  /** The bias {@code [units]}, or null without one. */
  public Parameter bias() {
    return bias;
  }
}
