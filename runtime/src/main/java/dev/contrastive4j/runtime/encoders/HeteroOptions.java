package dev.contrastive4j.runtime.encoders;

import dev.contrastive4j.runtime.layers.Aggregation;

/**
 * The settings of a {@link HeteroEncoder} beyond its layer stack.
 *
 * @param aggregation how each edge set's messages are combined at a node (R-GCN: mean)
 * @param selfTransform whether each layer adds a transform of each node set's own state
 *     (R-GCN's self connection)
 * @param projectionDim the width every node set's input is projected to first; 0 projects only
 *     when the input widths differ, to the first layer's units
 */
public record HeteroOptions(Aggregation aggregation, boolean selfTransform, long projectionDim) {
  /**
   * Checks the settings.
   *
   * @throws EncoderConfigException naming the setting at fault
   */
  public HeteroOptions {
    if (aggregation == null) {
      throw new EncoderConfigException("hetero options: aggregation must be one of "
          + java.util.List.of(Aggregation.values()) + ", got null");
    }
    if (projectionDim < 0) {
      throw new EncoderConfigException("hetero options: projectionDim must be 0 (automatic) or"
          + " positive, got " + projectionDim);
    }
  }

  /** R-GCN's settings: mean aggregation, self transform, projection only when widths differ. */
  public static HeteroOptions defaults() {
    return new HeteroOptions(Aggregation.MEAN, true, 0);
  }
}
