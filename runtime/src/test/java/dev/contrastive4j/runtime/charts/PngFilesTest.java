package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.runtime.testing.SystemProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failed writes name the file and leave no partial or temporary file behind. */
class PngFilesTest {
  private static final double[] LOSSES = {1.0, 0.5, 0.25};

  @TempDir
  Path dir;

  @Test
  void headlessIsSetWhenUnset() {
    LossCurveChart.build(LOSSES, 2, "t");
    assertEquals("true", System.getProperty("java.awt.headless"));
  }

  @Test
  void anApplicationsOwnChoiceOfHeadlessIsKept() throws Exception {
    // An application with a screen may set it to false before its first chart.
    SystemProperty.with("java.awt.headless", "false", () -> {
      PngFiles.ensureHeadless();
      assertEquals("false", System.getProperty("java.awt.headless"));
    });
  }

  @Test
  void aDirectoryInTheWayFailsAfterRenderingAndLeavesNoTemporaryFile() throws IOException {
    // Rendering succeeds, the final rename onto a non-empty directory fails.
    Path target = dir.resolve("loss.png");
    Files.createDirectories(target);
    Files.writeString(target.resolve("keep.txt"), "x");
    ChartException e = assertThrows(ChartException.class,
        () -> LossCurveChart.write(target, LOSSES, 2, "t"));
    assertEquals("cannot write chart " + target.toAbsolutePath() + " (Is a directory)",
        e.getMessage());
    assertEquals(List.of("loss.png"), Pngs.files(dir));
    assertEquals(List.of("keep.txt"), Pngs.files(target));
  }

  @Test
  void aFileInPlaceOfTheDirectoryIsNamed() throws IOException {
    Path notADirectory = dir.resolve("runs");
    Files.writeString(notADirectory, "x");
    Path target = notADirectory.resolve("loss.png");
    ChartException e = assertThrows(ChartException.class,
        () -> LossCurveChart.write(target, LOSSES, 2, "t"));
    // It ended '(java.nio.file.FileAlreadyExistsException: .../runs)'.
    assertEquals("cannot write chart " + target.toAbsolutePath() + ": cannot create directory "
        + notADirectory.toAbsolutePath() + " (" + notADirectory.toAbsolutePath() + " is a file, "
        + "not a directory)", e.getMessage());
    assertEquals(List.of("runs"), Pngs.files(dir));
  }

  @Test
  void aReadOnlyDirectoryIsNamed() throws IOException {
    Path readOnly = dir.resolve("locked");
    Files.createDirectories(readOnly);
    Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Root may write anyway; then there is nothing to test.
      Assumptions.assumeFalse(Files.isWritable(readOnly), "directory still writable (root?)");
      Path target = readOnly.resolve("loss.png");
      ChartException e = assertThrows(ChartException.class,
          () -> LossCurveChart.write(target, LOSSES, 2, "t"));
      assertEquals("cannot write chart " + target.toAbsolutePath() + ": cannot create a file in "
          + readOnly.toAbsolutePath() + " (permission denied)", e.getMessage());
      assertEquals(List.of(), Pngs.files(readOnly));
    } finally {
      Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aChartGetsThePermissionsOfAnyNewFileInItsDirectory() throws IOException {
    // It was written through createTempFile and so readable by its owner alone (rw-------),
    // unlike the run's other files.
    Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path chart = dir.resolve("loss.png");
    LossCurveChart.write(chart, LOSSES, 2, "t");
    Path other = Files.createFile(dir.resolve("other.txt"));
    assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(chart));
  }
}
