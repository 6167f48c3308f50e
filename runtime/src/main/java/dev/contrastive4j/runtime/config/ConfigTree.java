package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.experiment.ConfigProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The check of a configuration's JSON tree before it is bound to the model, driven by the
 * model's own Jackson view of its types: every property must be one the object has (else a
 * did-you-mean), every polymorphic part needs a known {@code type}, and every value must be of
 * the right kind (an integer, a finite number, a list, an object...). Each value at fault is
 * reported and removed from the tree, so that binding the rest still works and finds the
 * remaining problems.
 */
final class ConfigTree {
  private static final String TYPE = "type";
  /** Where type names come from besides the built-in ones, for kinds open to plugins. */
  private static final String PLUGINS =
      " (a plugin adds its types when its jar is on the class path)";

  private final ObjectMapper mapper;
  private final SpecCatalog catalog;

  ConfigTree(ObjectMapper mapper, SpecCatalog catalog) {
    this.mapper = mapper;
    this.catalog = catalog;
  }

  /** Checks {@code root} as a {@code type}, removing what is at fault. */
  void check(ObjectNode root, Class<?> type, ConfigProblems at) {
    object(root, mapper.constructType(type), at, false);
  }

  /** Checks a value; false means it is at fault and must be removed. */
  private boolean value(JsonNode node, JavaType type, ConfigProblems at) {
    if (node.isNull()) {
      return true; // null means the default
    }
    Class<?> raw = type.getRawClass();
    if (SpecCatalog.isBase(raw)) {
      return polymorphic(node, raw, at);
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return list(node, type.getContentType(), at);
    }
    if (type.isMapLikeType()) {
      return map(node, type.getContentType(), at);
    }
    if (raw == Integer.class || raw == int.class) {
      return integer(node, node.canConvertToInt(), "an int", Integer.MIN_VALUE, Integer.MAX_VALUE,
          at);
    }
    if (raw == Long.class || raw == long.class) {
      return integer(node, node.canConvertToLong(), "a long", Long.MIN_VALUE, Long.MAX_VALUE, at);
    }
    if (raw == Double.class || raw == double.class || raw == Float.class || raw == float.class) {
      // NaN and infinities (JSON's NaN, Infinity) are never a setting: each is refused here, at
      // its path, so that none reaches a field whose range check would let it through.
      return expect(node.isNumber(), "a number", node, at)
          && expect(Double.isFinite(node.doubleValue()), "a finite number", node, at);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return expect(node.isBoolean(), "true or false", node, at);
    }
    if (raw == String.class || raw.isEnum()) {
      // A YAML integer or boolean is taken as the text it is written as (name: 2024); a
      // fraction or JSON's NaN is not (1e300 would be the text 1.0E300), so neither is a name.
      // An enum (a plugin's enum @Param) is such a name: its spec says which (EnumSetting).
      return expect(node.isTextual() || node.isIntegralNumber() || node.isBoolean(),
          "a string", node, at);
    }
    if (raw.isRecord()) {
      if (!expect(node.isObject(), "an object", node, at)) {
        return false;
      }
      object((ObjectNode) node, type, at, false);
    }
    return true; // anything else is Jackson's to read
  }

  private boolean polymorphic(JsonNode node, Class<?> base, ConfigProblems at) {
    String kind = SpecCatalog.KINDS.get(base);
    SortedMap<String, Class<?>> types = catalog.types(base);
    String known = "known " + kind + " types: " + String.join(", ", types.keySet());
    if (!node.isObject()) {
      at.report("must be an object with a 'type', was " + describe(node) + "; " + known);
      return false;
    }
    JsonNode typeNode = node.get(TYPE);
    if (typeNode == null || typeNode.isNull()) {
      at.report(TYPE, "missing; " + known);
      return false;
    }
    if (!typeNode.isTextual()) {
      at.report(TYPE, "must be a string, was " + describe(typeNode) + "; " + known);
      return false;
    }
    String name = typeNode.textValue();
    if (name.isBlank()) {
      at.report(TYPE, "must not be blank; " + known);
      return false;
    }
    Class<?> type = types.get(name);
    if (type == null) {
      String suggestion = Suggestions.didYouMean(name, types.keySet());
      // A name that is no misspelling may be a plugin's, such as that of the task a run was
      // trained with, read back where the plugin's jar is missing.
      at.report(TYPE, "unknown " + kind + " type '" + name + "'; " + known
          + (suggestion.isEmpty() && !base.isSealed() ? PLUGINS : suggestion));
      return false;
    }
    object((ObjectNode) node, mapper.constructType(type), at, true);
    return true;
  }

  /** The JSON properties of {@code type} (not its {@code type} name), in declaration order. */
  List<String> propertyNames(Class<?> type) {
    return List.copyOf(properties(mapper.getDeserializationConfig()
        .introspect(mapper.constructType(type))).keySet());
  }

  private static Map<String, JavaType> properties(BeanDescription description) {
    Map<String, JavaType> properties = new LinkedHashMap<>();
    for (BeanPropertyDefinition p : description.findProperties()) {
      properties.put(p.getName(), p.getPrimaryType());
    }
    return properties;
  }

  private void object(ObjectNode node, JavaType type, ConfigProblems at, boolean typed) {
    DeserializationConfig config = mapper.getDeserializationConfig();
    BeanDescription description = config.introspect(type);
    Map<String, JavaType> properties = new LinkedHashMap<>();
    if (typed) {
      properties.put(TYPE, mapper.constructType(String.class));
    }
    properties.putAll(properties(description));
    JsonIgnoreProperties.Value ignorals = config.getDefaultPropertyIgnorals(type.getRawClass(),
        description.getClassInfo());
    boolean anyName = description.findAnySetterAccessor() != null
        || (ignorals != null && ignorals.getIgnoreUnknown());
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      JavaType propertyType = properties.get(name);
      if (propertyType == null) {
        boolean ignored = ignorals != null
            && ignorals.findIgnoredForDeserialization().contains(name);
        if (!anyName && !ignored) {
          at.report(name, unknownProperty(name, properties.keySet()));
          node.remove(name);
        }
      } else if (!(typed && TYPE.equals(name))
          && !value(node.get(name), propertyType, at.at(name))) {
        node.remove(name);
      }
    }
  }

  private boolean list(JsonNode node, JavaType element, ConfigProblems at) {
    if (!expect(node.isArray(), "a list", node, at)) {
      return false;
    }
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      JsonNode e = node.get(i);
      if (e.isNull()) {
        at.at(i).report("must not be null");
        ok = false;
      } else {
        ok &= value(e, element, at.at(i));
      }
    }
    return ok;
  }

  private boolean map(JsonNode node, JavaType valueType, ConfigProblems at) {
    if (!expect(node.isObject(), "an object", node, at)) {
      return false;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      if (!value(node.get(name), valueType, at.at(name))) {
        ((ObjectNode) node).remove(name);
      }
    }
    return true;
  }

  private static boolean integer(JsonNode node, boolean fits, String type, long min, long max,
      ConfigProblems at) {
    if (!expect(node.isIntegralNumber(), "an integer", node, at)) {
      return false;
    }
    if (!fits) {
      // Only the bound it passes: "from -2147483648 to ..." read as if a negative count would do;
      // the setting's own range is checked once the value fits.
      at.report(node.bigIntegerValue().signum() > 0
          ? "must be at most " + max + " (" + type + "), was " + describe(node)
          : "must be at least " + min + " (" + type + "), was " + describe(node));
    }
    return fits;
  }

  private static boolean expect(boolean ok, String what, JsonNode node, ConfigProblems at) {
    if (!ok) {
      at.report("must be " + what + ", was " + describe(node));
    }
    return ok;
  }

  private static String unknownProperty(String name, Iterable<String> known) {
    List<String> names = new ArrayList<>();
    known.forEach(names::add);
    String suggestion = Suggestions.closest(name, names);
    return suggestion != null ? "unknown property; did you mean '" + suggestion + "'?"
        : names.isEmpty() ? "unknown property; this object has no properties"
        : "unknown property; known properties: " + String.join(", ", names);
  }

  /** A value as the user wrote it (strings quoted), or its kind for lists and objects. */
  static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isNumber()) {
      return node.asText(); // as written: NaN, not JSON's quoted "NaN"
    }
    return node.toString();
  }
}
