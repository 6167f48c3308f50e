package dev.contrastive4j.runtime.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The embeddings projected on their first two principal components, one dot per row (a node,
 * or a graph), coloured by class; unlabeled rows (label -1) are light grey and drawn first,
 * beneath the others. The legend names each class id with its number of rows; the axes give the
 * share of the variance each component explains. One-column embeddings have a single component:
 * their dots lie on the horizontal axis.
 */
public final class EmbeddingScatterChart {
  /** Width of the image in pixels. */
  public static final int WIDTH = 800;
  /** Height of the image in pixels. */
  public static final int HEIGHT = 600;

  private EmbeddingScatterChart() {}

  /**
   * Projects the embeddings with PCA, draws them and writes the chart to {@code png} atomically,
   * creating missing parent directories.
   *
   * @param png the PNG file to write (replaced if it exists)
   * @param embeddings a finite, non-empty {@code [n, d]} floating-point matrix
   * @param labels {@code n} classes in {@code [0, numClasses)}, or -1 for unlabeled
   * @param numClasses number of classes, at least 1
   * @param title the chart's title ({@code null} for none)
   * @throws ChartException if an input is invalid or the file cannot be written; the message
   *     names the row, label or file at fault
   */
  public static void write(Path png, INDArray embeddings, int[] labels, int numClasses,
      String title) {
    PngFiles.checkTarget(png);
    XYChart chart = build(embeddings, labels, numClasses, title);
    PngFiles.write(png, chart);
  }

  /** The chart, checked and built but not rendered. */
  static XYChart build(INDArray embeddings, int[] labels, int numClasses, String title) {
    INDArray x = Matrices.finiteRows("embeddings", embeddings);
    checkLabels(labels, x.rows(), numClasses);
    // A run may train 1-D embeddings (--hidden 1); its picture must not fail after training.
    boolean flat = x.columns() == 1;
    PrincipalComponents pca = PrincipalComponents.fit(x, flat ? 1 : 2);
    INDArray projected = pca.project(x);
    double[] first = projected.getColumn(0).toDoubleVector();
    double[] second = flat ? new double[x.rows()] : projected.getColumn(1).toDoubleVector();

    PngFiles.ensureHeadless();
    double total = pca.totalVariance();
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(title == null ? "" : title)
        .xAxisTitle(axisTitle(1, pca.variances()[0], total))
        .yAxisTitle(flat ? "(1-D embeddings: no PC2)" : axisTitle(2, pca.variances()[1], total))
        .build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setMarkerSize(6);
    addClass(chart, "unlabeled", ClassPalette.UNLABELED, -1, labels, first, second);
    for (int c = 0; c < numClasses; c++) {
      addClass(chart, "class " + c, ClassPalette.of(c), c, labels, first, second);
    }
    return chart;
  }

  private static void checkLabels(int[] labels, int rows, int numClasses) {
    if (labels == null) {
      throw new ChartException("labels must not be null");
    }
    if (labels.length != rows) {
      throw new ChartException("embeddings have " + rows + " rows but labels has "
          + labels.length + " entries");
    }
    if (numClasses < 1) {
      throw new ChartException("numClasses must be >= 1, got " + numClasses);
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < -1 || labels[i] >= numClasses) {
        throw new ChartException("labels[" + i + "] = " + labels[i] + " is outside [0, "
            + numClasses + ") (or -1 for unlabeled)");
      }
    }
  }

  private static String axisTitle(int component, double variance, double total) {
    double share = total > 0 ? 100 * variance / total : 0;
    return String.format(Locale.ROOT, "PC%d (%.1f%% of variance)", component, share);
  }

  /** Adds the rows with label {@code label} as one series; none, no series. */
  private static void addClass(XYChart chart, String name, Color color, int label, int[] labels,
      double[] first, double[] second) {
    int count = 0;
    for (int l : labels) {
      if (l == label) {
        count++;
      }
    }
    if (count == 0) {
      return;
    }
    double[] xs = new double[count];
    double[] ys = new double[count];
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == label) {
        xs[next] = first[i];
        ys[next] = second[i];
        next++;
      }
    }
    XYSeries series = chart.addSeries(name + " (" + count + ")", xs, ys);
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setMarkerColor(color);
  }
}
