package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.data.GraphDataset;
import dev.contrastive4j.api.experiment.ConfigProblems;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.SpecTypeNames;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.FeatureSpec;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.runtime.encoders.EncoderOptions;
import dev.contrastive4j.runtime.encoders.GcnEncoder;
import dev.contrastive4j.runtime.encoders.HeteroEncoder;
import dev.contrastive4j.runtime.encoders.HeteroOptions;
import dev.contrastive4j.runtime.encoders.HiddenActivation;
import dev.contrastive4j.runtime.encoders.SageEncoder;
import dev.contrastive4j.runtime.layers.Aggregation;
import dev.contrastive4j.runtime.layers.Relation;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;

/** Turns encoder specs into encoders sized for a data set. */
public final class Encoders {
  private Encoders() {}

  /**
   * The encoder for {@code spec}, reading the data set's input feature.
   *
   * @throws ConfigException naming the field at fault
   */
  public static Encoder create(EncoderSpec spec, GraphDataset dataset, ParameterStore store,
      long seed) {
    for (int i = 0; i < spec.units().size(); i++) {
      if (spec.units().get(i) <= 0) {
        throw new ConfigException("encoder.units[" + i + "]", "must be positive, was "
            + spec.units().get(i));
      }
    }
    // An experiment made in code is not validated as a file is: checked in the validator's words.
    String dropout = ConfigProblems.rateProblem(spec.dropout(), true);
    if (dropout != null) {
      throw new ConfigException("encoder.dropout", dropout);
    }
    // The layers take widths as ND4J's shapes do, as longs.
    List<Long> units = spec.units().stream().map(Integer::longValue).toList();
    EncoderOptions options = new EncoderOptions(units,
        Enums.parse(HiddenActivation.class, spec.activation(), "encoder.activation"),
        spec.dropout(), seed + 11, true);
    String target = dataset.targetNodeSet();
    String feature = dataset.featureName();
    if (!(spec instanceof EncoderSpec.HeteroSpec)) {
      requireOneEdgeSetWithin(spec, dataset, target);
    }
    if (spec instanceof EncoderSpec.GcnSpec gcn) {
      return new GcnEncoder(store, "encoder", target, null, feature, inputDim(dataset, target),
          options, gcn.selfLoops(), dev.contrastive4j.runtime.ops.GraphStructureCache.shared());
    }
    if (spec instanceof EncoderSpec.SageSpec) {
      return new SageEncoder(store, "encoder", target, null, feature, inputDim(dataset, target),
          options);
    }
    if (spec instanceof EncoderSpec.HeteroSpec hetero) {
      Map<String, Long> dims = new LinkedHashMap<>();
      List<String> withFeature = new ArrayList<>();
      // A node set without nodes has no state to compute, and its edge sets carry no messages
      // (ND4J refuses arrays without rows in the products): both are left out.
      dataset.graph().nodeSets().forEach((name, set) -> {
        if (set.hasFeature(feature) && set.totalSize() > 0) {
          dims.put(name, inputDim(dataset, name));
          withFeature.add(name);
        }
      });
      List<Relation> relations = Relation.of(dataset.graph()).stream()
          .filter(r -> dataset.graph().nodeSet(r.source()).totalSize() > 0
              && dataset.graph().nodeSet(r.target()).totalSize() > 0)
          .toList();
      for (Relation r : relations) {
        if (!dims.containsKey(r.source())) {
          throw new ConfigException("encoder.type", "the hetero encoder reads input feature '"
              + feature + "' of every node set an edge set starts at, and node set '"
              + r.source() + "' (where edge set '" + r.edgeSet() + "' starts) of data set '"
              + dataset.name() + "' has no feature '" + feature + "'"
              + homogeneousAlternative(dataset, target));
        }
      }
      // Only the node sets that get a state: with the self transform off, a node set that no
      // edge set reaches has none, and need not be encoded unless the task reads it.
      Set<String> withState = HeteroEncoder.nodeSetsWithState(dims.keySet(), relations,
          options.layers(), hetero.selfTransform());
      List<String> encoded = withFeature.stream().filter(withState::contains).toList();
      if (!encoded.contains(target)) {
        throw new ConfigException("encoder.self_transform", "with the self transform off, the "
            + "data set's target node set '" + target + "' gets no state after "
            + options.layers() + " layer(s): no edge set brings it one; set it to true");
      }
      return new HeteroEncoder(store, "encoder", feature, dims, relations, encoded, options,
          new HeteroOptions(
              Enums.parse(Aggregation.class, hetero.aggregation(), "encoder.aggregation"),
              hetero.selfTransform(), 0));
    }
    throw new ConfigException("encoder.type", "no encoder is registered for "
        + spec.getClass().getSimpleName());
  }

  /**
   * The node sets whose states a built-in encoder computes, or null for an encoder of another
   * kind (whose outputs are not known before it runs).
   */
  public static List<String> encodedNodeSets(Encoder encoder) {
    if (encoder instanceof GcnEncoder g) {
      return List.of(g.nodeSet());
    }
    if (encoder instanceof SageEncoder s) {
      return List.of(s.nodeSet());
    }
    return encoder instanceof HeteroEncoder h ? h.nodeSets() : null;
  }

  /**
   * The type name of a built-in encoder as specs write it ({@code gcn}, {@code sage},
   * {@code hetero}): the encoder that runs, which a binding may have put in place of the spec's.
   */
  static String typeName(Encoder encoder) {
    return encoder instanceof GcnEncoder ? "gcn" : encoder instanceof SageEncoder ? "sage"
        : encoder instanceof HeteroEncoder ? "hetero" : encoder.getClass().getSimpleName();
  }

  /** Names the edge set the gcn and sage encoders would read instead, when there is one. */
  private static String homogeneousAlternative(GraphDataset dataset, String target) {
    List<String> within = Relation.within(dataset.graph(), target);
    return within.size() == 1 ? "; the gcn and sage encoders read edge set '" + within.get(0)
        + "' only" : "";
  }

  /** GCN and GraphSAGE convolve the one edge set from the target node set to itself. */
  private static void requireOneEdgeSetWithin(EncoderSpec spec, GraphDataset dataset,
      String nodeSet) {
    List<String> within = Relation.within(dataset.graph(), nodeSet);
    if (within.size() != 1) {
      throw new ConfigException("encoder.type", "the " + SpecTypeNames.of(spec)
          + " encoder convolves one edge set from node set '" + nodeSet + "' to itself, and "
          + "data set '" + dataset.name() + "' has " + (within.isEmpty() ? "none"
              : within.size() + ": " + within + "; the hetero encoder uses every edge set"));
    }
  }

  /** The data set schema's name of {@code type} (int64), or ND4J's when it has none. */
  private static String schemaName(DataType type) {
    try {
      return FeatureSpec.nameOf(type);
    } catch (InvalidGraphException e) {
      return type.toString();
    }
  }

  private static long inputDim(GraphDataset dataset, String nodeSet) {
    NodeSet set = dataset.graph().nodeSet(nodeSet);
    Feature f = set.feature(dataset.featureName());
    long[] shape = f.shape();
    if (shape.length != 2) {
      throw new ConfigException("dataset", "node set '" + nodeSet + "', feature '"
          + dataset.featureName() + "' must be a matrix [nodes, features] to encode, has shape "
          + java.util.Arrays.toString(shape));
    }
    if (!f.dataType().isFPType()) {
      // Checked now: the encoder would refuse it only in the first training step.
      throw new ConfigException("dataset", "node set '" + nodeSet + "', feature '"
          + dataset.featureName() + "' has data type " + schemaName(f.dataType())
          + "; the encoders read floating-point input features (float32 in the data set's "
          + "schema)");
    }
    if (shape[1] == 0) {
      // The encoder's first layer would be refused with a message naming no data.
      throw new ConfigException("dataset", "node set '" + nodeSet + "', feature '"
          + dataset.featureName() + "' has no columns (shape " + java.util.Arrays.toString(shape)
          + "); the encoders need at least one input feature per node");
    }
    return shape[1];
  }
}
