package dev.contrastive4j.api.annotations;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import java.util.List;
import java.util.Objects;

/**
 * A corruptor declared with {@link Corruptor}.
 *
 * @param name its {@code type} in experiments
 * @param description one line about it; may be empty
 * @param implementation the annotated class's name
 * @param specType the generated spec record
 * @param defaults the spec with every default
 * @param parameters every field of the spec, in order
 * @param module a {@code com.google.inject.Module} that registers its factory with the runtime
 */
public record CorruptorPlugin(String name, String description, String implementation,
    Class<? extends CorruptorSpec> specType, CorruptorSpec defaults,
    List<ParameterInfo> parameters, Object module) {
  /**
   * Copies the parameter list; a null description is empty.
   *
   * @throws NullPointerException if any other component is null
   */
  public CorruptorPlugin {
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    Objects.requireNonNull(implementation, "implementation");
    Objects.requireNonNull(specType, "specType");
    Objects.requireNonNull(defaults, "defaults");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(module, "module");
  }
}
