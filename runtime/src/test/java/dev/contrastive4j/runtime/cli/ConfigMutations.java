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
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Makes bad experiment files from a valid one, field by field: each field removed, or its value
 * replaced by a wrong type, null, a non-finite, negative, zero or huge number, an empty string
 * or an unknown name; an unknown key added to each object; and the text broken (truncated, tab
 * indentation, a duplicate key, empty, binary, not UTF-8). Deterministic: the same base gives
 * the same files in the same order.
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
  /** The fields of the bases whose range starts at 0. */
  private static final Set<String> ZERO_ALLOWED =
      Set.of("dropout", "weight_decay", "patience", "batch_components");

  private final String name;
  private final ObjectNode base;
  private final boolean yaml;

  /**
   * @param name the files' name, whose extension says JSON or YAML
   * @param base a valid experiment
   */
  ConfigMutations(String name, ObjectNode base) {
    this.name = name;
    this.base = base;
    this.yaml = !name.endsWith(".json");
  }

  /** Every mutation of the base, values first, then the broken texts. */
  List<ConfigMutation> all() {
    List<ConfigMutation> out = new ArrayList<>();
    fields(base, "", out);
    texts(out);
    return out;
  }

  /** The base itself, which must train. */
  ConfigMutation unchanged() {
    return new ConfigMutation("unchanged", name, text(base), null, "the base is valid");
  }

  private void fields(ObjectNode object, String at, List<ConfigMutation> out) {
    String key = join(at, UNKNOWN_KEY);
    out.add(change("unknown key " + key, key, null,
        root -> ((ObjectNode) find(root, at)).put(UNKNOWN_KEY, 1)));
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    for (String field : names) {
      String path = join(at, field);
      JsonNode value = object.get(field);
      out.add(change("without " + path, path, whenRemoved(path),
          root -> ((ObjectNode) find(root, at)).remove(field)));
      for (JsonNode bad : replacements(value)) {
        out.add(change(path + " = " + show(bad), path, whenReplaced(path, bad),
            root -> ((ObjectNode) find(root, at)).set(field, bad)));
      }
      if (value.isObject()) {
        fields((ObjectNode) value, path, out);
      } else if (value.isArray() && !value.isEmpty()) {
        String first = path + "[0]";
        for (JsonNode bad : replacements(value.get(0))) {
          out.add(change(first + " = " + show(bad), first, whenReplaced(first, bad),
              root -> ((ArrayNode) find(root, path)).set(0, bad)));
        }
      }
    }
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
    if (!value.isBoolean()) {
      out.add(NODES.booleanNode(true));
    }
    out.add(NODES.textNode(RAW + "NaN"));
    out.add(NODES.textNode(RAW + "Infinity"));
    out.add(NODES.numberNode(-1));
    out.add(NODES.numberNode(0));
    out.add(NODES.numberNode(1e300));
    out.add(NODES.textNode(""));
    if (value.isTextual()) {
      out.add(NODES.textNode("no-such-name"));
    }
    return out;
  }

  /** Why leaving out the field at {@code path} is valid, or null: only a type is needed. */
  private static @Nullable String whenRemoved(String path) {
    return path.endsWith(".type") ? null : "a field left out takes its default";
  }

  /** Why {@code path} may hold {@code bad}, or null if it must be refused. */
  private static @Nullable String whenReplaced(String path, JsonNode bad) {
    String field = path.substring(path.lastIndexOf('.') + 1);
    if (bad.isNull() && !field.equals("type") && !field.endsWith("]")) {
      return "null means the default";
    }
    boolean zeroOrMinusOne = bad.isInt() && (bad.intValue() == 0 || bad.intValue() == -1);
    if (field.equals("seed") && zeroOrMinusOne) {
      return "a seed is any integer";
    }
    if (ZERO_ALLOWED.contains(field) && bad.isInt() && bad.intValue() == 0) {
      return "0 is in the field's range (docs/experiment-config.md)";
    }
    // --out names the run directory instead, and any text but a blank one names a directory
    // (a YAML integer or boolean is read as the text it is written as).
    boolean text = bad.isTextual() && !bad.textValue().isBlank()
        && !bad.textValue().startsWith(RAW);
    if (path.equals("output.directory") && (text || bad.isBoolean() || bad.isInt())) {
      return "--out overrides output.directory";
    }
    return null;
  }

  private ConfigMutation change(String label, String field, @Nullable String validBecause,
      Consumer<ObjectNode> edit) {
    ObjectNode copy = base.deepCopy();
    edit.accept(copy);
    return new ConfigMutation(label, name, text(copy), field, validBecause);
  }

  /** The broken texts, none of which is an experiment. */
  private void texts(List<ConfigMutation> out) {
    String text = new String(text(base), StandardCharsets.UTF_8);
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
    return new ConfigMutation(label, name, content, field, validBecause);
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

  /** The node at a path of object names (list indices are not needed here). */
  private static JsonNode find(ObjectNode root, String path) {
    JsonNode node = root;
    if (!path.isEmpty()) {
      for (String part : path.split("\\.")) {
        node = node.get(part);
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
