package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The {@code type} names experiment files (and the command line) give specs. */
public final class SpecTypeNames {
  private SpecTypeNames() {}

  /**
   * The {@code type} name of a task, encoder, corruptor or readout spec: its
   * {@link JsonTypeName}, or its class's simple name when it has none.
   */
  public static String of(Object spec) {
    JsonTypeName name = spec.getClass().getAnnotation(JsonTypeName.class);
    return name != null ? name.value() : spec.getClass().getSimpleName();
  }
}
