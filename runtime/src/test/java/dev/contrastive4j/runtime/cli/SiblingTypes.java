package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in {@code type}s an object of an experiment could be changed to without a field of
 * it becoming unknown: a {@code drop-edges} corruptor's rate and seed are a
 * {@code dropout-features} one's too, a {@code pool} readout without a pooling is an
 * {@code all-nodes} one. Such a change reads; whether it makes a valid experiment is the
 * other type's to say.
 */
final class SiblingTypes {
  private static final ExperimentMapper MAPPER = new ExperimentMapper();
  private static final List<Class<?>> KINDS =
      List.of(EncoderSpec.class, TaskSpec.class, CorruptorSpec.class, ReadoutSpec.class);

  private SiblingTypes() {}

  /** The other types of {@code object}'s kind that have every field it has, sorted. */
  static List<String> of(JsonNode object) {
    String type = object.get("type").textValue();
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    fields.remove("type");
    List<String> out = new ArrayList<>();
    for (Class<?> kind : KINDS) {
      if (MAPPER.typeNames(kind).contains(type)) {
        for (String other : MAPPER.typeNames(kind)) {
          if (!other.equals(type) && MAPPER.parameterNames(kind, other).containsAll(fields)) {
            out.add(other);
          }
        }
      }
    }
    return out;
  }
}
