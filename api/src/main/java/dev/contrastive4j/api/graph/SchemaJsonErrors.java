package dev.contrastive4j.api.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Jackson's failures to read a {@link GraphSchema} in the schema's own words: the field at fault
 * by its path ({@code node_sets.paper.features.feat.shape}) and what it must hold, instead of
 * Jackson's Java types ({@code Cannot deserialize value of type `java.util.ArrayList<...>`}).
 */
final class SchemaJsonErrors {
  /** What each field of a schema holds that is not an object, by its JSON name. */
  private static final Map<String, String> EXPECTED = Map.of(
      "shape", "a list of sizes",
      "sparse", "true or false",
      "dtype", "a string",
      "source", "a string",
      "target", "a string");

  /** Where Jackson's source locations begin in its messages, with the remarks around them. */
  private static final List<String> LOCATIONS = List.of(" (for ", " (start marker at",
      " [Source:");

  private SchemaJsonErrors() {}

  /** The problem, without the "schema: " in front or the line behind. */
  static String describe(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : "; known fields here: "
          + u.getKnownPropertyIds().stream().map(String::valueOf).sorted()
              .collect(Collectors.joining(", "));
      return "unknown field '" + path(u.getPath()) + "'" + known;
    }
    if (e instanceof MismatchedInputException m) {
      List<JsonMappingException.Reference> at = m.getPath();
      // Nothing to point at: the text as a whole is not one object (empty, a list, two values).
      return at.isEmpty() ? "the text must hold one JSON object"
          : "field '" + path(at) + "' must be " + expected(at.get(at.size() - 1));
    }
    return syntax(e.getOriginalMessage());
  }

  private static String expected(JsonMappingException.Reference last) {
    // Only a shape is a list: an element of one is a size.
    return last.getFieldName() == null ? "a whole number of 0 or more"
        : EXPECTED.getOrDefault(last.getFieldName(), "an object");
  }

  /** {@code node_sets.a.features.x.shape[0]}. */
  private static String path(List<JsonMappingException.Reference> references) {
    return references.stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining())
        .replaceFirst("^\\.", "");
  }

  /**
   * A syntax error in Jackson's words, which are JSON's, without the source locations it puts
   * inside them ({@code [Source: REDACTED ...; line: 1, column: 7]}): the line follows anyway.
   */
  private static String syntax(String message) {
    String first = message == null ? "not valid JSON" : message.lines().findFirst().orElse("");
    // The location may sit inside a remark that would be left open: "(start marker at [Source:".
    int end = first.length();
    for (String location : LOCATIONS) {
      int at = first.indexOf(location);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    return "not valid JSON: " + first.substring(0, end).strip();
  }
}
