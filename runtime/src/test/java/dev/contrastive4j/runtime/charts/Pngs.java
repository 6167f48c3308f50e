package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Reads back written charts for the tests. */
final class Pngs {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private Pngs() {}

  /** The image in {@code png}, checked to be a PNG of the given size. */
  static BufferedImage read(Path png, int width, int height) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    assertArrayEquals(SIGNATURE, Arrays.copyOf(bytes, 8), "PNG signature of " + png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "ImageIO reads " + png);
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    return image;
  }

  /** Number of pixels of exactly {@code color} in the rectangle [x0, x1) x [y0, y1). */
  static int count(BufferedImage image, Color color, int x0, int y0, int x1, int y1) {
    int rgb = color.getRGB() & 0xffffff;
    int count = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }

  /** The names of the files in {@code directory}. */
  static List<String> files(Path directory) throws IOException {
    try (Stream<Path> list = Files.list(directory)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
