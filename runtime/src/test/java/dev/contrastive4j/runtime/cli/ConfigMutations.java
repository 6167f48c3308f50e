package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Makes bad experiment files from a valid one, field by field: each field removed, or its value
 * replaced by a wrong type, null, a non-finite, negative, zero or huge number (a fraction field
 * also a tiny one and 1.5, a boolean the other one), an empty string, an unknown name or the
 * name in upper case; a {@code type} changed to each other type that has the object's fields
 * ({@link SiblingTypes}); an element put in an empty list; an unknown key added to each object,
 * the objects in lists ({@code compose} steps) too; and the text broken (truncated, tab
 * indentation, a duplicate key, empty, binary, not UTF-8). Deterministic: the same base gives
 * the same files in the same order.
 *
 * <p>Several bases share most fields: what one base's mutations have covered, given to the
 * next as {@code covered}, is not mutated again. A field is covered at its place with its
 * value, places told apart by the {@code type}s on the way ({@code task<vicreg>.corruptor<
 * shuffle-features>.rate=0.5}), so that the same field in another kind of part, or with
 * another value, is mutated anew; a broken text is covered by format.
 */
final class ConfigMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();
  /** Marks a string to be written as it is, unquoted: a number neither format can write. */
  private static final String RAW = "@raw:";
  private static final String UNKNOWN_KEY = "no_such_field";

  private final ExperimentBase base;
  private final ObjectNode tree;
  private final boolean yaml;
  private final Set<String> covered;

  /**
   * @param base a valid experiment
   * @param covered what earlier bases covered, to which this one's mutations are added
   */
  ConfigMutations(ExperimentBase base, Set<String> covered) {
    this.base = base;
    this.tree = base.tree();
    this.yaml = !base.fileName().endsWith(".json");
    this.covered = covered;
  }

  /** Every mutation of the base not covered before, values first, then the broken texts. */
  List<ConfigMutation> all() {
    List<ConfigMutation> out = new ArrayList<>();
    fields(tree, "", "", out);
    texts(out);
    return out;
  }

  /** The base itself, which must train. */
  ConfigMutation unchanged() {
    return new ConfigMutation("unchanged", base.fileName(), text(tree), null, null,
        "the base is valid");
  }

  /**
   * The mutations of {@code object}, at {@code at} (a JSON path) and {@code place} (the path
   * with the types on the way).
   */
  private void fields(ObjectNode object, String at, String place, List<ConfigMutation> out) {
    String holder = object.path("type").isTextual() ? object.get("type").textValue() : null;
    String here = holder == null ? place : place + "<" + holder + ">";
    String key = join(at, UNKNOWN_KEY);
    if (covered.add(join(here, UNKNOWN_KEY))) {
      out.add(change("unknown key " + key, key, null, null,
          root -> ((ObjectNode) find(root, at)).put(UNKNOWN_KEY, 1)));
    }
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String field : names) {
      String path = join(at, field);
      String fieldPlace = join(here, field);
      JsonNode value = object.get(field);
      if (covered.add(fieldPlace + "=" + value)) {
        out.add(change("without " + path, path, null, FieldRules.whenRemoved(path),
            root -> ((ObjectNode) find(root, at)).remove(field)));
        for (JsonNode bad : replacements(value)) {
          out.add(change(path + " = " + show(bad), path, FieldRules.kindOf(value, bad, RAW),
              verdict(path, holder, value, bad),
              root -> ((ObjectNode) find(root, at)).set(field, bad)));
        }
        if (field.equals("type") && holder != null) {
          for (String other : SiblingTypes.of(object)) {
            out.add(change(path + " = " + other, path, null,
                "the fields are a " + other + "'s too",
                root -> ((ObjectNode) find(root, at)).put(field, other)));
          }
        }
      }
      if (value.isObject()) {
        fields((ObjectNode) value, path, fieldPlace, out);
      } else if (value.isArray()) {
        elements((ArrayNode) value, path, fieldPlace, out);
      }
    }
  }

  /** The mutations of each element of {@code list}: replaced, or its fields if an object. */
  private void elements(ArrayNode list, String at, String place, List<ConfigMutation> out) {
    if (list.isEmpty() && covered.add(place + "[0]")) {
      String first = at + "[0]";
      for (JsonNode bad : replacements(NODES.missingNode())) {
        out.add(change(at + " = [" + show(bad) + "]", first, null,
            FieldRules.whenReplaced(first, null, NODES.missingNode(), bad, RAW),
            root -> ((ArrayNode) find(root, at)).add(bad)));
      }
    }
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      String path = at + "[" + i + "]";
      String elementPlace = place + "[" + i + "]";
      JsonNode value = list.get(i);
      // A list of numbers is covered by its first element.
      if ((value.isObject() || i == 0) && covered.add(elementPlace + "=" + value)) {
        for (JsonNode bad : replacements(value)) {
          out.add(change(path + " = " + show(bad), path, FieldRules.kindOf(value, bad, RAW),
              verdict(path, null, value, bad),
              root -> ((ArrayNode) find(root, at)).set(index, bad)));
        }
      }
      if (value.isObject()) {
        fields((ObjectNode) value, path, elementPlace, out);
      }
    }
  }

  /** Why {@code bad} in place of {@code value} at {@code path} is valid, or null. */
  private static @Nullable String verdict(String path, @Nullable String holder, JsonNode value,
      JsonNode bad) {
    return value.isBoolean() && bad.isBoolean() ? FieldRules.whenFlipped(path)
        : FieldRules.whenReplaced(path, holder, value, bad, RAW);
  }

  /** The values that replace {@code value}: every kind but its own, and the edge numbers. */
  private static List<JsonNode> replacements(JsonNode value) {
    List<JsonNode> out = new ArrayList<>();
    out.add(NODES.nullNode());
    if (!value.isTextual()) {
      out.add(NODES.textNode("ten"));
    }
    if (!value.isNumber()) {
      out.add(NODES.numberNode(7));
    }
    if (!value.isArray()) {
      out.add(NODES.arrayNode().add(1));
    }
    if (!value.isObject()) {
      out.add(NODES.objectNode().put("a", 1));
    }
    out.add(NODES.booleanNode(!value.isBoolean() || !value.booleanValue()));
    out.add(NODES.textNode(RAW + "NaN"));
    out.add(NODES.textNode(RAW + "Infinity"));
    out.add(NODES.numberNode(-1));
    out.add(NODES.numberNode(0));
    out.add(NODES.numberNode(1e300));
    if (value.isFloatingPointNumber()) {
      // A fraction's edges: past 1, and so small that the float training uses would be 0.
      out.add(NODES.numberNode(1.5));
      out.add(NODES.numberNode(1e-300));
    }
    out.add(NODES.textNode(""));
    if (value.isTextual()) {
      out.add(NODES.textNode("no-such-name"));
      String upper = value.textValue().toUpperCase(Locale.ROOT);
      if (!upper.equals(value.textValue())) {
        out.add(NODES.textNode(upper));
      }
    }
    return out;
  }

  private ConfigMutation change(String label, String field, @Nullable String says,
      @Nullable String validBecause, Consumer<ObjectNode> edit) {
    ObjectNode copy = tree.deepCopy();
    edit.accept(copy);
    String elsewhere = base.refusedAt().get(label);
    return elsewhere != null
        ? new ConfigMutation(label, base.fileName(), text(copy), elsewhere, null, null)
        : new ConfigMutation(label, base.fileName(), text(copy), field,
            validBecause == null ? says : null, validBecause);
  }

  /** The broken texts, none of which is an experiment. */
  private void texts(List<ConfigMutation> out) {
    if (!covered.add(yaml ? "text: yaml" : "text: json")) {
      return;
    }
    String text = new String(text(tree), StandardCharsets.UTF_8);
    String cut = yaml ? text.substring(0, text.indexOf("learning_rate") + 4)
        : text.substring(0, text.length() / 2);
    out.add(bytes("truncated", cut.getBytes(StandardCharsets.UTF_8), null, null));
    if (yaml) {
      out.add(bytes("tab indentation", text.replaceAll("(?m)^  ", "\t")
          .getBytes(StandardCharsets.UTF_8), null, null));
    }
    String twice = yaml ? text.replaceFirst("(?m)^(  epochs: .*)$", "$1\n  epochs: 2")
        : text.replaceFirst("(\"epochs\" ?: ?[0-9]+)", "$1, \"epochs\": 2");
    out.add(bytes("duplicate key", twice.getBytes(StandardCharsets.UTF_8), "training.epochs",
        null));
    out.add(bytes("empty", new byte[0], null, null));
    out.add(bytes("blank", " \n\n".getBytes(StandardCharsets.UTF_8), null, null));
    byte[] garbage = new byte[64];
    new Random(20240611L).nextBytes(garbage);
    out.add(bytes("binary garbage", garbage, null, null));
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    out.add(bytes("UTF-8 byte order mark", bom, null,
        "a UTF-8 byte order mark is ignored (docs/experiment-config.md)"));
    byte[] latin1 = text.replace("csbm", "csbm\u00e9").getBytes(StandardCharsets.ISO_8859_1);
    out.add(bytes("not UTF-8 (Latin-1 e-acute)", latin1, null, null));
  }

  private ConfigMutation bytes(String label, byte[] content, @Nullable String field,
      @Nullable String validBecause) {
    return new ConfigMutation(label, base.fileName(), content, field, null, validBecause);
  }

  /** The tree written in the base's format, {@link #RAW} strings unquoted. */
  private byte[] text(JsonNode tree) {
    try {
      String text = yaml ? YAML.writeValueAsString(tree)
          : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
      String unquoted = text.replaceAll("['\"]?" + RAW + "([A-Za-z]+)['\"]?",
          yaml ? "\\.$1" : "$1")
          .replace(".NaN", ".nan").replace(".Infinity", ".inf");
      return unquoted.getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The node at a JSON path of names and list indices ({@code task.corruptor.steps[1]}). */
  private static JsonNode find(ObjectNode root, String path) {
    JsonNode node = root;
    if (!path.isEmpty()) {
      for (String part : path.split("\\.")) {
        String[] indices = part.split("\\[");
        node = node.get(indices[0]);
        for (int i = 1; i < indices.length; i++) {
          node = node.get(Integer.parseInt(indices[i].substring(0, indices[i].length() - 1)));
        }
      }
    }
    return node;
  }

  private static String join(String at, String field) {
    return at.isEmpty() ? field : at + "." + field;
  }

  private static String show(JsonNode value) {
    return value.isTextual() && value.textValue().startsWith(RAW)
        ? value.textValue().substring(RAW.length()) : value.toString();
  }
}
