package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What docs/experiment-config.md says each field of an experiment takes, as far as the
 * {@link ConfigMutations} need it: whether a value that replaces the field's own still makes a
 * valid experiment, and why. A field is known by its name and the {@code type} of the object
 * that holds it, since a {@code dropout-features} rate stops below 1 where other rates take 1.
 */
final class FieldRules {
  /** The kinds of range the documented numeric fields have. */
  enum Range {
    /** Any integer: a seed. */
    ANY_INTEGER,
    /** An integer >= 0. */
    NON_NEGATIVE_INTEGER,
    /** An integer >= 1. */
    POSITIVE_INTEGER,
    /** A number in [0, 1], a float that is 0 or not below the smallest float. */
    UNIT_INTERVAL,
    /** A number in [0, 1), likewise. */
    HALF_OPEN_UNIT_INTERVAL,
    /** A finite number >= 0 a float holds. */
    NON_NEGATIVE,
    /** A finite number > 0 a float holds. */
    POSITIVE
  }

  /** The ranges by field name; a list's elements' by the list's name. */
  private static final Map<String, Range> RANGES = Map.ofEntries(
      Map.entry("seed", Range.ANY_INTEGER),
      Map.entry("patience", Range.NON_NEGATIVE_INTEGER),
      Map.entry("batch_components", Range.NON_NEGATIVE_INTEGER),
      Map.entry("epochs", Range.POSITIVE_INTEGER),
      Map.entry("metrics_every", Range.POSITIVE_INTEGER),
      Map.entry("checkpoint_every", Range.POSITIVE_INTEGER),
      Map.entry("probe_repeats", Range.POSITIVE_INTEGER),
      Map.entry("units", Range.POSITIVE_INTEGER),
      Map.entry("projector_units", Range.POSITIVE_INTEGER),
      Map.entry("rate", Range.UNIT_INTERVAL),
      Map.entry("dropout", Range.HALF_OPEN_UNIT_INTERVAL),
      Map.entry("lambda", Range.NON_NEGATIVE),
      Map.entry("margin", Range.NON_NEGATIVE),
      Map.entry("sim_weight", Range.NON_NEGATIVE),
      Map.entry("var_weight", Range.NON_NEGATIVE),
      Map.entry("cov_weight", Range.NON_NEGATIVE),
      Map.entry("weight_decay", Range.NON_NEGATIVE),
      Map.entry("learning_rate", Range.POSITIVE),
      Map.entry("probe_c", Range.POSITIVE));

  /** The fields that are lists of numbers, whose range is their elements'. */
  private static final Set<String> LISTS = Set.of("units", "projector_units", "probe_c");

  /** The fields whose names are read in any case ({@code -} and {@code _} alike). */
  private static final Set<String> ANY_CASE = Set.of("activation", "discriminator",
      "probe_protocol", "pooling", "aggregation");

  /** The built-in data sets, whose names are read in any case. */
  private static final Set<String> BUILT_IN_DATA = Set.of("cora", "citeseer", "pubmed", "csbm");

  /** The booleans that must stay as they are whatever the rest says. */
  private static final Map<String, String> FIXED_BOOLEANS = Map.of(
      // Only a run made in code with a bound data set writes it; a file cannot bind one.
      "from_binding", "false");

  private FieldRules() {}

  /** Why leaving out the field at {@code path} is valid, or null: only a type is needed. */
  static @Nullable String whenRemoved(String path) {
    return path.endsWith(".type") ? null : "a field left out takes its default";
  }

  /**
   * Why {@code path} may hold {@code bad}, or null if it must be refused.
   *
   * @param holder the {@code type} of the object that holds the field, or null if it has none
   * @param value the field's value in the valid experiment; missing for an empty list's element
   * @param bad the new value; a string starting with {@code raw} is a non-finite number
   */
  static @Nullable String whenReplaced(String path, @Nullable String holder, JsonNode value,
      JsonNode bad, String raw) {
    String name = path.substring(path.lastIndexOf('.') + 1);
    boolean element = name.endsWith("]");
    String field = element ? name.substring(0, name.indexOf('[')) : name;
    if (bad.isNull() && !field.equals("type") && !element) {
      return "null means the default";
    }
    // --out names the run directory instead, and any text but a blank one names a directory
    // (a YAML integer or boolean is read as the text it is written as).
    boolean text = bad.isTextual() && !bad.textValue().isBlank()
        && !bad.textValue().startsWith(raw);
    if (path.equals("output.directory") && (text || bad.isBoolean() || bad.isInt())) {
      return "--out overrides output.directory";
    }
    if (path.equals("dataset.name") && bad.isTextual()
        && BUILT_IN_DATA.contains(bad.textValue().toLowerCase(Locale.ROOT))) {
      return "a built-in data set's name is read in any case";
    }
    if (ANY_CASE.contains(field) && bad.isTextual() && value.isTextual()
        && bad.textValue().equalsIgnoreCase(value.textValue())) {
      return "names are read in any case";
    }
    if (element != LISTS.contains(field)) {
      return null; // a list where a number goes, or a number where a list goes
    }
    Range range = "rate".equals(field) && "dropout-features".equals(holder)
        ? Range.HALF_OPEN_UNIT_INTERVAL : RANGES.get(field);
    return range != null && bad.isNumber() && within(range, bad)
        ? "in the field's range (docs/experiment-config.md)" : null;
  }

  /**
   * What the refusal of {@code bad} in place of {@code value} must say of the kind of value the
   * field takes ({@code must be a list}), or null when {@code bad} is of that kind or may be
   * read as one: a number where a number goes, an integer or a boolean as a text, which is
   * read as the text it is written as.
   */
  static @Nullable String kindOf(JsonNode value, JsonNode bad, String raw) {
    boolean nonFinite = bad.isTextual() && bad.textValue().startsWith(raw);
    if (bad.isNull()) {
      return null;
    }
    if (value.isObject()) {
      return bad.isObject() ? null : "must be an object";
    }
    if (value.isArray()) {
      return bad.isArray() ? null : "must be a list";
    }
    if (value.isBoolean()) {
      return bad.isBoolean() ? null : "must be true or false";
    }
    if (value.isIntegralNumber()) {
      return bad.isIntegralNumber() ? null : "must be an integer";
    }
    if (value.isNumber()) {
      return nonFinite ? "must be a finite number" : bad.isNumber() ? null : "must be a number";
    }
    boolean readAsText = (bad.isTextual() && !nonFinite) || bad.isIntegralNumber()
        || bad.isBoolean();
    return value.isTextual() && !readAsText ? "must be a string" : null;
  }

  /** Why flipping the boolean at {@code path} is valid, or null if it must be refused. */
  static @Nullable String whenFlipped(String path) {
    String field = path.substring(path.lastIndexOf('.') + 1);
    return FIXED_BOOLEANS.containsKey(field) ? null : "true and false are both settings";
  }

  private static boolean within(Range range, JsonNode value) {
    double v = value.doubleValue();
    boolean integer = value.isIntegralNumber();
    // Training computes in float: a number that would become 0 or infinite as one is refused.
    boolean asFloat = v == 0 || ((float) v != 0 && !Float.isInfinite((float) v));
    return switch (range) {
      case ANY_INTEGER -> integer && value.canConvertToLong();
      case NON_NEGATIVE_INTEGER -> integer && value.canConvertToInt() && v >= 0;
      case POSITIVE_INTEGER -> integer && value.canConvertToInt() && v >= 1;
      case UNIT_INTERVAL -> asFloat && v >= 0 && v <= 1;
      case HALF_OPEN_UNIT_INTERVAL -> asFloat && v >= 0 && (float) v < 1;
      case NON_NEGATIVE -> asFloat && v >= 0;
      case POSITIVE -> asFloat && v > 0;
    };
  }
}
