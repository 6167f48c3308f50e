package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.runtime.io.JsonMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Jackson's exceptions in the configuration's own words: a JSON path or a line and column. */
final class JacksonProblems {
  /** Jackson's words for a key given twice in one object (STRICT_DUPLICATE_DETECTION). */
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

  private JacksonProblems() {}

  /** A binding failure as {@code path: problem}, the path from the exception's references. */
  static String mapping(JsonMappingException e) {
    Throwable cause = e.getCause();
    String message = e instanceof ValueInstantiationException && cause != null
        && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage();
    String path = JsonMessages.path(e);
    return path.isEmpty() ? firstLine(message) : path + ": " + firstLine(message);
  }

  /**
   * A syntax error as {@code line L, column C: problem}; a key given twice as {@code line L,
   * column C: path: duplicate key}. (YAML's {@code .nan} and {@code .inf} are no syntax error:
   * the tree holds them, and the tree check refuses them at their path as JSON's {@code NaN}.)
   */
  static String syntax(JsonProcessingException e) {
    Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    if (e.getProcessor() instanceof JsonParser parser && duplicate.matches()) {
      // The parser is in the object that has the key twice; its parent leads to the object.
      JsonStreamContext object = parser.getParsingContext();
      String within = object.getParent() == null ? "" : path(object.getParent());
      String key = within.isEmpty() ? duplicate.group(1) : within + "." + duplicate.group(1);
      return location(e) + key + ": duplicate key; each key may appear once in a mapping";
    }
    // SnakeYAML says what it was parsing first and what went wrong after: keep the latter.
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null
        && yaml.getProblemMark() != null) {
      String problem = yaml.getProblem().contains("\\t(TAB)")
          ? "a tab, which YAML does not allow in indentation; indent with spaces"
          : firstLine(yaml.getProblem());
      return "line " + (yaml.getProblemMark().getLine() + 1) + ", column "
          + (yaml.getProblemMark().getColumn() + 1) + ": " + problem;
    }
    // Where Jackson's words name its own features or SnakeYAML's event classes, say what the
    // file may not hold instead.
    String original = String.valueOf(e.getOriginalMessage());
    if (original.contains("ALLOW_COMMENTS")) {
      return location(e) + "a comment, which JSON does not allow; remove it, or write the "
          + "experiment as YAML, where # starts a comment";
    }
    if (original.startsWith("Expected a field name") && original.contains("Event")) {
      return location(e) + "a key that is a list or mapping; keys are plain names";
    }
    return location(e) + firstLine(original);
  }

  /** {@code line L, column C: } of where {@code e} happened, or nothing if it has no place. */
  private static String location(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null || at.getLineNr() < 1 ? ""
        : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
  }

  /** The JSON path of where a parser is: {@code task.corruptor.steps[1].rate}. */
  private static String path(JsonStreamContext context) {
    List<JsonMappingException.Reference> references = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      references.add(0, c.inArray()
          ? new JsonMappingException.Reference(null, c.getCurrentIndex())
          : new JsonMappingException.Reference(null, c.getCurrentName()));
    }
    return JsonMessages.path(references);
  }

  /**
   * Removes the value at {@code references} from {@code root}: the property the path ends in,
   * or the whole list when it ends in a list element.
   *
   * @return whether something was removed
   */
  static boolean remove(ObjectNode root, List<JsonMappingException.Reference> references) {
    int last = references.size() - 1;
    while (last >= 0 && references.get(last).getFieldName() == null) {
      last--; // a list element: remove the list
    }
    if (last < 0) {
      return false;
    }
    JsonNode parent = root;
    for (int i = 0; i < last && parent != null; i++) {
      JsonMappingException.Reference r = references.get(i);
      parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
    }
    return parent instanceof ObjectNode object
        && object.remove(references.get(last).getFieldName()) != null;
  }

  private static String firstLine(String message) {
    return message == null ? "invalid" : JsonMessages.oneLine(message);
  }
}
