package dev.contrastive4j.runtime.losses;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a per-element loss is reduced, as Keras' {@code tf.keras.losses.Reduction}. In JSON a
 * reduction is written with its Keras name: {@code "none"}, {@code "sum"},
 * {@code "sum_over_batch_size"}.
 */
public enum Reduction {
  /** Keep one loss value per element. */
  NONE("none"),
  /** Sum of all elements. */
  SUM("sum"),
  /** Sum of all elements divided by their number (the mean); the Keras default. */
  SUM_OVER_BATCH_SIZE("sum_over_batch_size");

  private final String configName;

  Reduction(String configName) {
    this.configName = configName;
  }

  /** The Keras name used in JSON configs, e.g. {@code "sum_over_batch_size"}. */
  @JsonValue
  public String configName() {
    return configName;
  }

  /**
   * The reduction with the given Keras name.
   *
   * @throws LossException naming the field {@code reduction} if the name is unknown
   */
  @JsonCreator
  public static Reduction fromConfigName(String name) {
    for (Reduction r : values()) {
      if (r.configName.equals(name)) {
        return r;
      }
    }
    throw new LossException("reduction: unknown value '" + name + "' (expected one of "
        + Arrays.stream(values()).map(Reduction::configName).collect(Collectors.joining(", "))
        + ")");
  }
}
