package dev.contrastive4j.runtime.plugins;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.StandardParameters;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a built-in spec (a record), described as the processor describes those of
 * generated specs: JSON name, type, default and the standard description.
 */
public final class SpecParameters {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  private SpecParameters() {}

  /**
   * One entry per component of {@code defaults}, with its value as the default.
   *
   * @throws IllegalArgumentException if {@code defaults} is not a record
   */
  public static List<ParameterInfo> of(Record defaults) {
    List<ParameterInfo> out = new ArrayList<>();
    for (RecordComponent c : defaults.getClass().getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(defaults);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalArgumentException("cannot read " + c.getName() + " of " + defaults, e);
      }
      String name = SNAKE.translate(c.getName());
      out.add(new ParameterInfo(name, label(c.getType()), json(value),
          StandardParameters.describe(name)));
    }
    return out;
  }

  private static String label(Class<?> type) {
    if (type == String.class) {
      return "string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "int[]";
    }
    if (CorruptorSpec.class.isAssignableFrom(type)) {
      return "corruptor";
    }
    if (ReadoutSpec.class.isAssignableFrom(type)) {
      return "readout";
    }
    if (type == Long.class || type == long.class) {
      return "long";
    }
    if (type == Integer.class || type == int.class) {
      return "int";
    }
    if (type == Double.class || type == double.class) {
      return "double";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    // Written in JSON as its constant's name: a string, as generated specs list their enums.
    if (type.isEnum()) {
      return "string";
    }
    return type.getSimpleName();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
    }
  }
}
