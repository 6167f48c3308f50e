package dev.contrastive4j.runtime.layers;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A heterogeneous graph convolution in the style of R-GCN (Schlichtkrull et al., 2018): one
 * convolution per edge set, each with its own weight, whose messages are summed into the target
 * node set, plus optionally a self (root) transform of each node set's own input:
 *
 * <pre>
 * h_t = X_t·W_self,t + Σ_{edge sets r into t} agg_r(X_source(r)·W_r) + b_t
 * </pre>
 *
 * where {@code agg_r} averages (R-GCN's {@code 1 / c_{i,r}}) or sums over the edges of {@code r}
 * into each node. The node sets that get an output are given, or by default the targets of the
 * relations and, with the self transform, every node set that has an input.
 *
 * <p>Parameters: {@code <name>/edges/<edgeSet>/kernel [dim(source), units]}, {@code
 * <name>/nodes/<nodeSet>/self_kernel [dim(nodeSet), units]} (Glorot-uniform) and {@code
 * <name>/nodes/<nodeSet>/bias [units]} (zeros) for each output node set.
 */
public final class RelationalConv {
  private final String owner;
  private final long units;
  private final Map<String, Long> inputDims;
  private final List<Relation> relations;
  private final Aggregation aggregation;
  private final GraphStructureCache cache;
  private final Map<String, Parameter> edgeKernels = new LinkedHashMap<>();
  private final Map<String, Parameter> selfKernels = new LinkedHashMap<>();
  private final Map<String, Parameter> biases = new LinkedHashMap<>();
  private final Set<String> outputs;
  private final DataType dataType;

  /**
   * Creates the layer's parameters in {@code store}; the output node sets are the relations'
   * targets and, with the self transform, every node set with an input.
   *
   * @see #RelationalConv(ParameterStore, String, Map, long, List, Aggregation, boolean, boolean,
   *     GraphStructureCache, Collection)
   */
  public RelationalConv(ParameterStore store, String name, Map<String, Long> inputDims,
      long units, List<Relation> relations, Aggregation aggregation, boolean selfTransform,
      boolean useBias, GraphStructureCache cache) {
    this(store, name, inputDims, units, relations, aggregation, selfTransform, useBias, cache,
        defaultOutputs(inputDims, relations, selfTransform));
  }

  /**
   * Creates the layer's parameters in {@code store}.
   *
   * @param inputDims the input width of each node set that has an input
   * @param relations the edge sets to convolve over; each source must have an input and each
   *     target must be an output
   * @param selfTransform whether each output node set with an input adds {@code X·W_self}
   * @param useBias whether each output node set adds a bias
   * @param cache where aggregation adjacencies are kept between calls
   * @param outputNodeSets the node sets to compute, each the target of a relation or, with the
   *     self transform, a node set with an input
   * @throws IllegalArgumentException naming the fault: a non-positive width, a blank name, a
   *     repeated edge set, a relation whose source has no input or whose target is not an output,
   *     an output that would get no term
   */
  public RelationalConv(ParameterStore store, String name, Map<String, Long> inputDims,
      long units, List<Relation> relations, Aggregation aggregation, boolean selfTransform,
      boolean useBias, GraphStructureCache cache, Collection<String> outputNodeSets) {
    this.owner = "relational layer '" + name + "'";
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("relational layer: the layer needs a name, got '" + name
          + "'");
    }
    Objects.requireNonNull(inputDims, owner + ": inputDims");
    Objects.requireNonNull(relations, owner + ": relations");
    Objects.requireNonNull(outputNodeSets, owner + ": outputNodeSets");
    if (units <= 0) {
      throw new IllegalArgumentException(owner + ": units must be positive, got " + units);
    }
    inputDims.forEach((set, dim) -> {
      if (dim == null || dim <= 0) {
        throw new IllegalArgumentException(owner + ": the input dimension of node set '" + set
            + "' must be positive, got " + dim);
      }
    });
    if (outputNodeSets.isEmpty()) {
      throw new IllegalArgumentException(owner + ": needs at least one output node set");
    }
    this.units = units;
    this.inputDims = Collections.unmodifiableMap(new LinkedHashMap<>(inputDims));
    this.relations = List.copyOf(relations);
    this.aggregation = Objects.requireNonNull(aggregation, owner + ": aggregation");
    this.cache = Objects.requireNonNull(cache, owner + ": cache");
    this.outputs = Collections.unmodifiableSet(new LinkedHashSet<>(outputNodeSets));
    this.dataType = store.dataType();
    // Every check before any parameter is created, so a bad configuration leaves no trace.
    Set<String> seen = new HashSet<>();
    Set<String> reached = new HashSet<>();
    for (Relation r : this.relations) {
      if (!seen.add(r.edgeSet())) {
        throw new IllegalArgumentException(owner + ": edge set '" + r.edgeSet()
            + "' is listed twice");
      }
      if (!inputDims.containsKey(r.source())) {
        throw new IllegalArgumentException(owner + ": edge set '" + r.edgeSet()
            + "' starts at node set '" + r.source() + "', which has no input; inputs are "
            + inputDims.keySet());
      }
      if (!outputs.contains(r.target())) {
        throw new IllegalArgumentException(owner + ": edge set '" + r.edgeSet() + "' ends at"
            + " node set '" + r.target() + "', which is not an output; outputs are " + outputs);
      }
      reached.add(r.target());
    }
    for (String set : outputs) {
      if (!reached.contains(set) && !(selfTransform && inputDims.containsKey(set))) {
        throw new IllegalArgumentException(owner + ": output node set '" + set + "' receives no"
            + " edges" + (selfTransform ? " and has no input" : " and the self transform is off"));
      }
    }
    for (Relation r : this.relations) {
      edgeKernels.put(r.edgeSet(), store.create(name + "/edges/" + r.edgeSet() + "/kernel",
          WeightInit.XAVIER_UNIFORM, inputDims.get(r.source()), units));
    }
    for (String set : outputs) {
      if (selfTransform && inputDims.containsKey(set)) {
        selfKernels.put(set, store.create(name + "/nodes/" + set + "/self_kernel",
            WeightInit.XAVIER_UNIFORM, inputDims.get(set), units));
      }
      if (useBias) {
        biases.put(set, store.zeros(name + "/nodes/" + set + "/bias", units));
      }
    }
  }

  private static Set<String> defaultOutputs(Map<String, Long> inputDims,
      List<Relation> relations, boolean selfTransform) {
    Set<String> out = new LinkedHashSet<>();
    if (relations != null) {
      relations.forEach(r -> out.add(r.target()));
    }
    if (selfTransform && inputDims != null) {
      out.addAll(inputDims.keySet());
    }
    return out;
  }

  /**
   * Computes the new state of every output node set.
   *
   * @param inputs per node set with an input, one row per node
   * @return per output node set (in {@link #outputNodeSets()} order), {@code [nodes, units]};
   *     a node set without nodes in {@code graph} gets a constant {@code [0, units]}, and the
   *     edge sets at it take no part
   * @throws InvalidGraphException if an edge set is missing or joins other node sets than
   *     declared
   * @throws dev.contrastive4j.api.tensor.ShapeMismatchException if an input has the wrong shape
   */
  public Map<String, Tensor> apply(Tape tape, GraphTensor graph, Map<String, NodeInput> inputs) {
    for (Map.Entry<String, Long> e : inputDims.entrySet()) {
      String set = e.getKey();
      if (!graph.nodeSets().containsKey(set)) {
        throw new InvalidGraphException(owner + ": unknown node set '" + set + "'; the graph has "
            + graph.nodeSets().keySet());
      }
      ConvChecks.checkInput(owner, set, inputs.get(set), graph.nodeSet(set).totalSize(),
          e.getValue());
    }
    Map<Relation, Adjacency> edges = new LinkedHashMap<>();
    for (Relation r : relations) {
      edges.put(r, edgesOf(graph, r));
    }
    Map<String, List<Tensor>> terms = new LinkedHashMap<>();
    for (String set : outputs) {
      terms.put(set, new ArrayList<>());
    }
    // A node set without nodes in this graph (a mini-batch of molecules none of which has a
    // node of that kind) takes no part: ND4J refuses products of arrays without rows, and the
    // edge sets at it have no edges, so they carry no messages.
    selfKernels.forEach((set, w) -> {
      if (ConvChecks.nodeCount(graph, set) > 0) {
        terms.get(set).add(inputs.get(set).times(tape.param(w)));
      }
    });
    for (Relation r : relations) {
      int targets = ConvChecks.nodeCount(graph, r.target());
      int sources = ConvChecks.nodeCount(graph, r.source());
      if (targets > 0 && sources > 0) {
        terms.get(r.target()).add(inputs.get(r.source()).propagateTimes(
            aggregation.adjacency(cache, edges.get(r), targets, sources),
            tape.param(edgeKernels.get(r.edgeSet()))));
      }
    }
    Map<String, Tensor> out = new LinkedHashMap<>();
    terms.forEach((set, list) -> {
      int nodes = ConvChecks.nodeCount(graph, set);
      if (nodes == 0) {
        out.put(set, tape.constant(Nd4j.create(dataType, 0, units)));
        return;
      }
      // Without a term (every edge set into it starts at a node set without nodes here, and
      // no self transform), each node's sum of messages is 0.
      Tensor sum = list.isEmpty() ? tape.constant(Nd4j.zeros(dataType, nodes, units))
          : list.get(0);
      for (int i = 1; i < list.size(); i++) {
        sum = Ops.add(sum, list.get(i));
      }
      Parameter b = biases.get(set);
      out.put(set, b == null ? sum : Ops.add(sum, tape.param(b)));
    });
    return out;
  }

  private Adjacency edgesOf(GraphTensor graph, Relation r) {
    if (!graph.edgeSets().containsKey(r.edgeSet())) {
      throw new InvalidGraphException(owner + ": unknown edge set '" + r.edgeSet()
          + "'; the graph has " + graph.edgeSets().keySet());
    }
    Adjacency a = graph.edgeSet(r.edgeSet()).adjacency();
    if (!a.sourceSet().equals(r.source()) || !a.targetSet().equals(r.target())) {
      throw new InvalidGraphException(owner + ": edge set '" + r.edgeSet() + "' joins '"
          + a.sourceSet() + "' -> '" + a.targetSet() + "' but the layer was built for '"
          + r.source() + "' -> '" + r.target() + "'");
    }
    return a;
  }

  /** The node sets this layer computes states for, in order. */
  public Set<String> outputNodeSets() {
    return outputs;
  }

  /** The input width of each node set with an input. */
  public Map<String, Long> inputDims() {
    return inputDims;
  }

  /** The relations this layer convolves over. */
  public List<Relation> relations() {
    return relations;
  }

  /** The output width. */
  public long units() {
    return units;
  }
}
