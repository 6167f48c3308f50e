package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.runtime.layers.GcnConv;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * A stack of {@link GcnConv} layers over one node set and one edge set from it to itself, as in
 * Deep Graph Infomax ({@link #dgi}: one layer of 512 units with PReLU). Reads the input feature
 * (dense, or sparse without making it dense) and writes {@code hidden_state}. Parameters are named
 * {@code <name>/gcn_<i>/kernel}, {@code <name>/gcn_<i>/bias} and, with PReLU, {@code
 * <name>/activation_<i>/alpha}.
 */
public final class GcnEncoder extends HomogeneousEncoder {

  /**
   * A GCN encoder with self loops, using the {@linkplain GraphStructureCache#shared() shared}
   * structure cache.
   *
   * @param name the parameter name prefix
   * @param nodeSet the node set to encode
   * @param edgeSet the edge set from {@code nodeSet} to itself, or null for its only one
   * @param featureName the input feature of {@code nodeSet}, e.g. {@code "feat"}
   * @param inputDim the input feature's width
   * @throws EncoderConfigException naming the setting at fault
   */
  public GcnEncoder(ParameterStore store, String name, String nodeSet, String edgeSet,
      String featureName, long inputDim, EncoderOptions options) {
    this(store, name, nodeSet, edgeSet, featureName, inputDim, options, true,
        GraphStructureCache.shared());
  }

  /**
   * A GCN encoder.
   *
   * @param addSelfLoops whether each layer's normalized adjacency includes self loops
   * @param cache where normalized adjacencies and prepared sparse features are kept
   * @throws EncoderConfigException naming the setting at fault
   * @see #GcnEncoder(ParameterStore, String, String, String, String, long, EncoderOptions)
   */
  public GcnEncoder(ParameterStore store, String name, String nodeSet, String edgeSet,
      String featureName, long inputDim, EncoderOptions options, boolean addSelfLoops,
      GraphStructureCache cache) {
    super("GCN", "gcn", store, name, nodeSet, edgeSet, featureName, inputDim, options, cache,
        (s, layer, in, units) -> new GcnConv(s, layer, in, units, addSelfLoops, true, cache));
  }

  /** Deep Graph Infomax's encoder: one GCN layer of 512 units with PReLU, self loops. */
  public static GcnEncoder dgi(ParameterStore store, String name, String nodeSet, String edgeSet,
      String featureName, long inputDim) {
    return new GcnEncoder(store, name, nodeSet, edgeSet, featureName, inputDim,
        EncoderOptions.dgi());
  }
}
