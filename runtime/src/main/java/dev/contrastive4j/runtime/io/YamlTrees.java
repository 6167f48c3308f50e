package dev.contrastive4j.runtime.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;

/**
 * Reads a YAML document into a JSON tree as YAML means it. Jackson's YAML parser passes an alias
 * ({@code *name}) on as a string holding the anchor's name, so that a tree read by Jackson has
 * {@code "name"} where the document repeats a value; here an alias stands for (a copy of) the
 * node its anchor ({@code &name}) marks, and a merge key ({@code <<: *base}, or a list of such)
 * adds each key of the mappings it names that the mapping does not have itself (the first
 * mapping listed wins), as YAML 1.1 and SnakeYAML define it.
 *
 * <p>Jackson's parser names the anchors of lists and mappings but not those of scalars, so the
 * anchors are taken from SnakeYAML's events of the same text (which Jackson's parser reads
 * through too), by where their nodes start.
 */
final class YamlTrees {
  /** A merge key's name. */
  private static final String MERGE = "<<";
  /**
   * The most aliases of lists and mappings a document may have, as SnakeYAML's default: each is
   * copied, so nested aliases could otherwise make a small file a huge tree.
   */
  static final int MAX_COLLECTION_ALIASES = 50;
  /**
   * YAML 1.1's spellings of NaN and the infinities, which Jackson's YAML parser calls floats but
   * cannot read as numbers.
   */
  private static final Pattern NON_FINITE =
      Pattern.compile("([-+]?)\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
  /** A decimal-looking integer with a leading zero: YAML 1.1's octal notation. */
  private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");

  private final YAMLParser parser;
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  /** The anchor of each node that has one, by the line and column where the node starts. */
  private final Map<List<Integer>, String> anchors;
  /** The nodes of the anchors seen so far, by name. */
  private final Map<String, JsonNode> anchored = new HashMap<>();
  /** The anchors of the lists and mappings being read, which no alias inside them may name. */
  private final Set<String> open = new HashSet<>();
  private int collectionAliases;

  private YamlTrees(YAMLParser parser, String text) {
    this.parser = parser;
    this.anchors = text.indexOf('&') < 0 ? Map.of() : anchors(text);
  }

  /**
   * The next document of {@code parser}, which reads {@code text}, as a tree; the parser is left
   * at its last token (so that the caller can see whether content follows). Null if there is
   * none.
   *
   * @throws JsonParseException for a syntax error, an alias without its anchor before it, an
   *     alias inside the node it names, too many aliases of collections, or a merge key whose
   *     value is not a mapping or a list of mappings
   */
  static @Nullable JsonNode read(YAMLParser parser, String text) throws IOException {
    return parser.nextToken() == null ? null : new YamlTrees(parser, text).value();
  }

  /**
   * The anchors of {@code text}'s nodes by where each node starts (its anchor's line and column,
   * as Jackson's parser places the node's first token), as far as the text parses: a syntax
   * error is Jackson's parser's to report.
   */
  private static Map<List<Integer>, String> anchors(String text) {
    Map<List<Integer>, String> anchors = new HashMap<>();
    try {
      for (Event event : new Yaml(new LoaderOptions()).parse(new StringReader(text))) {
        if (event instanceof NodeEvent node && node.getAnchor() != null
            && !event.is(Event.ID.Alias)) {
          anchors.put(position(event.getStartMark()), node.getAnchor());
        }
      }
    } catch (YAMLException e) {
      // The rest of the text is not read.
    }
    return anchors;
  }

  private static List<Integer> position(Mark mark) {
    return List.of(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** The value that starts at the current token. */
  private JsonNode value() throws IOException {
    if (parser.currentToken() == null) {
      throw error("the document ends inside a list or mapping", parser.currentLocation());
    }
    if (parser.isCurrentAlias()) {
      return alias(parser.getText());
    }
    JsonLocation start = here();
    String anchor = anchors.get(List.of(start.getLineNr(), start.getColumnNr()));
    if (anchor != null) {
      open.add(anchor);
    }
    JsonNode node = switch (parser.currentToken()) {
      case START_OBJECT -> object();
      case START_ARRAY -> array();
      case VALUE_STRING -> nodes.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integer();
      case VALUE_NUMBER_FLOAT -> floating();
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      case VALUE_EMBEDDED_OBJECT -> parser.getEmbeddedObject() instanceof byte[] bytes
          ? nodes.binaryNode(bytes) : nodes.pojoNode(parser.getEmbeddedObject());
      default -> throw error("unexpected " + parser.currentToken(), here());
    };
    if (anchor != null) {
      open.remove(anchor);
      anchored.put(anchor, node);
    }
    return node;
  }

  /**
   * The integer at the current token. One written with a leading zero, such as {@code 010}, is
   * refused: Jackson reads it as YAML 1.1's octal (8), which a user writing a count rarely means.
   */
  private JsonNode integer() throws IOException {
    String text = parser.getText();
    if (LEADING_ZERO.matcher(text).matches()) {
      throw error(text + " has a leading zero, which YAML 1.1 reads as an octal number ("
          + parser.getBigIntegerValue() + "); write the number without it", here());
    }
    return switch (parser.getNumberType()) {
      case INT -> nodes.numberNode(parser.getIntValue());
      case LONG -> nodes.numberNode(parser.getLongValue());
      default -> nodes.numberNode(parser.getBigIntegerValue());
    };
  }

  /**
   * The float at the current token. NaN and the infinities are read as the numbers they are, as
   * JSON's are, so that a reader checks them as any value of the wrong kind at its place (a
   * name, a list, a number that must be finite) rather than as a syntax error.
   */
  private JsonNode floating() throws IOException {
    String text = parser.getText();
    Matcher nonFinite = NON_FINITE.matcher(text);
    if (!nonFinite.matches()) {
      return nodes.numberNode(parser.getDoubleValue());
    }
    double value = nonFinite.group(1) == null ? Double.NaN
        : "-".equals(nonFinite.group(1)) ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    return new WrittenNonFinite(value, text);
  }

  private JsonNode alias(String name) throws IOException {
    JsonNode node = anchored.get(name);
    if (node == null) {
      throw error(open.contains(name)
          ? "the alias *" + name + " is inside the node its anchor &" + name + " marks; a "
              + "node cannot contain itself"
          : "the alias *" + name + " has no anchor &" + name + " before it", here());
    }
    if (node.isContainerNode() && ++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw error("more than " + MAX_COLLECTION_ALIASES + " aliases of lists or mappings",
          here());
    }
    return node.deepCopy();
  }

  private ObjectNode object() throws IOException {
    ObjectNode object = nodes.objectNode();
    JsonNode merged = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      parser.nextToken();
      if (MERGE.equals(name)) {
        JsonLocation at = here();
        merged = mergeSources(value(), at);
      } else {
        object.set(name, value());
      }
    }
    if (merged != null) {
      for (JsonNode source : merged) {
        source.fieldNames().forEachRemaining(name -> {
          if (!object.has(name)) {
            object.set(name, source.get(name));
          }
        });
      }
    }
    return object;
  }

  /** The mappings a merge key names, in order. */
  private ArrayNode mergeSources(JsonNode value, JsonLocation at) throws JsonParseException {
    ArrayNode sources = nodes.arrayNode();
    if (value.isObject()) {
      sources.add(value);
    } else if (value.isArray()) {
      for (JsonNode element : value) {
        if (!element.isObject()) {
          throw error("a merge key (<<) takes a mapping or a list of mappings, but its list "
              + "holds " + JsonMessages.describe(element), at);
        }
        sources.add(element);
      }
    } else {
      throw error("a merge key (<<) takes a mapping or a list of mappings, was "
          + JsonMessages.describe(value), at);
    }
    return sources;
  }

  private ArrayNode array() throws IOException {
    ArrayNode array = nodes.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value());
    }
    return array;
  }

  /** Where the current token starts. */
  private JsonLocation here() {
    return parser.currentTokenLocation();
  }

  private JsonParseException error(String message, JsonLocation at) {
    return new JsonParseException(parser, message, at);
  }
}
