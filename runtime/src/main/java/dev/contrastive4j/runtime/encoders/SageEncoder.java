package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.runtime.layers.SageConv;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * A stack of GraphSAGE-mean layers ({@link SageConv}) over one node set and one edge set from it
 * to itself. Reads the input feature (dense, or sparse without making it dense) and writes
 * {@code hidden_state}. Parameters are named {@code <name>/sage_<i>/self_kernel}, {@code
 * <name>/sage_<i>/neighbor_kernel}, {@code <name>/sage_<i>/bias} and, with PReLU, {@code
 * <name>/activation_<i>/alpha}.
 */
public final class SageEncoder extends HomogeneousEncoder {

  /**
   * A GraphSAGE encoder using the {@linkplain GraphStructureCache#shared() shared} structure
   * cache.
   *
   * @param name the parameter name prefix
   * @param nodeSet the node set to encode
   * @param edgeSet the edge set from {@code nodeSet} to itself, or null for its only one
   * @param featureName the input feature of {@code nodeSet}, e.g. {@code "feat"}
   * @param inputDim the input feature's width
   * @throws EncoderConfigException naming the setting at fault
   */
  public SageEncoder(ParameterStore store, String name, String nodeSet, String edgeSet,
      String featureName, long inputDim, EncoderOptions options) {
    this(store, name, nodeSet, edgeSet, featureName, inputDim, options,
        GraphStructureCache.shared());
  }

  /**
   * A GraphSAGE encoder.
   *
   * @param cache where mean adjacencies and prepared sparse features are kept
   * @throws EncoderConfigException naming the setting at fault
   * @see #SageEncoder(ParameterStore, String, String, String, String, long, EncoderOptions)
   */
  public SageEncoder(ParameterStore store, String name, String nodeSet, String edgeSet,
      String featureName, long inputDim, EncoderOptions options, GraphStructureCache cache) {
    super("SAGE", "sage", store, name, nodeSet, edgeSet, featureName, inputDim, options, cache,
        (s, layer, in, units) -> new SageConv(s, layer, in, units, true, cache));
  }
}
