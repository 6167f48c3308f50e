package dev.contrastive4j.runtime.config;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Did-you-mean: the known name closest to a misspelt one by edit (Levenshtein) distance, ignoring
 * case and the separators {@code _} and {@code -} (so {@code projectorUnits} and
 * {@code barlow_twins} find {@code projector_units} and {@code barlow-twins}).
 */
final class Suggestions {
  private Suggestions() {}

  /** The closest of {@code known} to {@code wrong}, or null if none is close enough. */
  static @Nullable String closest(String wrong, Collection<String> known) {
    String w = normalize(wrong);
    // Allow about one edit per four characters, at least one.
    int limit = Math.max(1, w.length() / 4);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int d = distance(w, normalize(candidate));
      if (d <= limit && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }
}
