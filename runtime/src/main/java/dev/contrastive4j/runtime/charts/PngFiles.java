package dev.contrastive4j.runtime.charts;

import dev.contrastive4j.runtime.io.FileOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts as PNG files atomically: into a temporary file in the target's directory, then
 * renamed over the target, so readers see either the old file or the complete new one.
 */
final class PngFiles {
  private static final String HEADLESS = "java.awt.headless";

  private PngFiles() {}

  /**
   * Runs AWT headless unless the application chose otherwise. Must run before the first chart
   * is built: AWT reads the property once.
   */
  static void ensureHeadless() {
    if (System.getProperty(HEADLESS) == null) {
      System.setProperty(HEADLESS, "true");
    }
  }

  /** The path checked for use as a chart's target. */
  static Path checkTarget(Path png) {
    if (png == null) {
      throw new ChartException("chart file path must not be null");
    }
    if (png.getFileName() == null) {
      throw new ChartException("chart file path '" + png + "' names no file");
    }
    return png.toAbsolutePath();
  }

  /**
   * Renders {@code chart} to {@code png}, creating missing parent directories.
   *
   * @throws ChartException naming the file if it cannot be written; the temporary file is
   *     removed
   */
  static void write(Path png, Chart<?, ?> chart) {
    Path target = checkTarget(png);
    Path directory = target.getParent();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ChartException("cannot write chart " + target + ": cannot create directory "
          + directory + " (" + FileOutput.reason(target, e) + ")", e);
    }
    Path temporary;
    try {
      // createFile, not createTempFile: the chart gets the permissions of any new file (the
      // umask's), as the run's other files do, not createTempFile's owner-only 0600.
      temporary = Files.createFile(directory.resolve("." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp"));
    } catch (IOException e) {
      throw new ChartException("cannot write chart " + target + ": cannot create a file in "
          + directory + " (" + FileOutput.reason(target, e) + ")", e);
    }
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } catch (IOException e) {
      throw new ChartException("cannot write chart " + target + " ("
          + FileOutput.reason(target, e) + ")", e);
    } finally {
      if (!moved) {
        deleteQuietly(temporary);
      }
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // The write already failed; that failure is the one to report.
    }
  }
}
