package dev.contrastive4j.api.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of a configuration, each prefixed with the JSON path of the value at
 * fault. A {@code ConfigProblems} stands at one place in the tree; {@link #at(String)} and
 * {@link #at(int)} step down and share the same list, so every check of an experiment ends up
 * in one report. The checks report in the project's wording (the messages the runtime uses
 * too) and return whether the value passed.
 */
public final class ConfigProblems {
  private final List<String> sink;
  private final String path;

  private ConfigProblems(List<String> sink, String path) {
    this.sink = sink;
    this.path = path;
  }

  /** An empty report standing at the root of the experiment. */
  public static ConfigProblems root() {
    return new ConfigProblems(new ArrayList<>(), "");
  }

  /** The JSON path of this place, such as {@code task.corruptor}; empty at the root. */
  public String path() {
    return path;
  }

  /** The place of {@code property} of the object here. */
  public ConfigProblems at(String property) {
    return new ConfigProblems(sink, path.isEmpty() ? property : path + "." + property);
  }

  /** The place of element {@code index} of the list here. */
  public ConfigProblems at(int index) {
    return new ConfigProblems(sink, path + "[" + index + "]");
  }

  /** Reports {@code problem} of the value here. */
  public void report(String problem) {
    sink.add(path.isEmpty() ? problem : path + ": " + problem);
  }

  /** Reports {@code problem} of {@code property} of the object here. */
  public void report(String property, String problem) {
    at(property).report(problem);
  }

  /** Every problem reported so far, anywhere in the tree. */
  public List<String> problems() {
    return Collections.unmodifiableList(new ArrayList<>(sink));
  }

  /**
   * Whether a problem has been reported at {@code property} of the object here or inside it. A
   * reader sets a value at fault aside and reads the default in its place, so that the rest is
   * still checked: a rule between two fields asks this first, so as not to blame the other
   * field for a default the user never wrote.
   */
  public boolean reportedAt(String property) {
    String field = at(property).path;
    return sink.stream().anyMatch(p -> p.startsWith(field + ":") || p.startsWith(field + ".")
        || p.startsWith(field + "["));
  }

  /** Whether nothing has been reported anywhere in the tree. */
  public boolean isEmpty() {
    return sink.isEmpty();
  }

  /**
   * Checks that {@code value} is a rate in [0, 1] and a {@linkplain #floatValue float}: see
   * {@link #rateProblem}.
   */
  public boolean inUnitInterval(String property, double value) {
    String problem = rateProblem(value, false);
    return check(problem == null, property, problem);
  }

  /**
   * Checks that {@code value} is a rate in [0, 1) and a {@linkplain #floatValue float} below 1:
   * see {@link #rateProblem}.
   */
  public boolean inHalfOpenUnitInterval(String property, double value) {
    String problem = rateProblem(value, true);
    return check(problem == null, property, problem);
  }

  /**
   * What is wrong with {@code value} as a rate (of dropout, of edges dropped, of columns
   * masked), or null if nothing is: it must be a finite number in [0, 1], or in [0, 1) with
   * {@code belowOne} (where 1 makes no sense, as dropout's scale 1 / (1 - rate) would be
   * infinite), and survive as the float training computes in: not so small that it becomes 0,
   * nor, below 1, so close to 1 that it becomes 1. The runtime refuses an experiment made in code
   * with the same words.
   */
  public static @Nullable String rateProblem(double value, boolean belowOne) {
    if (!Double.isFinite(value)) {
      return "must be a finite number, was " + value;
    }
    String range = belowOne ? "[0, 1)" : "[0, 1]";
    if (!(value >= 0 && (belowOne ? value < 1 : value <= 1))) {
      return "must be in " + range + ", was " + value;
    }
    if (belowOne && (float) value >= 1) {
      return "must be at most " + Math.nextDown(1f) + " (the largest float below 1, which "
          + "training computes in), was " + value;
    }
    return floatProblem(value, true);
  }

  /**
   * Checks that {@code value} is greater than 0 and a {@linkplain #floatValue float} that is
   * not 0.
   */
  public boolean positive(String property, double value) {
    if (!Double.isFinite(value)) {
      return check(false, property, "must be a finite number, was " + value);
    }
    String problem = floatProblem(value, false);
    return check(value > 0, property, "must be positive, was " + value)
        && check(problem == null, property, problem);
  }

  /** Checks that {@code value} is greater than 0. */
  public boolean positive(String property, long value) {
    return check(value > 0, property, "must be positive, was " + value);
  }

  /** Checks that {@code value} is at least 0 and a {@linkplain #floatValue float}. */
  public boolean nonNegative(String property, double value) {
    if (!Double.isFinite(value)) {
      return check(false, property, "must be a finite number, was " + value);
    }
    return check(value >= 0, property, "must be >= 0, was " + value)
        && floatValue(property, value);
  }

  /**
   * Checks that {@code value} survives as the float (32 bits) that training computes with: it
   * is finite, no larger in magnitude than {@link Float#MAX_VALUE} (beyond, it becomes
   * infinite) and, unless 0, not so small in magnitude that it becomes 0.
   */
  public boolean floatValue(String property, double value) {
    String problem = floatProblem(value, true);
    return check(problem == null, property, problem);
  }

  /**
   * What {@link #floatValue} reports about {@code value}, or null if it passes; the annotation
   * processor reports a {@code @Param} default in the same words.
   *
   * @param zeroAllowed whether 0 is a valid value, for the wording
   */
  public static @Nullable String floatProblem(double value, boolean zeroAllowed) {
    String why = " (the " + (Math.abs(value) > 1 ? "largest float" : "smallest float above 0")
        + ", which training computes in), was " + value;
    if (!Double.isFinite(value)) {
      return "must be a finite number, was " + value;
    }
    if (Float.isInfinite((float) value)) {
      return value > 0 ? "must be at most " + Float.MAX_VALUE + why
          : "must be at least " + -Float.MAX_VALUE + why;
    }
    if (value != 0 && (float) value == 0) {
      return "must be " + (zeroAllowed ? "0 or " : "") + "at least " + Float.MIN_VALUE
          + (value < 0 ? " in magnitude" : "") + why;
    }
    return null;
  }

  /** Checks that {@code value} is at least 0. */
  public boolean nonNegative(String property, long value) {
    return check(value >= 0, property, "must be >= 0, was " + value);
  }

  /** Checks that {@code value} is at least {@code min}. */
  public boolean atLeast(String property, long value, long min) {
    return check(value >= min, property, "must be at least " + min + ", was " + value);
  }

  /**
   * Checks that {@code value} names one of {@code names}, ignoring case and treating {@code -}
   * and {@code _} alike (as the runtime reads such names).
   */
  public boolean oneOf(String property, String value, List<String> names) {
    String wanted = normalize(value);
    for (String name : names) {
      if (normalize(name).equals(wanted)) {
        return true;
      }
    }
    return check(false, property, notOneOf(names, value));
  }

  /**
   * The problem of a name that is none of {@code names}, as {@link #oneOf} reports it:
   * {@code must be one of uniform, bilinear_glorot, was 'glorot'}.
   */
  static String notOneOf(List<String> names, @Nullable String value) {
    return "must be one of " + String.join(", ", names) + ", was '" + value + "'";
  }

  /** Checks that {@code value}, when given, is not blank. */
  public boolean notBlank(String property, @Nullable String value) {
    return check(value == null || !value.isBlank(), property, "must not be blank");
  }

  private boolean check(boolean ok, String property, String problem) {
    if (!ok) {
      report(property, problem);
    }
    return ok;
  }

  /** {@code name} as {@link #oneOf} compares it: lower case, {@code -} read as {@code _}. */
  static String normalize(String name) {
    return name.replace('-', '_').toLowerCase(Locale.ROOT);
  }
}
