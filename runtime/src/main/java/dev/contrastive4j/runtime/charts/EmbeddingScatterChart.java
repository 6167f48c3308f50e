package dev.contrastive4j.runtime.charts;

import java.awt.Color;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The embeddings projected on their first two principal components, one dot per row (a node,
 * or a graph), coloured by class; unlabeled rows (label -1) are light grey and drawn first,
 * beneath the others. The legend names each class id with its number of rows; past
 * {@link #LEGEND_CLASSES} classes it names the largest and counts the rest in a last line
 * ("+ 31 more classes (402 rows)"), so that it fits the picture. The axes give the share of the
 * variance each component explains. One-column embeddings have a single component: their dots
 * lie on the horizontal axis.
 *
 * <p>Up to {@link #MAX_POINTS} rows, every row is drawn, one class after the other (so where
 * classes overlap, the later class is on top). A larger matrix is drawn as a random sample of
 * {@link #MAX_POINTS} rows, drawn with a fixed seed (the same rows and labels give the same
 * picture), plus one row of any class the draw missed, so that every class has a dot. The
 * first axis's title then says how many of the rows are shown (e.g. "PC1 (27.5% of variance);
 * 5,000 of 300,000 rows shown (random sample)"); the legend still gives each class's number of
 * rows in the whole matrix. The principal components are then fitted on the sample, not on
 * every row: fitting on all rows copied the matrix in float64 several times (at 300,000 rows of
 * 512, 42 s and 6 GB more memory at the peak) for a picture of a few thousand dots, and the
 * sample's variance shares on the axes estimate the whole matrix's. The sampled classes are
 * drawn interleaved, in twenty rounds that each draw a twentieth of every class, so that where
 * classes overlap, none covers the others. The two are one way of drawing: every row is the
 * sample of all rows, in row order, drawn in a single round.
 */
public final class EmbeddingScatterChart {
  /** Width of the image in pixels. */
  public static final int WIDTH = 800;
  /** Height of the image in pixels. */
  public static final int HEIGHT = 600;
  /**
   * The most rows drawn; a larger matrix is drawn as a random sample of this many. 5,000 dots
   * already cover the clusters of the 800 x 600 picture, so more would only paint over each
   * other (and slow the rendering); Cora's 2,708 and CiteSeer's 3,327 nodes are drawn whole.
   */
  public static final int MAX_POINTS = 5_000;
  /** Seed of the sample, fixed so that a run's picture is the same each time it is drawn. */
  static final long SAMPLE_SEED = 0L;
  /** Rounds in which a sample's classes are drawn interleaved. */
  static final int ROUNDS = 20;
  /**
   * The most classes the legend names. With more, it names the {@code LEGEND_CLASSES - 1}
   * largest, in class order, and ends with a line for the rest ("+ 31 more classes (402 rows)").
   * A line per class ran off the 600-pixel picture from 29 lines on, and columns of them would
   * squeeze the plot; past twenty classes the palette's golden-angle hues are too close to match
   * a dot to its line by eye anyway. The largest classes are the clusters a reader sees,
   * so they are the ones worth naming; the rest are still drawn in their colours.
   */
  static final int LEGEND_CLASSES = 20;

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
    Matrices.checkFiniteRows("embeddings", embeddings);
    checkLabels(labels, embeddings.rows(), numClasses);
    int n = labels.length;
    boolean sampled = n > MAX_POINTS;
    // Every row is the sample of all rows, in order, drawn in one round: class after class.
    int[] rows = sampled ? RowSample.draw(labels, numClasses, MAX_POINTS, SAMPLE_SEED)
        : IntStream.range(0, n).toArray();
    // Only the sampled rows are copied (to float64) and projected; pullRows gathers them in one
    // native call (getRows, a view per row, took 0.1 to 0.8 s for 5,000 rows).
    Projection p = Projection.of(Matrices.finiteRows("embeddings",
        sampled ? Nd4j.pullRows(embeddings, 1, rows) : embeddings));
    XYChart chart = newChart(p, title == null ? "" : title);
    if (sampled) {
      // Under the first axis, not in the title: a run's title already fills the picture's width.
      chart.setXAxisTitle(chart.getXAxisTitle() + String.format(Locale.ROOT,
          "; %,d of %,d rows shown (random sample)", rows.length, n));
    }
    int rounds = sampled ? ROUNDS : 1;
    int[] counts = new int[numClasses + 1]; // index label + 1: unlabeled is -1
    for (int label : labels) {
      counts[label + 1]++;
    }
    int[][] byClass = new int[numClasses + 1][];
    int[] shown = new int[numClasses + 1]; // each label's rows in the sample, then a cursor
    for (int row : rows) {
      shown[labels[row] + 1]++;
    }
    for (int l = 0; l <= numClasses; l++) {
      byClass[l] = new int[shown[l]];
      shown[l] = 0;
    }
    for (int i = 0; i < rows.length; i++) {
      int l = labels[rows[i]] + 1;
      byClass[l][shown[l]++] = i; // positions in the sample, in its (random or row) order
    }
    // Unlabeled rows are a background: one series, beneath the classes.
    addPoints(chart, "unlabeled (" + counts[0] + ")", ClassPalette.UNLABELED, byClass[0], 0, 1,
        p, true);
    boolean[] named = legendClasses(counts);
    for (int round = 0; round < rounds; round++) {
      for (int c = 0; c < numClasses; c++) {
        String name = "class " + c + " (" + counts[c + 1] + ")";
        // Round 0 holds each class's first row, so the legend lists the classes in order.
        addPoints(chart, round == 0 ? name : name + " #" + (round + 1), ClassPalette.of(c),
            byClass[c + 1], round, rounds, p, round == 0 && named[c]);
      }
    }
    int more = 0;
    int moreRows = 0;
    for (int c = 0; c < numClasses; c++) {
      if (counts[c + 1] > 0 && !named[c]) {
        more++;
        moreRows += counts[c + 1];
      }
    }
    if (more > 0) {
      // A legend line without a dot: XChart's series need a point, so it gets an invisible one
      // on a drawn dot (the axes' ranges stay the same).
      chart.addSeries("+ " + more + " more classes (" + moreRows + " rows)",
          new double[] {p.first[0]}, new double[] {p.second[0]}).setMarker(SeriesMarkers.NONE);
    }
    return chart;
  }

  /**
   * Which classes the legend names, by class id: every class with rows if there are at most
   * {@link #LEGEND_CLASSES}, else the {@code LEGEND_CLASSES - 1} with the most rows (of equal
   * counts, the lower id), leaving a line for the rest.
   *
   * @param counts the rows of each label, at index label + 1
   */
  private static boolean[] legendClasses(int[] counts) {
    int[] bySize = IntStream.range(0, counts.length - 1).filter(c -> counts[c + 1] > 0).boxed()
        .sorted(Comparator.comparingInt(c -> -counts[c + 1])) // stable: ties keep id order
        .mapToInt(Integer::intValue).toArray();
    int keep = bySize.length <= LEGEND_CLASSES ? bySize.length : LEGEND_CLASSES - 1;
    boolean[] named = new boolean[counts.length - 1];
    for (int i = 0; i < keep; i++) {
      named[bySize[i]] = true;
    }
    return named;
  }

  /** The chart's frame: title, axes and style, no series yet. */
  private static XYChart newChart(Projection p, String title) {
    PngFiles.ensureHeadless();
    double total = p.pca.totalVariance();
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(title)
        .xAxisTitle(axisTitle(1, p.pca.variances()[0], total))
        .yAxisTitle(p.flat ? "(1-D embeddings: no PC2)"
            : axisTitle(2, p.pca.variances()[1], total))
        .build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setMarkerSize(6);
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

  /**
   * Adds round {@code round} of {@code rounds} of the sample positions {@code positions} as one
   * series: the positions whose index {@code j} has {@code j * rounds / length == round}, an
   * even share of them; none, no series.
   */
  private static void addPoints(XYChart chart, String name, Color color, int[] positions,
      int round, int rounds, Projection p, boolean inLegend) {
    int from = (int) Math.ceil((double) round * positions.length / rounds);
    int to = (int) Math.ceil((double) (round + 1) * positions.length / rounds);
    if (from >= to) {
      return;
    }
    double[] xs = new double[to - from];
    double[] ys = new double[to - from];
    for (int j = from; j < to; j++) {
      xs[j - from] = p.first[positions[j]];
      ys[j - from] = p.second[positions[j]];
    }
    XYSeries series = chart.addSeries(name, xs, ys);
    series.setMarker(SeriesMarkers.CIRCLE);
    series.setMarkerColor(color);
    series.setShowInLegend(inLegend);
  }

  /** The rows' coordinates on the first two principal components (the second 0 if flat). */
  private static final class Projection {
    final PrincipalComponents pca;
    final boolean flat;
    final double[] first;
    final double[] second;

    private Projection(PrincipalComponents pca, boolean flat, double[] first, double[] second) {
      this.pca = pca;
      this.flat = flat;
      this.first = first;
      this.second = second;
    }

    static Projection of(INDArray x) {
      // A run may train 1-D embeddings (--hidden 1); its picture must not fail after training.
      boolean flat = x.columns() == 1;
      PrincipalComponents pca = PrincipalComponents.fit(x, flat ? 1 : 2);
      INDArray projected = pca.project(x);
      double[] first = projected.getColumn(0).toDoubleVector();
      double[] second = flat ? new double[x.rows()] : projected.getColumn(1).toDoubleVector();
      return new Projection(pca, flat, first, second);
    }
  }
}
