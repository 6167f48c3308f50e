package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.layers.Projection;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.layers.RelationalConv;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An R-GCN style encoder for graphs with several node and edge sets: a stack of {@link
 * RelationalConv} layers (one convolution per edge set, summed into each target node set, plus a
 * self transform per node set), with the activation after each layer and dropout between layers.
 * Each node set's input feature is first projected to a common width when the widths differ (or
 * when a projection width is configured). Writes {@code hidden_state} for the requested node sets.
 *
 * <p>A node set without nodes in the graph encoded (a mini-batch of graphs none of which has a
 * node of that kind) gets a state without rows, and the edge sets at it carry no messages.
 *
 * <p>Each layer computes only what later layers or the output need. Parameters: {@code
 * <name>/input/<nodeSet>/kernel} (projections), {@code <name>/rgcn_<i>/...} (see {@link
 * RelationalConv}) and, with PReLU, {@code <name>/activation_<i>/<nodeSet>/alpha}.
 */
public final class HeteroEncoder implements Encoder, Replayable {
  private final String owner;
  private final String featureName;
  private final Map<String, Long> inputDims;
  private final List<String> nodeSets;
  private final EncoderOptions options;
  private final DataType dataType;
  private final GraphStructureCache cache;
  private final Map<String, Projection> projections = new LinkedHashMap<>();
  private final List<RelationalConv> convs = new ArrayList<>();
  private final List<Map<String, HiddenActivation.Applied>> activations = new ArrayList<>();
  private final DropoutSeeds seeds;

  /**
   * A heterogeneous encoder using the {@linkplain GraphStructureCache#shared() shared} structure
   * cache.
   *
   * @see #HeteroEncoder(ParameterStore, String, String, Map, List, List, EncoderOptions,
   *     HeteroOptions, GraphStructureCache)
   */
  public HeteroEncoder(ParameterStore store, String name, String featureName,
      Map<String, Long> inputDims, List<Relation> relations, List<String> nodeSets,
      EncoderOptions options, HeteroOptions hetero) {
    this(store, name, featureName, inputDims, relations, nodeSets, options, hetero,
        GraphStructureCache.shared());
  }

  /**
   * Creates the encoder's parameters in {@code store}.
   *
   * @param name the parameter name prefix
   * @param featureName the input feature every node set in {@code inputDims} has
   * @param inputDims the width of the input feature of each node set that has one
   * @param relations the edge sets to convolve over (see {@link Relation#of}); each must start
   *     at a node set with an input
   * @param nodeSets the node sets whose states the encoder writes
   * @param options units per layer, activation, dropout
   * @param hetero aggregation, self transform, projection width
   * @param cache where adjacencies and prepared sparse features are kept
   * @throws EncoderConfigException naming the setting at fault
   */
  public HeteroEncoder(ParameterStore store, String name, String featureName,
      Map<String, Long> inputDims, List<Relation> relations, List<String> nodeSets,
      EncoderOptions options, HeteroOptions hetero, GraphStructureCache cache) {
    Objects.requireNonNull(store, "store");
    this.owner = "hetero encoder '" + name + "'";
    InputFeatures.requireName(owner, "the name", name);
    this.featureName = InputFeatures.requireName(owner, "the input feature", featureName);
    this.options = Objects.requireNonNull(options, owner + ": options");
    Objects.requireNonNull(hetero, owner + ": hetero options");
    this.cache = Objects.requireNonNull(cache, owner + ": cache");
    this.dataType = store.dataType();
    if (inputDims == null || inputDims.isEmpty()) {
      throw new EncoderConfigException(owner + ": inputDims must give the input width of at"
          + " least one node set");
    }
    inputDims.forEach((set, dim) -> {
      InputFeatures.requireName(owner, "each node set name in inputDims", set);
      if (dim == null || dim <= 0) {
        throw new EncoderConfigException(owner + ": the input dimension of node set '" + set
            + "' must be positive, got " + dim);
      }
    });
    this.inputDims = Collections.unmodifiableMap(new LinkedHashMap<>(inputDims));
    if (relations == null) {
      throw new EncoderConfigException(owner + ": relations must be given (may be empty)");
    }
    Set<String> edgeSets = new HashSet<>();
    for (Relation r : relations) {
      if (!edgeSets.add(r.edgeSet())) {
        throw new EncoderConfigException(owner + ": edge set '" + r.edgeSet()
            + "' is listed twice");
      }
      if (!inputDims.containsKey(r.source())) {
        throw new EncoderConfigException(owner + ": edge set '" + r.edgeSet() + "' starts at"
            + " node set '" + r.source() + "', which has no input feature; give its width in"
            + " inputDims or leave the edge set out (inputDims has " + inputDims.keySet() + ")");
      }
    }
    if (nodeSets == null || nodeSets.isEmpty()) {
      throw new EncoderConfigException(owner + ": nodeSets must name at least one node set to"
          + " encode");
    }
    nodeSets.forEach(set -> InputFeatures.requireName(owner, "each node set to encode", set));
    this.nodeSets = List.copyOf(new LinkedHashSet<>(nodeSets));

    int layers = options.layers();
    List<Set<String>> available = statesPerLayer(inputDims.keySet(), relations, layers,
        hetero.selfTransform());
    for (String set : this.nodeSets) {
      if (!available.get(layers).contains(set)) {
        throw new EncoderConfigException(owner + ": node set '" + set + "' gets no state after "
            + layers + " layer(s): it is not reached by the relations " + relationNames(relations)
            + (hetero.selfTransform() ? "" : " and the self transform is off")
            + (inputDims.containsKey(set) ? "" : " and it has no input feature"));
      }
    }
    // Backward: which node sets each layer must compute, and from which inputs.
    List<Set<String>> outputs = new ArrayList<>(Collections.nCopies(layers, null));
    List<List<Relation>> layerRelations = new ArrayList<>(Collections.nCopies(layers, null));
    List<Set<String>> needed = new ArrayList<>(Collections.nCopies(layers, null));
    Set<String> wanted = new LinkedHashSet<>(this.nodeSets);
    for (int l = layers - 1; l >= 0; l--) {
      Set<String> before = available.get(l);
      List<Relation> used = new ArrayList<>();
      Set<String> inputs = new LinkedHashSet<>();
      for (Relation r : relations) {
        if (wanted.contains(r.target()) && before.contains(r.source())) {
          used.add(r);
          inputs.add(r.source());
        }
      }
      if (hetero.selfTransform()) {
        for (String set : wanted) {
          if (before.contains(set)) {
            inputs.add(set);
          }
        }
      }
      outputs.set(l, wanted);
      layerRelations.set(l, used);
      needed.set(l, inputs);
      wanted = inputs;
    }
    // Projections of the inputs the first layer reads.
    boolean project = hetero.projectionDim() > 0
        || new HashSet<>(inputDims.values()).size() > 1;
    long common = hetero.projectionDim() > 0 ? hetero.projectionDim() : options.units().get(0);
    Map<String, Long> widths = new LinkedHashMap<>();
    for (String set : needed.get(0)) {
      if (project) {
        projections.put(set, new Projection(store, name + "/input/" + set, inputDims.get(set),
            common));
      }
      widths.put(set, project ? common : inputDims.get(set));
    }
    for (int l = 0; l < layers; l++) {
      long units = options.units().get(l);
      RelationalConv conv = new RelationalConv(store, name + "/rgcn_" + l, widths, units,
          layerRelations.get(l), hetero.aggregation(), hetero.selfTransform(), true, cache,
          outputs.get(l));
      convs.add(conv);
      Map<String, HiddenActivation.Applied> perSet = new LinkedHashMap<>();
      for (String set : conv.outputNodeSets()) {
        perSet.put(set, options.activates(l)
            ? options.activation().create(store, name + "/activation_" + l + "/" + set, units)
            : (tape, x) -> x);
      }
      activations.add(perSet);
      widths = new LinkedHashMap<>();
      if (l + 1 < layers) {
        for (String set : needed.get(l + 1)) {
          widths.put(set, units);
        }
      }
    }
    this.seeds = new DropoutSeeds(options.dropoutSeed());
  }

  /**
   * The node sets that have a state after {@code layers} layers: those with an input, and each
   * layer adds the targets of the relations from a node set with a state; with the self
   * transform off, a node set keeps a state only while a relation brings it one. Encoding any
   * other node set is refused by the constructor.
   *
   * @param inputs the node sets with an input feature
   * @param relations the edge sets convolved over
   * @param layers the number of layers
   * @param selfTransform whether each node set also transforms its own state
   */
  public static Set<String> nodeSetsWithState(Set<String> inputs, List<Relation> relations,
      int layers, boolean selfTransform) {
    return statesPerLayer(inputs, relations, layers, selfTransform).get(layers);
  }

  /** Forward: which node sets can have a state after each layer (index 0: the inputs). */
  private static List<Set<String>> statesPerLayer(Set<String> inputs, List<Relation> relations,
      int layers, boolean selfTransform) {
    List<Set<String>> available = new ArrayList<>();
    available.add(new LinkedHashSet<>(inputs));
    for (int l = 0; l < layers; l++) {
      Set<String> before = available.get(l);
      Set<String> after = new LinkedHashSet<>();
      for (Relation r : relations) {
        if (before.contains(r.source())) {
          after.add(r.target());
        }
      }
      if (selfTransform) {
        after.addAll(before);
      }
      available.add(after);
    }
    return available;
  }

  private static List<String> relationNames(List<Relation> relations) {
    return relations.stream().map(r -> r.edgeSet() + " (" + r.source() + " -> " + r.target()
        + ")").toList();
  }

  /**
   * Encodes with the next dropout seed of this encoder's sequence; inference calls take no seed
   * from it.
   */
  @Override
  public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training) {
    return encode(graph, tape, training, seeds.forCall(training));
  }

  /**
   * Encodes with the given dropout seed: the same seed gives the same masks.
   *
   * @throws InvalidGraphException naming the encoder when a node set, edge set or feature is
   *     missing or does not fit
   */
  public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training, long dropoutSeed) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(tape, "tape");
    for (String set : nodeSets) {
      InputFeatures.nodeSet(owner, graph, set);
    }
    Map<String, NodeInput> inputs = new LinkedHashMap<>();
    for (String set : convs.get(0).inputDims().keySet()) {
      NodeInput x = InputFeatures.read(owner, graph, set, featureName, inputDims.get(set),
          dataType, tape, cache);
      Projection p = projections.get(set);
      if (p != null) {
        // ND4J refuses products of arrays without rows: a node set without nodes in this graph
        // gets its projection's shape, and the layers leave it out.
        x = NodeInput.dense(x.rows() > 0 ? p.apply(tape, x)
            : tape.constant(Nd4j.create(dataType, 0, p.units())));
      }
      inputs.put(set, x);
    }
    Map<String, Tensor> states = Map.of();
    for (int l = 0; l < convs.size(); l++) {
      Map<String, Tensor> raw = convs.get(l).apply(tape, graph, inputs);
      states = new LinkedHashMap<>();
      inputs = new LinkedHashMap<>();
      int k = 0;
      for (Map.Entry<String, Tensor> e : raw.entrySet()) {
        Tensor h = e.getValue();
        // A state without rows (a node set without nodes here) stays as the layer gave it.
        if (h.size(0) > 0) {
          h = activations.get(l).get(e.getKey()).apply(tape, h);
          if (options.dropsOut(l)) {
            h = Ops.dropout(h, options.dropout(), training, DropoutSeeds.mix(dropoutSeed, l, k));
          }
        }
        k++;
        states.put(e.getKey(), h);
        inputs.put(e.getKey(), NodeInput.dense(h));
      }
    }
    Map<String, Tensor> hidden = new LinkedHashMap<>();
    for (String set : nodeSets) {
      hidden.put(set, states.get(set));
    }
    return EncodedGraph.ofHiddenStates(graph, hidden);
  }

  @Override
  public long outputDim() {
    return options.outputDim();
  }

  /** The node sets whose states the encoder writes. */
  public List<String> nodeSets() {
    return nodeSets;
  }

  /** The input feature's name. */
  public String featureName() {
    return featureName;
  }

  /** The layers, in order. */
  public List<RelationalConv> convs() {
    return Collections.unmodifiableList(convs);
  }

  /** The input projections by node set (empty when the inputs are not projected). */
  public Map<String, Projection> projections() {
    return Collections.unmodifiableMap(projections);
  }

  /** Skips the dropout masks of {@code calls} encode calls (for resumed runs). */
  @Override
  public void skipCalls(long calls) {
    seeds.skip(calls);
  }
}
