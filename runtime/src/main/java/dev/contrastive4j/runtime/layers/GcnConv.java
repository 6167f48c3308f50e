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
 * The graph convolution of Kipf and Welling, as PyTorch Geometric's {@code GCNConv}:
 * {@code Â·(X·W) + b} with {@code Â = D^-1/2 (A + I) D^-1/2}, the degree counted at the target
 * with self loops (see {@link dev.contrastive4j.runtime.kernels.GcnNormalization}). Messages flow
 * from source to target. Sparse inputs are multiplied by {@code W} without becoming dense.
 *
 * <p>Parameters: {@code <name>/kernel [inputDim, units]} (Glorot-uniform) and {@code
 * <name>/bias [units]} (zeros).
 */
public final class GcnConv implements HomogeneousConv {
  private final String owner;
  private final Parameter kernel;
  private final Parameter bias;
  private final boolean addSelfLoops;
  private final GraphStructureCache cache;

  /** A layer with self loops and a bias, using the {@linkplain GraphStructureCache#shared() shared} cache. */
  public GcnConv(ParameterStore store, String name, long inputDim, long units) {
    this(store, name, inputDim, units, true, true, GraphStructureCache.shared());
  }

  /**
   * Creates the layer's parameters in {@code store}.
   *
   * @param addSelfLoops whether {@code Â} includes self loops (GCN's {@code A + I})
   * @param useBias whether to add a bias
   * @param cache where normalized adjacencies are kept between calls
   * @throws IllegalArgumentException if a width is not positive or the name is blank
   */
  public GcnConv(ParameterStore store, String name, long inputDim, long units,
      boolean addSelfLoops, boolean useBias, GraphStructureCache cache) {
    this.owner = "GCN layer '" + name + "'";
    ConvChecks.checkConfig("GCN layer", name, inputDim, units);
    this.cache = Objects.requireNonNull(cache, "cache");
    this.kernel = store.create(name + "/kernel", WeightInit.XAVIER_UNIFORM, inputDim, units);
    this.bias = useBias ? store.zeros(name + "/bias", units) : null;
    this.addSelfLoops = addSelfLoops;
  }

  @Override
  public Tensor apply(Tape tape, GraphTensor graph, String edgeSet, NodeInput x) {
    Adjacency edges = ConvChecks.homogeneousEdges(owner, graph, edgeSet);
    int nodes = ConvChecks.nodeCount(graph, edges.sourceSet());
    ConvChecks.checkInput(owner, edges.sourceSet(), x, nodes, inputDim());
    return apply(tape, cache.gcnAdjacency(edges, nodes, addSelfLoops), x);
  }

  /**
   * The convolution with a given normalized adjacency (for example one built by {@link
   * GraphStructureCache#gcnAdjacency}).
   *
   * @throws ShapeMismatchException if {@code x} does not fit the adjacency or the kernel
   */
  public Tensor apply(Tape tape, CsrAdjacency normalized, NodeInput x) {
    if (x.rows() != normalized.numSources() || normalized.numSources() != normalized.numTargets()
        || x.dim() != inputDim()) {
      throw new ShapeMismatchException(owner + ": input [" + x.rows() + ", " + x.dim()
          + "] does not fit the " + normalized.numTargets() + "x" + normalized.numSources()
          + " adjacency and the input dimension " + inputDim());
    }
    Tensor out = x.propagateTimes(normalized, tape.param(kernel));
    return bias == null ? out : Ops.add(out, tape.param(bias));
  }

  @Override
  public long inputDim() {
    return kernel.shape()[0];
  }

  @Override
  public long units() {
    return kernel.shape()[1];
  }

  /** Whether {@code Â} includes self loops. */
  public boolean addsSelfLoops() {
    return addSelfLoops;
  }

  /** The weight {@code [inputDim, units]}. */
  public Parameter kernel() {
    return kernel;
  }

  /** The bias {@code [units]}, or null without one. */
  public Parameter bias() {
    return bias;
  }
}
