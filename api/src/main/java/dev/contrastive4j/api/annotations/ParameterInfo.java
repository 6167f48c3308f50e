package dev.contrastive4j.api.annotations;

import java.util.Objects;

/**
 * One parameter of a task, corruptor or readout, as experiments write it.
 *
 * @param name the JSON name ({@code projector_units})
 * @param type what it holds, for people: {@code double}, {@code int[]}, {@code corruptor}, ...
 * @param defaultValue the default as JSON text ({@code 0.5}, {@code "mean"}, {@code null},
 *     {@code {"type":"drop-edges","rate":0.2}})
 * @param description what it means; may be empty
 */
public record ParameterInfo(String name, String type, String defaultValue, String description) {
  /**
   * A null description is empty.
   *
   * @throws NullPointerException if the name, type or default is null
   */
  public ParameterInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    description = description == null ? "" : description;
  }
}
