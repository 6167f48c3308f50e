package dev.contrastive4j.runtime.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The training loss per epoch as a line chart, with the best epoch marked by a red diamond.
 * Epochs are shown counted from 1, as the trainer, {@code metrics.jsonl} and the run summary
 * count them: {@code losses[i]} is the loss of epoch {@code i + 1}. The epoch axis runs from 0 to
 * half an epoch past the last, with round, whole-number ticks (0, 50, 100, … for 326 epochs).
 */
public final class LossCurveChart {
  /** Width of the image in pixels. */
  public static final int WIDTH = 800;
  /** Height of the image in pixels. */
  public static final int HEIGHT = 600;
  /** Colour of the best-epoch marker. */
  static final Color BEST_COLOR = new Color(220, 0, 0);
  static final Color LINE_COLOR = new Color(31, 119, 180);

  private LossCurveChart() {}

  /**
   * Draws the loss curve and writes it to {@code png} atomically, creating missing parent
   * directories.
   *
   * @param png the PNG file to write (replaced if it exists)
   * @param losses the loss of each epoch, finite, at least one
   * @param bestEpoch the index in {@code losses} of the epoch to mark, in {@code [0,
   *     losses.length)}, or -1 for none
   * @param title the chart's title ({@code null} for none)
   * @throws ChartException if an input is invalid or the file cannot be written; the message
   *     names the value or the file
   */
  public static void write(Path png, double[] losses, int bestEpoch, String title) {
    PngFiles.checkTarget(png);
    XYChart chart = build(losses, bestEpoch, title);
    PngFiles.write(png, chart);
  }

  /** The chart, checked and built but not rendered. */
  static XYChart build(double[] losses, int bestEpoch, String title) {
    if (losses == null || losses.length == 0) {
      throw new ChartException("losses must hold at least one epoch");
    }
    for (int i = 0; i < losses.length; i++) {
      if (!Double.isFinite(losses[i])) {
        throw new ChartException("losses[" + i + "] (epoch " + (i + 1) + ") is " + losses[i]
            + "; losses must be finite");
      }
    }
    if (bestEpoch < -1 || bestEpoch >= losses.length) {
      throw new ChartException("bestEpoch " + bestEpoch + " is outside [0, " + losses.length
          + ") (or -1 for none)");
    }
    PngFiles.ensureHeadless();
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(title == null ? "" : title).xAxisTitle("epoch").yAxisTitle("loss").build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setMarkerSize(12);
    epochAxis(chart, losses.length);
    double[] epochs = IntStream.rangeClosed(1, losses.length).asDoubleStream().toArray();
    XYSeries curve = chart.addSeries("loss", epochs, losses.clone());
    curve.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    curve.setMarker(losses.length == 1 ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    curve.setLineColor(LINE_COLOR);
    curve.setMarkerColor(LINE_COLOR);
    curve.setLineStyle(new BasicStroke(1.5f));
    if (bestEpoch >= 0) {
      String label = String.format(Locale.ROOT, "best: epoch %d, loss %.4g", bestEpoch + 1,
          losses[bestEpoch]);
      XYSeries best = chart.addSeries(label, new double[] {bestEpoch + 1},
          new double[] {losses[bestEpoch]});
      best.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      best.setMarker(SeriesMarkers.DIAMOND);
      best.setMarkerColor(BEST_COLOR);
    }
    return chart;
  }

  /**
   * Sets the epoch axis to [0, last epoch + 1/2] with whole-number labels. XChart ticks every
   * k-th data point when the axis's values are equally spaced, as epochs are (1, 9, 17, …); the
   * half epoch past the last breaks that spacing, so it picks round steps instead, and keeps the
   * last point off the frame. Whole-number labels make a fractional step's labels repeat, which
   * XChart rejects, so a short run is ticked at each epoch rather than at 0.5.
   */
  private static void epochAxis(XYChart chart, int epochs) {
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(epochs + 0.5);
    chart.getStyler().setXAxisDecimalPattern("#");
  }
}
