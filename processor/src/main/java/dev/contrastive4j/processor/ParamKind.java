package dev.contrastive4j.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.squareup.javapoet.CodeBlock;
import dev.contrastive4j.api.experiment.ConfigProblems;
import java.util.Locale;

/** The types a {@code @Param} constructor parameter may have, and how their defaults read. */
enum ParamKind {
  BOOLEAN("boolean"),
  INT("int"),
  LONG("long"),
  DOUBLE("double"),
  STRING("string"),
  ENUM("enum");

  private final String label;

  ParamKind(String label) {
    this.label = label;
  }

  /** What the type is called in parameter listings. */
  String label() {
    return label;
  }

  /** The label with its article: {@code an int}, {@code a double}. */
  String withArticle() {
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  boolean isNumber() {
    return this == INT || this == LONG || this == DOUBLE;
  }

  /**
   * Parses the default {@code text}; enum constants are checked by the caller.
   *
   * @throws IllegalArgumentException with the reason when {@code text} is not a value of this kind
   */
  Object parse(String text) {
    String t = text.strip();
    switch (this) {
      case BOOLEAN:
        if (t.equals("true") || t.equals("false")) {
          return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException("is not true or false");
      case INT:
        try {
          return Integer.valueOf(t);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("is not an int");
        }
      case LONG:
        try {
          return Long.valueOf(t.endsWith("L") || t.endsWith("l") ? t.substring(0, t.length() - 1)
              : t);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("is not a long");
        }
      case DOUBLE:
        double d;
        try {
          d = Double.parseDouble(t);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("is not a number");
        }
        if (!Double.isFinite(d)) {
          throw new IllegalArgumentException("is not a finite number");
        }
        // Training computes in float: a default that becomes infinite or 0 there would be
        // refused by the spec's own check, so it is refused here, in the same words.
        String floatProblem = ConfigProblems.floatProblem(d, true);
        if (floatProblem != null) {
          throw new IllegalArgumentException(floatProblem);
        }
        return d;
      case STRING:
        return text;
      case ENUM:
        return t;
      default:
        throw new AssertionError(this);
    }
  }

  /** The parsed default as a Java expression of the spec field's (boxed or enum) type. */
  CodeBlock code(Object value, com.squareup.javapoet.TypeName enumType) {
    switch (this) {
      case BOOLEAN:
      case INT:
        return CodeBlock.of("$L", value);
      case LONG:
        return CodeBlock.of("$LL", value);
      case DOUBLE:
        return CodeBlock.of("$L", Double.toString((Double) value));
      case STRING:
        return CodeBlock.of("$S", value);
      case ENUM:
        return CodeBlock.of("$T.$L", enumType, value);
      default:
        throw new AssertionError(this);
    }
  }

  /**
   * The parsed default as JSON, as Jackson writes the spec field: an enum constant by its name
   * in lower case, as {@code EnumSetting} writes it.
   */
  JsonNode json(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (this) {
      case BOOLEAN:
        return f.booleanNode((Boolean) value);
      case INT:
        return f.numberNode((Integer) value);
      case LONG:
        return f.numberNode((Long) value);
      case DOUBLE:
        return f.numberNode((Double) value);
      case ENUM:
        return f.textNode(((String) value).toLowerCase(Locale.ROOT));
      default:
        return f.textNode((String) value);
    }
  }
}
