package dev.contrastive4j.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;

/**
 * A constructor parameter annotated {@code @Param}: a field of the generated spec, configured
 * from the experiment.
 *
 * @param javaName the parameter's (and the spec component's) name
 * @param jsonName its name in experiments (snake case)
 * @param kind its type
 * @param fieldType the spec component's type: boxed, so that null means "the default"
 * @param value the parsed default
 * @param min the smallest allowed number (inclusive), or negative infinity
 * @param max the largest allowed number (inclusive), or positive infinity
 * @param description what it means; may be empty
 */
record ConfiguredParam(String javaName, String jsonName, ParamKind kind, TypeName fieldType,
    Object value, double min, double max, String description) {

  /** The spec field that configures this parameter. */
  SpecField field() {
    return new SpecField(javaName, jsonName, fieldType, defaultCode(), false, defaultJson(),
        typeLabel(), description, false, kind == ParamKind.ENUM);
  }

  /** The default as a Java expression. */
  CodeBlock defaultCode() {
    return kind.code(value, fieldType);
  }

  /** The default as JSON. */
  JsonNode defaultJson() {
    return kind.json(value);
  }

  boolean bounded() {
    return min != Double.NEGATIVE_INFINITY || max != Double.POSITIVE_INFINITY;
  }

  /**
   * The type as parameter listings show it. An enum is written as a string (its constant's name
   * in lower case), as the built-in names are, so it is listed as one; its description names the
   * choices ({@link EnumChoices}).
   */
  String typeLabel() {
    return kind == ParamKind.ENUM ? ParamKind.STRING.label() : kind.label();
  }

  /** The allowed range in words: {@code in [0, 1]}, {@code >= 0}, {@code <= 5}. */
  String rangeText() {
    if (min != Double.NEGATIVE_INFINITY && max != Double.POSITIVE_INFINITY) {
      return "in [" + bound(min) + ", " + bound(max) + "]";
    }
    return min != Double.NEGATIVE_INFINITY ? ">= " + bound(min) : "<= " + bound(max);
  }

  /** A bound as the project's messages write it: {@code 0}, {@code 1}, {@code 0.5}. */
  private static String bound(double b) {
    if (b == Math.rint(b) && Math.abs(b) < 1e15) {
      return Long.toString((long) b);
    }
    return Double.toString(b);
  }
}
