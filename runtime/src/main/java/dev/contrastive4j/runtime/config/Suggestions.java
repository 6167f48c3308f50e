package dev.contrastive4j.runtime.config;

import java.util.Collection;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Did-you-mean: the known name closest to a misspelt one by edit distance (Levenshtein's, with
 * a swap of two neighbouring letters counting as one edit), ignoring
 * case and the separators {@code _} and {@code -} (so {@code projectorUnits} and
 * {@code barlow_twins} find {@code projector_units} and {@code barlow-twins}).
 */
public final class Suggestions {
  private Suggestions() {}

  /** The closest of {@code known} to {@code wrong}, or null if none is close enough. */
  public static @Nullable String closest(String wrong, Collection<String> known) {
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

  /**
   * {@code " (did you mean 'x'?)"} with the {@linkplain #closest closest} known name, or the empty
   * string if none is close enough: the tail of an "unknown name" message.
   */
  public static String didYouMean(String wrong, Collection<String> known) {
    String suggestion = closest(wrong, known);
    return suggestion == null ? "" : " (did you mean '" + suggestion + "'?)";
  }

  /**
   * The optimal-string-alignment distance: the fewest insertions, deletions, substitutions of
   * one character and swaps of two neighbouring ones ({@code sede} is one edit from
   * {@code seed}).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }
}
