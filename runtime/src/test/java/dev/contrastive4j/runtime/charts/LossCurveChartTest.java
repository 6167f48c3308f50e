package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The loss curve: a readable PNG of the documented size, with the best epoch marked. */
class LossCurveChartTest {
  @TempDir
  Path dir;

  @Test
  void writesAPngWithTheBestEpochMarked() throws IOException {
    double[] losses = decreasing(300);
    Path png = dir.resolve("loss.png");
    LossCurveChart.write(png, losses, 299, "DGI on Cora");
    BufferedImage image = Pngs.read(png, LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
    // The best (last, lowest) epoch lies in the lower right; the legend is in the upper right.
    int lowerHalf = Pngs.count(image, LossCurveChart.BEST_COLOR, 0, LossCurveChart.HEIGHT / 2,
        LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
    assertTrue(lowerHalf > 20, "red marker pixels near the curve's end: " + lowerHalf);
    assertTrue(Pngs.count(image, LossCurveChart.LINE_COLOR, 0, 0, LossCurveChart.WIDTH,
        LossCurveChart.HEIGHT) > 100, "the curve is drawn");
    assertEquals(List.of("loss.png"), Pngs.files(dir), "no temporary file left");
  }

  @Test
  void epochsAreNumberedFromOneAsTheTrainerAndTheRunSummaryNumberThem() {
    var chart = LossCurveChart.build(new double[] {0.9, 0.5, 0.7}, 1, "t");
    assertEquals(List.of("loss", "best: epoch 2, loss 0.5000"),
        List.copyOf(chart.getSeriesMap().keySet()));
    double[] epochs = chart.getSeriesMap().get("loss").getXData();
    assertEquals(1.0, epochs[0]);
    assertEquals(3.0, epochs[2]);
    assertEquals(2.0, chart.getSeriesMap().get("best: epoch 2, loss 0.5000").getXData()[0]);
  }

  @Test
  void theFirstEpochCanBeTheBest() {
    var chart = LossCurveChart.build(new double[] {0.2, 0.5}, 0, "t");
    assertEquals(List.of("loss", "best: epoch 1, loss 0.2000"),
        List.copyOf(chart.getSeriesMap().keySet()));
  }

  @Test
  void aSingleEpochIsADotSinceALineNeedsTwo() {
    assertEquals(SeriesMarkers.CIRCLE, LossCurveChart.build(new double[] {0.7}, -1, "t")
        .getSeriesMap().get("loss").getMarker());
    assertEquals(SeriesMarkers.NONE, LossCurveChart.build(new double[] {0.7, 0.6}, -1, "t")
        .getSeriesMap().get("loss").getMarker());
  }

  @Test
  void theEpochAxisIsTickedAtRoundNumbersFromZero() throws ReflectiveOperationException {
    assertEquals(List.of("0", "50", "100", "150", "200", "250", "300"),
        xTickLabels(LossCurveChart.build(decreasing(326), 305, "t")));
    assertEquals(List.of("0", "20", "40", "60", "80", "100", "120", "140", "160", "180"),
        xTickLabels(LossCurveChart.build(decreasing(190), 169, "t")));
  }

  @Test
  void aShortRunIsTickedAtWholeEpochs() throws ReflectiveOperationException {
    assertEquals(List.of("0", "1", "2", "3"),
        xTickLabels(LossCurveChart.build(decreasing(3), 2, "t")));
    assertEquals(List.of("0", "1"), xTickLabels(LossCurveChart.build(new double[] {0.7}, 0, "t")));
  }

  @Test
  void withoutABestEpochNothingIsMarked() throws IOException {
    Path png = dir.resolve("loss.png");
    LossCurveChart.write(png, decreasing(50), -1, null);
    BufferedImage image = Pngs.read(png, LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
    assertEquals(0, Pngs.count(image, LossCurveChart.BEST_COLOR, 0, 0, LossCurveChart.WIDTH,
        LossCurveChart.HEIGHT));
  }

  @Test
  void aSingleEpochAndAFlatCurveCanBeDrawn() throws IOException {
    Path one = dir.resolve("one.png");
    LossCurveChart.write(one, new double[] {0.7}, 0, "one epoch");
    Pngs.read(one, LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
    Path flat = dir.resolve("flat.png");
    LossCurveChart.write(flat, new double[] {1, 1, 1, 1}, 2, "flat");
    Pngs.read(flat, LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
  }

  @Test
  void replacesAnExistingFileAndCreatesDirectories() throws IOException {
    Path png = dir.resolve("runs/run-1/loss.png");
    Files.createDirectories(png.getParent());
    Files.writeString(png, "old");
    LossCurveChart.write(png, decreasing(10), 9, "again");
    Pngs.read(png, LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
    assertEquals(List.of("loss.png"), Pngs.files(png.getParent()));
  }

  @Test
  void badInputIsNamedAndNothingIsWritten() throws IOException {
    Path png = dir.resolve("loss.png");
    double[] losses = decreasing(20);
    losses[12] = Double.NaN;
    assertMessage("losses[12] (epoch 13) is NaN; losses must be finite",
        () -> LossCurveChart.write(png, losses, 3, "t"));
    assertMessage("bestEpoch 20 is outside [0, 20) (or -1 for none)",
        () -> LossCurveChart.write(png, decreasing(20), 20, "t"));
    assertMessage("bestEpoch -2 is outside [0, 20) (or -1 for none)",
        () -> LossCurveChart.write(png, decreasing(20), -2, "t"));
    assertMessage("losses must hold at least one epoch",
        () -> LossCurveChart.write(png, new double[0], -1, "t"));
    assertMessage("chart file path must not be null",
        () -> LossCurveChart.write(null, decreasing(3), -1, "t"));
    assertEquals(List.of(), Pngs.files(dir));
  }

  /**
   * The x axis's tick labels as XChart draws them. XChart keeps its axes package-private, so this
   * reads them by reflection after painting; an XChart that moves them fails here, not silently.
   */
  private static List<String> xTickLabels(XYChart chart) throws ReflectiveOperationException {
    BufferedImage image = new BufferedImage(LossCurveChart.WIDTH, LossCurveChart.HEIGHT,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      chart.paint(graphics, LossCurveChart.WIDTH, LossCurveChart.HEIGHT);
    } finally {
      graphics.dispose();
    }
    Method getXAxis = Chart.class.getDeclaredMethod("getXAxis");
    getXAxis.setAccessible(true);
    Axis<?, ?> xAxis = (Axis<?, ?>) getXAxis.invoke(chart);
    // The calculator also returns ticks past the ends, which the axis leaves undrawn.
    List<Double> locations = xAxis.getAxisTickCalculator().getTickLocations();
    List<String> labels = xAxis.getAxisTickCalculator().getTickLabels();
    double width = xAxis.getBounds().getWidth();
    return IntStream.range(0, labels.size())
        .filter(i -> locations.get(i) >= 0 && locations.get(i) <= width)
        .mapToObj(labels::get).toList();
  }

  private static double[] decreasing(int epochs) {
    double[] losses = new double[epochs];
    for (int i = 0; i < epochs; i++) {
      losses[i] = 0.05 + 1.3 * Math.exp(-i / 40.0) + 0.01 * Math.sin(i);
    }
    losses[epochs - 1] = 0.0;
    return losses;
  }

  private static void assertMessage(String expected, Runnable call) {
    ChartException e = assertThrows(ChartException.class, call::run);
    assertEquals(expected, e.getMessage());
  }
}
