package dev.contrastive4j.api.annotations;

import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.List;
import java.util.Objects;

/**
 * A task declared with {@link ContrastiveTask}.
 *
 * @param name the task's name (its {@code type} in experiments, its name on the command line)
 * @param base the built-in task it extends: {@code dgi}, {@code barlow-twins}, {@code vicreg},
 *     {@code triplet}, or {@code custom} for a direct subclass of {@code ContrastiveLossTask}
 * @param description one line about the task; may be empty
 * @param implementation the annotated class's name
 * @param specType the generated spec record
 * @param defaults the spec with every default
 * @param parameters every field of the spec, in order
 * @param module a {@code com.google.inject.Module} that registers the task (and the corruptors
 *     and readouts it references) with the runtime; typed {@code Object} because the api does not
 *     depend on Guice
 */
public record TaskPlugin(String name, String base, String description, String implementation,
    Class<? extends TaskSpec> specType, TaskSpec defaults, List<ParameterInfo> parameters,
    Object module) {

  /** Where scaffolds live in a jar: {@code META-INF/contrastive4j/<task>.json}. */
  public static final String SCAFFOLD_DIRECTORY = "META-INF/contrastive4j/";

  /**
   * Copies the parameter list; a null description is empty.
   *
   * @throws NullPointerException if any other component is null
   */
  public TaskPlugin {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(base, "base");
    description = description == null ? "" : description;
    Objects.requireNonNull(implementation, "implementation");
    Objects.requireNonNull(specType, "specType");
    Objects.requireNonNull(defaults, "defaults");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(module, "module");
  }

  /** The class-path resource holding the experiment scaffold of this task. */
  public String scaffoldResource() {
    return SCAFFOLD_DIRECTORY + name + ".json";
  }
}
