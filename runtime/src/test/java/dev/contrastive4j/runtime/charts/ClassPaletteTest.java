package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;
import org.junit.jupiter.api.Test;

/** Class colours: distinct for many classes, and golden-angle hues past the ten fixed ones. */
class ClassPaletteTest {
  @Test
  void manyClassesGetDistinctColours() {
    for (int a = 0; a < 40; a++) {
      for (int b = a + 1; b < 40; b++) {
        assertNotEquals(ClassPalette.of(a), ClassPalette.of(b), a + " vs " + b);
      }
      assertNotEquals(ClassPalette.UNLABELED, ClassPalette.of(a));
    }
  }

  @Test
  void classesPastTheTenthAreSpacedByTheGoldenAngle() {
    // The golden angle as a share of the circle, (3 - sqrt(5)) / 2: no two hues ever coincide.
    double goldenAngle = (3 - Math.sqrt(5)) / 2;
    for (int id = 10; id < 40; id++) {
      double step = hue(ClassPalette.of(id + 1)) - hue(ClassPalette.of(id));
      assertEquals(goldenAngle, step - Math.floor(step), 0.01, "class " + id + " to " + (id + 1));
    }
  }

  private static double hue(Color color) {
    return Color.RGBtoHSB(color.getRed(), color.getGreen(), color.getBlue(), null)[0];
  }
}
