package dev.contrastive4j.processor;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The description of an enum {@code @Param} as listings and the spec's Javadoc show it: the
 * author's words, followed by the names an experiment may write when those words do not already
 * name each of them. The names are the constants in lower case, as experiments spell them.
 */
final class EnumChoices {
  private EnumChoices() {}

  /**
   * {@code description}, with {@code one of a, b} added (after a semicolon, or alone when the
   * description is empty) unless it names every constant already.
   */
  static String describe(String description, List<String> constants) {
    List<String> names = constants.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    if (names.stream().allMatch(n -> names(description, n))) {
      return description;
    }
    String choices = "one of " + String.join(", ", names);
    return description.isBlank() ? choices : description + "; " + choices;
  }

  /** Whether {@code text} has {@code name} as a whole word (a choice may contain another). */
  private static boolean names(String text, String name) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text)
        .find();
  }
}
