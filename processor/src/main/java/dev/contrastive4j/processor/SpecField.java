package dev.contrastive4j.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;

/**
 * One field of a generated spec: a constructor parameter, a private field and an accessor.
 * Null in the constructor means the default.
 *
 * @param javaName the accessor's name
 * @param jsonName the JSON property
 * @param type the (nullable, boxed) type
 * @param defaultCode the default as a Java expression; null when the default is null
 * @param list whether the value is a list (copied, and an empty list when null)
 * @param defaultJson the default as JSON
 * @param typeLabel the type as parameter listings show it
 * @param description what it means; may be empty
 * @param inherited whether the accessor implements a method of the spec interface
 * @param enumSetting whether the value is an enum constant, which experiments spell as the
 *     built-in names ({@code EnumSetting}: any case, {@code -} or {@code _}, written lower case)
 */
record SpecField(String javaName, String jsonName, TypeName type, CodeBlock defaultCode,
    boolean list, JsonNode defaultJson, String typeLabel, String description, boolean inherited,
    boolean enumSetting) {

  /** A field whose value is no enum constant. */
  SpecField(String javaName, String jsonName, TypeName type, CodeBlock defaultCode,
      boolean list, JsonNode defaultJson, String typeLabel, String description,
      boolean inherited) {
    this(javaName, jsonName, type, defaultCode, list, defaultJson, typeLabel, description,
        inherited, false);
  }

  private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE =
      new PropertyNamingStrategies.SnakeCaseStrategy();

  /** A Java name in snake case, as Jackson's {@code SnakeCaseStrategy} writes it. */
  static String snake(String javaName) {
    return SNAKE.translate(javaName);
  }

  /** The generated class {@code <Outer_Inner><suffix>} next to {@code implementation}. */
  static ClassName sibling(ClassName implementation, String suffix) {
    return ClassName.get(implementation.packageName(),
        String.join("_", implementation.simpleNames()) + suffix);
  }
}
