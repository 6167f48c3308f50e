package dev.contrastive4j.runtime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Jackson's messages as one line for people: its own location references ({@code [Source:
 * REDACTED (...); line: 1, column: 10]}, which name no file since Jackson leaves the source out)
 * become {@code line 1, column 10}, and what follows the first line is dropped.
 */
public final class JsonMessages {
  private static final Pattern SOURCE_LOCATION = Pattern.compile(
      "\\[Source: [^;\\]]*(?:\\([^)]*\\))?[^;\\]]*; line: (\\d+), column: (\\d+)]");
  /** Jackson's words for a record field missing from the JSON (FAIL_ON_MISSING_CREATOR_...). */
  private static final Pattern MISSING = Pattern.compile(
      "^Missing (?:required )?creator property '([^']*)'");

  private JsonMessages() {}

  /** The first line of {@code message} with Jackson's location references made plain. */
  public static String oneLine(String message) {
    String m = message == null ? "" : message.strip();
    int newline = m.indexOf('\n');
    String first = newline < 0 ? m : m.substring(0, newline).strip();
    return SOURCE_LOCATION.matcher(first).replaceAll("line $1, column $2");
  }

  /**
   * A value of the wrong kind, in the file's terms rather than Java's: {@code expected an
   * integer, got "three"} (Jackson says {@code Cannot deserialize value of type
   * `java.lang.Integer` from String "three": ...}). The value is shown when Jackson kept it.
   */
  public static String mismatch(MismatchedInputException e) {
    return mismatch(e, null);
  }

  /**
   * As {@link #mismatch(MismatchedInputException)}, but a value that Jackson did not keep (it
   * keeps none when it refuses to coerce, as from {@code "3"} to an integer) is taken from
   * {@code document}, the tree that was being bound, when it is a single value.
   */
  private static String mismatch(MismatchedInputException e, @Nullable JsonNode document) {
    String got = e instanceof InvalidFormatException f && f.getValue() != null
        ? ", got " + (f.getValue() instanceof String text ? "\"" + text + "\"" : f.getValue())
        : "";
    if (got.isEmpty() && document != null) {
      JsonNode value = document.at(pointer(e.getPath()));
      got = value.isValueNode() ? ", got " + value : "";
    }
    return "expected " + kind(e.getTargetType()) + got;
  }

  /** Jackson's references as a JSON pointer into the tree they were read from. */
  private static JsonPointer pointer(List<JsonMappingException.Reference> references) {
    JsonPointer p = JsonPointer.empty();
    for (JsonMappingException.Reference r : references) {
      p = r.getFieldName() != null ? p.appendProperty(r.getFieldName())
          : r.getIndex() >= 0 ? p.appendIndex(r.getIndex()) : p;
    }
    return p;
  }

  /** What a JSON value must look like to become a {@code type}. */
  private static String kind(Class<?> type) {
    if (type == null) {
      return "another kind of value";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class) {
      return "an integer";
    }
    if (type == Double.class || type == double.class || type == Float.class
        || type == float.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (type.isEnum()) {
      return "one of " + Arrays.toString(type.getEnumConstants());
    }
    return "an object";
  }

  /**
   * A value that cannot be bound, in the file's terms: {@code unknown field 'target.classes';
   * known fields here: feature, labels}, {@code missing field 'epochs[0].loss'} (with
   * {@code FAIL_ON_MISSING_CREATOR_PROPERTIES}), {@code field 'target.num_classes': expected an
   * integer, got "three"}, or {@code field 'path': <Jackson's first line>} for anything else.
   */
  public static String mapping(JsonMappingException e) {
    return mapping(e, null);
  }

  /**
   * As {@link #mapping(JsonMappingException)} for a value bound from {@code document}, which
   * shows the value at fault when Jackson did not keep it ({@code expected an integer, got
   * "3"}).
   */
  public static String mapping(JsonMappingException e, @Nullable JsonNode document) {
    String path = path(e);
    String original = String.valueOf(e.getOriginalMessage());
    Matcher missing = MISSING.matcher(original);
    if (missing.find()) {
      return "missing field '" + within(path, missing.group(1)) + "'";
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : "; known fields here: "
          + u.getKnownPropertyIds().stream().map(Object::toString).sorted()
              .collect(Collectors.joining(", "));
      return "unknown field '" + path + "'" + known;
    }
    String problem = e instanceof MismatchedInputException m ? mismatch(m, document)
        : oneLine(e.getOriginalMessage());
    return (path.isEmpty() ? "" : "field '" + path + "': ") + problem;
  }

  /** The path of {@code field} of the object at {@code path} (which Jackson may end with it). */
  private static String within(String path, String field) {
    return path.isEmpty() ? field : path.endsWith("." + field) || path.equals(field) ? path
        : path + "." + field;
  }

  /** The path of the first null value in {@code tree} ({@code a.b[2]}), or null if none is. */
  public static String firstNull(JsonNode tree) {
    return firstNull(tree, "");
  }

  private static String firstNull(JsonNode node, String path) {
    if (node.isNull()) {
      return path;
    }
    for (var fields = node.fields(); fields.hasNext(); ) {
      var e = fields.next();
      String found = firstNull(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
      if (found != null) {
        return found;
      }
    }
    for (int i = 0; node.isArray() && i < node.size(); i++) {
      String found = firstNull(node.get(i), path + "[" + i + "]");
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The dotted JSON path of the value a mapping exception points at: {@code a.b[2].c}. */
  public static String path(JsonMappingException e) {
    return path(e.getPath());
  }

  /** The JSON path of Jackson's references: {@code task.corruptor.steps[1].rate}. */
  public static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** What kind of JSON value {@code node} is: {@code an object}, {@code a list}, ... */
  public static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "true or false";
    }
    return node.isNull() ? "null" : "another kind of value";
  }

  /**
   * A syntax error as {@code not valid JSON at line L, column C: problem} (without the location
   * when Jackson has none).
   */
  public static String syntax(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return "not valid JSON" + (at == null || at.getLineNr() < 1 ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
        + oneLine(e.getOriginalMessage());
  }
}
