package dev.contrastive4j.processor;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.Set;
import java.util.TreeSet;

/**
 * The type names of the built-in tasks, corruptors and readouts, read from the api's spec
 * interfaces (their {@code @JsonSubTypes}), so that plugins cannot take them.
 */
final class BuiltInNames {
  private BuiltInNames() {}

  static final Set<String> TASKS = of(TaskSpec.class);
  static final Set<String> CORRUPTORS = of(CorruptorSpec.class);
  static final Set<String> READOUTS = of(ReadoutSpec.class);

  private static Set<String> of(Class<?> base) {
    Set<String> names = new TreeSet<>();
    JsonSubTypes subtypes = base.getAnnotation(JsonSubTypes.class);
    if (subtypes != null) {
      for (JsonSubTypes.Type t : subtypes.value()) {
        if (!t.name().isEmpty()) {
          names.add(t.name());
        }
        JsonTypeName name = t.value().getAnnotation(JsonTypeName.class);
        if (name != null) {
          names.add(name.value());
        }
      }
    }
    return java.util.Collections.unmodifiableSet(names);
  }
}
