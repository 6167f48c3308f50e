package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Readout;
import java.util.List;
import java.util.Objects;

/**
 * The constructor parameters TF-GNN's {@code ContrastiveLossTask} takes, plus the view
 * augmentation that two-view methods such as Graph Barlow Twins use. TF-GNN's
 * {@code representations_layer_name} has no counterpart: it names a Keras layer to find the clean
 * representations by, and here they are {@code Predictions.representations()}.
 *
 * @param nodeSetName the node set to read out
 * @param featureName the encoded feature to read out (default {@code hidden_state})
 * @param corruptor makes the corrupted (second) view; null means TF-GNN's default,
 *     {@code ShuffleFeaturesGlobally} seeded with {@code seed}
 * @param cleanViewAugmentation applied to make the first view; null means the clean graph
 *     itself (TF-GNN's behaviour; Graph Barlow Twins augments both views)
 * @param readout reads representations; null means {@code ReadoutFirstNode}, as in TF-GNN
 * @param projectorUnits sizes of the dense ReLU layers applied to both views (may be empty)
 * @param seed the seed of the default corruptor
 */
public record TaskSettings(
    String nodeSetName,
    String featureName,
    Corruptor corruptor,
    Corruptor cleanViewAugmentation,
    Readout readout,
    List<Integer> projectorUnits,
    long seed) {

  /**
   * Puts the defaults in for a null feature name and projector units.
   *
   * @throws NullPointerException if {@code nodeSetName} is null
   * @throws IllegalArgumentException if {@code nodeSetName} is empty or a projector unit is not
   *     positive
   */
  public TaskSettings {
    Objects.requireNonNull(nodeSetName, "nodeSetName");
    if (nodeSetName.isEmpty()) {
      throw new IllegalArgumentException("task: nodeSetName must not be empty");
    }
    featureName = featureName == null ? EncodedGraph.HIDDEN_STATE : featureName;
    projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
    for (int i = 0; i < projectorUnits.size(); i++) {
      if (projectorUnits.get(i) <= 0) {
        throw new IllegalArgumentException("task: projectorUnits[" + i + "] must be positive, was "
            + projectorUnits.get(i));
      }
    }
  }

  /** Settings with every default, reading out {@code nodeSetName}. */
  public static TaskSettings of(String nodeSetName) {
    return new TaskSettings(nodeSetName, null, null, null, null, List.of(), 0L);
  }

  /** These settings with another corruptor (null: the default). */
  public TaskSettings withCorruptor(Corruptor value) {
    return new TaskSettings(nodeSetName, featureName, value,
        cleanViewAugmentation, readout, projectorUnits, seed);
  }

  /** These settings with another augmentation of the first view (null: none). */
  public TaskSettings withCleanViewAugmentation(Corruptor value) {
    return new TaskSettings(nodeSetName, featureName, corruptor, value,
        readout, projectorUnits, seed);
  }

  /** These settings with another readout (null: the default). */
  public TaskSettings withReadout(Readout value) {
    return new TaskSettings(nodeSetName, featureName, corruptor,
        cleanViewAugmentation, value, projectorUnits, seed);
  }

  /** These settings with other projector units (null or empty: no projector). */
  public TaskSettings withProjectorUnits(List<Integer> value) {
    return new TaskSettings(nodeSetName, featureName, corruptor,
        cleanViewAugmentation, readout, value, seed);
  }

  /** These settings with another seed of the default corruptor. */
  public TaskSettings withSeed(long value) {
    return new TaskSettings(nodeSetName, featureName, corruptor,
        cleanViewAugmentation, readout, projectorUnits, value);
  }

  /** These settings with another encoded feature to read out (null: {@code hidden_state}). */
  public TaskSettings withFeatureName(String value) {
    return new TaskSettings(nodeSetName, value, corruptor,
        cleanViewAugmentation, readout, projectorUnits, seed);
  }
}
