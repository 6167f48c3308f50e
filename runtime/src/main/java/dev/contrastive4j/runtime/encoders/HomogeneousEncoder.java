package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What {@link GcnEncoder} and {@link SageEncoder} share: a {@link LayerStack} over one edge set
 * of one node set, fed by one input feature, writing {@link EncodedGraph#HIDDEN_STATE}.
 */
abstract class HomogeneousEncoder implements Encoder, Replayable {
  private final String owner;
  private final String nodeSet;
  private final String edgeSet;
  private final String featureName;
  private final long inputDim;
  private final DataType dataType;
  private final GraphStructureCache cache;
  private final LayerStack stack;
  private final DropoutSeeds seeds;

  HomogeneousEncoder(String kind, String stem, ParameterStore store, String name, String nodeSet,
      String edgeSet, String featureName, long inputDim, EncoderOptions options,
      GraphStructureCache cache, LayerStack.ConvFactory factory) {
    Objects.requireNonNull(store, "store");
    this.owner = kind + " encoder '" + name + "'";
    InputFeatures.requireName(owner, "the name", name);
    this.nodeSet = InputFeatures.requireName(owner, "the node set", nodeSet);
    if (edgeSet != null && edgeSet.isBlank()) {
      throw new EncoderConfigException(owner + ": the edge set must be null (the node set's only"
          + " edge set) or a name, got '" + edgeSet + "'");
    }
    this.edgeSet = edgeSet;
    this.featureName = InputFeatures.requireName(owner, "the input feature", featureName);
    if (inputDim <= 0) {
      throw new EncoderConfigException(owner + ": the input dimension must be positive, got "
          + inputDim);
    }
    this.inputDim = inputDim;
    this.dataType = store.dataType();
    this.cache = Objects.requireNonNull(cache, "cache");
    this.stack = new LayerStack(store, name, stem, inputDim,
        Objects.requireNonNull(options, owner + ": options"), factory);
    this.seeds = new DropoutSeeds(options.dropoutSeed());
  }

  /**
   * Encodes with the next dropout seed of this encoder's sequence (so each training step gets new
   * masks, and an encoder built with the same options repeats the same sequence); inference
   * calls take no seed from it.
   */
  @Override
  public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training) {
    return encode(graph, tape, training, seeds.forCall(training));
  }

  /**
   * Encodes with the given dropout seed: the same seed gives the same masks.
   *
   * @throws InvalidGraphException naming the encoder when the node set, edge set or feature is
   *     missing or does not fit
   */
  public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training, long dropoutSeed) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(tape, "tape");
    NodeInput x = InputFeatures.read(owner, graph, nodeSet, featureName, inputDim, dataType,
        tape, cache);
    Tensor h = stack.apply(tape, graph, resolveEdgeSet(graph), x, training, dropoutSeed);
    return EncodedGraph.ofHiddenStates(graph, Map.of(nodeSet, h));
  }

  /** The configured edge set, or the only edge set from the node set to itself. */
  private String resolveEdgeSet(GraphTensor graph) {
    if (edgeSet != null) {
      Adjacency a = graph.edgeSets().containsKey(edgeSet)
          ? graph.edgeSet(edgeSet).adjacency() : null;
      if (a == null) {
        throw new InvalidGraphException(owner + ": unknown edge set '" + edgeSet
            + "'; the graph has " + graph.edgeSets().keySet());
      }
      if (!a.sourceSet().equals(nodeSet) || !a.targetSet().equals(nodeSet)) {
        throw new InvalidGraphException(owner + ": edge set '" + edgeSet + "' joins '"
            + a.sourceSet() + "' -> '" + a.targetSet() + "'; the encoder needs edges from '"
            + nodeSet + "' to itself");
      }
      return edgeSet;
    }
    List<String> candidates = Relation.within(graph, nodeSet);
    if (candidates.size() != 1) {
      throw new InvalidGraphException(owner + ": no edge set was configured and the graph has "
          + (candidates.isEmpty() ? "no edge set" : candidates.size() + " edge sets " + candidates)
          + " from node set '" + nodeSet + "' to itself; name one");
    }
    return candidates.get(0);
  }

  @Override
  public long outputDim() {
    return stack.outputDim();
  }

  /** The node set this encoder encodes. */
  public String nodeSet() {
    return nodeSet;
  }

  /** The configured edge set, or null for the node set's only edge set. */
  public String edgeSet() {
    return edgeSet;
  }

  /** The input feature's name. */
  public String featureName() {
    return featureName;
  }

  /** The input feature's width. */
  public long inputDim() {
    return inputDim;
  }

  /** The layers. */
  public LayerStack stack() {
    return stack;
  }

  /** Skips the dropout masks of {@code calls} encode calls (for resumed runs). */
  @Override
  public void skipCalls(long calls) {
    seeds.skip(calls);
  }
}
