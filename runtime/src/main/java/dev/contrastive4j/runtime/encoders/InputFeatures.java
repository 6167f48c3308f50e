package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.ops.RowSelections;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Reads an encoder's input feature from a graph as a {@link NodeInput}. */
final class InputFeatures {
  private InputFeatures() {}

  /**
   * The feature {@code featureName} of node set {@code nodeSet}: sparse features as prepared
   * {@link dev.contrastive4j.runtime.kernels.SparseFeatures} (from the cache), dense ones as a
   * constant on the tape, cast to the parameters' data type when it differs.
   *
   * @throws InvalidGraphException naming the encoder, node set and feature when the set or the
   *     feature is missing or the feature is not a {@code [nodes, expectedDim]} matrix
   */
  static NodeInput read(String owner, GraphTensor graph, String nodeSet, String featureName,
      long expectedDim, DataType type, Tape tape, GraphStructureCache cache) {
    NodeSet nodes = nodeSet(owner, graph, nodeSet);
    if (!nodes.hasFeature(featureName)) {
      throw new InvalidGraphException(owner + ": node set '" + nodeSet + "' has no feature '"
          + featureName + "'; it has " + nodes.features().keySet());
    }
    Feature feature = nodes.feature(featureName);
    long[] shape = feature.shape();
    if (shape.length != 2 || shape[1] != expectedDim) {
      throw new InvalidGraphException(owner + ": feature '" + featureName + "' of node set '"
          + nodeSet + "' has shape " + Arrays.toString(shape) + " but the encoder was built for ["
          + nodes.totalSize() + ", " + expectedDim + "]");
    }
    if (feature instanceof Feature.Sparse sparse) {
      return sparseInput(sparse.values(), cache);
    }
    INDArray values = ((Feature.Dense) feature).values();
    if (!values.dataType().isFPType()) {
      throw new InvalidGraphException(owner + ": feature '" + featureName + "' of node set '"
          + nodeSet + "' has data type " + values.dataType() + "; encoders need floating point"
          + " features");
    }
    return NodeInput.dense(tape.constant(values.dataType() == type ? values
        : values.castTo(type)));
  }

  /**
   * Sparse features as prepared for the kernels; a shuffled copy of other features (see {@link
   * RowSelections}) as rows of those, so that its product is gathered from theirs.
   */
  static NodeInput sparseInput(CsrMatrix values, GraphStructureCache cache) {
    RowSelections.RowSelection selection = RowSelections.of(values);
    if (selection != null) {
      return NodeInput.reordered(cache.sparseFeatures(selection.source()), selection.order());
    }
    return NodeInput.sparse(cache.sparseFeatures(values));
  }

  /** The node set, or an exception naming the encoder and the node sets there are. */
  static NodeSet nodeSet(String owner, GraphTensor graph, String nodeSet) {
    NodeSet nodes = graph.nodeSets().get(nodeSet);
    if (nodes == null) {
      throw new InvalidGraphException(owner + ": unknown node set '" + nodeSet
          + "'; the graph has " + graph.nodeSets().keySet());
    }
    return nodes;
  }

  /** Checks a configured name. */
  static String requireName(String owner, String what, String value) {
    if (value == null || value.isBlank()) {
      throw new EncoderConfigException(owner + ": " + what + " must be given, got '" + value
          + "'");
    }
    return value;
  }
}
