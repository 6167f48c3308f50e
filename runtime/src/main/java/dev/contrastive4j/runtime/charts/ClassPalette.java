package dev.contrastive4j.runtime.charts;

import java.awt.Color;

/**
 * Colours for class ids: the ten Tableau colours (navy in place of Tableau's grey), then hues
 * spaced by the golden angle for further classes. Unlabeled nodes are light grey.
 */
final class ClassPalette {
  /** Colour of unlabeled nodes. */
  static final Color UNLABELED = new Color(200, 200, 200);

  private static final Color[] TABLEAU = {
      new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44),
      new Color(214, 39, 40), new Color(148, 103, 189), new Color(140, 86, 75),
      new Color(227, 119, 194), new Color(0, 0, 128), new Color(188, 189, 34),
      new Color(23, 190, 207)};
  private static final float GOLDEN_ANGLE = 0.381966f;

  private ClassPalette() {}

  /** The colour of class {@code id} (>= 0). */
  static Color of(int id) {
    if (id < TABLEAU.length) {
      return TABLEAU[id];
    }
    float hue = ((id - TABLEAU.length) * GOLDEN_ANGLE) % 1f;
    return Color.getHSBColor(hue, 0.75f, 0.8f);
  }
}
