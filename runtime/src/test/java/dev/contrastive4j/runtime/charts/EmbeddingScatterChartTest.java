package dev.contrastive4j.runtime.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The PCA scatter: a readable PNG with a colour per class and grey unlabeled nodes. */
class EmbeddingScatterChartTest {
  private static final int PLOT_RIGHT = EmbeddingScatterChart.WIDTH * 2 / 3; // legend beyond

  @TempDir
  Path dir;

  @Test
  void drawsEachPresentClassInItsColour() throws IOException {
    // 4 classes declared, class 2 absent; every fifth node unlabeled.
    int n = 600;
    int[] labels = new int[n];
    double[][] rows = new double[n][32];
    Random random = new Random(5);
    int[] present = {0, 1, 3};
    for (int i = 0; i < n; i++) {
      labels[i] = i % 5 == 0 ? -1 : present[i % 3];
      for (int j = 0; j < 32; j++) {
        rows[i][j] = random.nextGaussian() + (labels[i] >= 0 && j == labels[i] ? 6 : 0);
      }
    }
    Path png = dir.resolve("embeddings.png");
    EmbeddingScatterChart.write(png, Nd4j.create(rows).castTo(DataType.FLOAT), labels, 4,
        "Cora, DGI");
    BufferedImage image = Pngs.read(png, EmbeddingScatterChart.WIDTH,
        EmbeddingScatterChart.HEIGHT);
    for (int c : present) {
      int pixels = Pngs.count(image, ClassPalette.of(c), 0, 0, PLOT_RIGHT,
          EmbeddingScatterChart.HEIGHT);
      assertTrue(pixels > 50, "class " + c + " drawn: " + pixels + " pixels");
    }
    assertEquals(0, Pngs.count(image, ClassPalette.of(2), 0, 0, EmbeddingScatterChart.WIDTH,
        EmbeddingScatterChart.HEIGHT), "absent class 2 has neither dots nor a legend entry");
    assertTrue(Pngs.count(image, ClassPalette.UNLABELED, 0, 0, PLOT_RIGHT,
        EmbeddingScatterChart.HEIGHT) > 20, "unlabeled nodes drawn in grey");
    assertEquals(List.of("embeddings.png"), Pngs.files(dir));
  }

  @Test
  void twoDimensionalEmbeddingsAndAllUnlabeledWork() throws IOException {
    Path png = dir.resolve("two.png");
    EmbeddingScatterChart.write(png, Nd4j.rand(DataType.DOUBLE, 30, 2), new int[30], 1, null);
    Pngs.read(png, EmbeddingScatterChart.WIDTH, EmbeddingScatterChart.HEIGHT);
    int[] none = new int[30];
    java.util.Arrays.fill(none, -1);
    Path grey = dir.resolve("grey.png");
    EmbeddingScatterChart.write(grey, Nd4j.rand(DataType.DOUBLE, 30, 5), none, 3, "unlabeled");
    Pngs.read(grey, EmbeddingScatterChart.WIDTH, EmbeddingScatterChart.HEIGHT);
  }

  @Test
  void oneColumnEmbeddingsAreDrawnOnTheFirstAxis() throws IOException {
    // A run with --hidden 1 has 1-D embeddings; refusing them failed the run after training.
    Path png = dir.resolve("flat.png");
    int[] labels = new int[40];
    double[][] rows = new double[40][1];
    for (int i = 0; i < 40; i++) {
      labels[i] = i % 2;
      rows[i][0] = i + (labels[i] == 1 ? 100 : 0);
    }
    EmbeddingScatterChart.write(png, Nd4j.create(rows), labels, 2, "1-D");
    BufferedImage image = Pngs.read(png, EmbeddingScatterChart.WIDTH,
        EmbeddingScatterChart.HEIGHT);
    for (int c = 0; c < 2; c++) {
      assertTrue(Pngs.count(image, ClassPalette.of(c), 0, 0, PLOT_RIGHT,
          EmbeddingScatterChart.HEIGHT) > 20, "class " + c + " drawn");
    }
  }

  @Test
  void theAxesGiveTheShareOfTheVarianceEachComponentExplains() {
    // Variance 6 along x and 2/3 along y: 90 % and 10 % of the total.
    INDArray cross = Nd4j.createFromArray(new double[][] {{3, 0}, {-3, 0}, {0, 1}, {0, -1}});
    XYChart chart = EmbeddingScatterChart.build(cross, new int[4], 1, "t");
    assertEquals("PC1 (90.0% of variance)", chart.getXAxisTitle());
    assertEquals("PC2 (10.0% of variance)", chart.getYAxisTitle());
    // Embeddings that collapsed to one point have no variance to share: 0 %, not NaN.
    XYChart collapsed = EmbeddingScatterChart.build(Nd4j.ones(DataType.DOUBLE, 4, 2),
        new int[4], 1, "t");
    assertEquals("PC1 (0.0% of variance)", collapsed.getXAxisTitle());
  }

  @Test
  void atTheCapEveryRowIsDrawnOneSeriesPerClass() {
    int n = EmbeddingScatterChart.MAX_POINTS;
    int[] labels = new int[n];
    java.util.Arrays.setAll(labels, i -> i % 3 - 1);
    XYChart chart = EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, n, 4), labels, 2, "t");
    assertEquals("t", chart.getTitle());
    assertTrue(chart.getXAxisTitle().endsWith("of variance)"), chart.getXAxisTitle());
    assertEquals(List.of("unlabeled (1667)", "class 0 (1667)", "class 1 (1666)"),
        List.copyOf(chart.getSeriesMap().keySet()));
    assertEquals(n, points(chart));
  }

  @Test
  void upToTheCapEachClassIsOneSeriesOfItsRowsInRowOrder() {
    // One column, x = i: row i's dot is at s * (i - mean), s = +1 or -1 (a component's sign is
    // arbitrary), so each dot tells which row it is.
    int n = 300;
    double[][] rows = new double[n][1];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i][0] = i;
      labels[i] = i % 3;
    }
    XYChart chart = EmbeddingScatterChart.build(Nd4j.create(rows), labels, 3, "t");
    assertEquals(List.of("class 0 (100)", "class 1 (100)", "class 2 (100)"),
        List.copyOf(chart.getSeriesMap().keySet()));
    double mean = (n - 1) / 2.0;
    double sign = Math.signum(chart.getSeriesMap().get("class 0 (100)").getXData()[0]
        * (0 - mean));
    for (int c = 0; c < 3; c++) {
      double[] xs = chart.getSeriesMap().get("class " + c + " (100)").getXData();
      for (int j = 0; j < xs.length; j++) {
        assertEquals(sign * (3 * j + c - mean), xs[j], 1e-9, "class " + c + " dot " + j);
      }
    }
  }

  @Test
  void aboveTheCapASampleIsDrawnAndTheLegendCountsEveryRow() {
    // 15,000 rows: classes 0 and 1, two rows of class 2, a tenth unlabeled; class 3 absent.
    int n = 3 * EmbeddingScatterChart.MAX_POINTS;
    int[] labels = new int[n];
    java.util.Arrays.setAll(labels, i -> i % 10 == 0 ? -1 : i % 2);
    labels[777] = 2;
    labels[12_345] = 2;
    XYChart chart = EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, n, 8), labels, 4,
        "Big, DGI");
    int shown = points(chart);
    assertTrue(shown >= EmbeddingScatterChart.MAX_POINTS
        && shown <= EmbeddingScatterChart.MAX_POINTS + 1, "shown " + shown);
    assertEquals("Big, DGI", chart.getTitle());
    assertTrue(chart.getXAxisTitle().matches(String.format(java.util.Locale.ROOT,
        "PC1 \\(\\d+\\.\\d%% of variance\\); %,d of 15,000 rows shown \\(random sample\\)",
        shown)), chart.getXAxisTitle());
    assertEquals(List.of("unlabeled (1500)", "class 0 (6000)", "class 1 (7498)",
        "class 2 (2)"), legend(chart));
    // The tiny class has a dot even if the draw missed it; the legend still says 2.
    assertTrue(chart.getSeriesMap().get("class 2 (2)").getXData().length >= 1);
  }

  @Test
  void aboveTheCapEachDotIsThatOfItsSampledRow() {
    // One column, x = i; the first half of the rows is class 0, the second class 1. The dots of
    // the sampled rows keep the halves apart; a dot taken from another row than its own would
    // not (the first 5,000 rows are all class 0).
    int n = 2 * EmbeddingScatterChart.MAX_POINTS;
    double[][] rows = new double[n][1];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      rows[i][0] = i;
      labels[i] = i < n / 2 ? 0 : 1;
    }
    XYChart chart = EmbeddingScatterChart.build(Nd4j.create(rows), labels, 2, "t");
    java.util.DoubleSummaryStatistics first = new java.util.DoubleSummaryStatistics();
    java.util.DoubleSummaryStatistics second = new java.util.DoubleSummaryStatistics();
    for (XYSeries series : chart.getSeriesMap().values()) {
      java.util.DoubleSummaryStatistics stats = series.getName().startsWith("class 0") ? first
          : second;
      java.util.Arrays.stream(series.getXData()).forEach(stats);
    }
    assertTrue(first.getMax() < second.getMin() || second.getMax() < first.getMin(),
        "class 0 in [" + first.getMin() + ", " + first.getMax() + "], class 1 in ["
            + second.getMin() + ", " + second.getMax() + "]");
    // The sample spans the rows: its dots spread over about the whole line, 10,000 long.
    assertTrue(Math.max(first.getMax(), second.getMax())
        - Math.min(first.getMin(), second.getMin()) > 0.99 * n);
  }

  @Test
  void oneColumnEmbeddingsAboveTheCapAreSampledToo() {
    int n = EmbeddingScatterChart.MAX_POINTS + 100;
    int[] labels = new int[n];
    java.util.Arrays.setAll(labels, i -> i % 2);
    XYChart chart = EmbeddingScatterChart.build(Nd4j.rand(DataType.DOUBLE, n, 1), labels, 2,
        "1-D");
    assertEquals(EmbeddingScatterChart.MAX_POINTS, points(chart));
    assertEquals("(1-D embeddings: no PC2)", chart.getYAxisTitle());
  }

  @Test
  void theSampleIsTheSameEachTime() throws IOException {
    int n = 2 * EmbeddingScatterChart.MAX_POINTS + 1;
    INDArray x = Nd4j.rand(DataType.FLOAT, n, 6);
    int[] labels = new int[n];
    java.util.Arrays.setAll(labels, i -> i % 5);
    Path a = dir.resolve("a.png");
    Path b = dir.resolve("b.png");
    EmbeddingScatterChart.write(a, x, labels, 5, "t");
    EmbeddingScatterChart.write(b, x, labels, 5, "t");
    assertTrue(java.util.Arrays.equals(java.nio.file.Files.readAllBytes(a),
        java.nio.file.Files.readAllBytes(b)), "the same run gives the same picture");
  }

  @Test
  void sampledClassesAreDrawnInterleavedSoThatNoneCoversTheOthers() throws IOException {
    // Two classes from the same distribution: drawn one after the other, class 1 would cover
    // class 0 wherever they overlap, which is everywhere.
    int n = 4 * EmbeddingScatterChart.MAX_POINTS;
    Random random = new Random(3);
    double[][] rows = new double[n][2];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % 2;
      rows[i][0] = random.nextGaussian();
      rows[i][1] = 0.5 * random.nextGaussian();
    }
    Path png = dir.resolve("mixed.png");
    EmbeddingScatterChart.write(png, Nd4j.create(rows), labels, 2, "mixed");
    BufferedImage image = Pngs.read(png, EmbeddingScatterChart.WIDTH,
        EmbeddingScatterChart.HEIGHT);
    int first = Pngs.count(image, ClassPalette.of(0), 0, 0, PLOT_RIGHT,
        EmbeddingScatterChart.HEIGHT);
    int second = Pngs.count(image, ClassPalette.of(1), 0, 0, PLOT_RIGHT,
        EmbeddingScatterChart.HEIGHT);
    assertTrue(first > 0.7 * second && second > 0.7 * first,
        "both classes show: " + first + " and " + second + " pixels");
  }

  @Test
  void pastTwentyClassesTheLegendNamesTheLargestAndOneLineForTheRest() {
    // 50 classes of 1 to 50 rows (class c has 1 + 37c mod 50), and 25 unlabeled rows.
    int[] sizes = new int[50];
    java.util.Arrays.setAll(sizes, c -> 1 + c * 37 % 50);
    int[] labels = labelsOfSizes(sizes, 25);
    XYChart chart = EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, labels.length, 8),
        labels, 50, "t");
    // The 19 largest (50 down to 32 rows), in class order; the other 31 have 1 to 31 rows.
    List<String> expected = new java.util.ArrayList<>(List.of("unlabeled (25)"));
    for (int c = 0; c < 50; c++) {
      if (sizes[c] >= 32) {
        expected.add("class " + c + " (" + sizes[c] + ")");
      }
    }
    expected.add("+ 31 more classes (496 rows)");
    assertEquals(expected, legend(chart));
    assertEquals(1 + EmbeddingScatterChart.LEGEND_CLASSES, legend(chart).size(),
        "unlabeled, then twenty lines for the classes");
    // Every class is still drawn, and the last line has no dot.
    assertEquals(1 + 50 + 1, chart.getSeriesMap().size());
    assertEquals(labels.length, dots(chart));
    assertSame(SeriesMarkers.NONE,
        chart.getSeriesMap().get("+ 31 more classes (496 rows)").getMarker());
  }

  @Test
  void twentyClassesAreAllNamedAndTwentyOneLeaveTwoForTheLastLine() {
    // 20 classes with rows (of 22 declared: 2 and 9 have none): every one is named.
    int[] twenty = new int[22];
    java.util.Arrays.fill(twenty, 5);
    twenty[2] = 0;
    twenty[9] = 0;
    int[] labels = labelsOfSizes(twenty, 0);
    XYChart all = EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, labels.length, 4),
        labels, 22, "t");
    assertEquals(20, legend(all).size());
    assertTrue(legend(all).stream().allMatch(name -> name.startsWith("class ")), "no last line");
    // 21 classes of equal size: of equal counts the lower ids are named.
    int[] equal = new int[21];
    java.util.Arrays.fill(equal, 5);
    int[] more = labelsOfSizes(equal, 0);
    XYChart chart = EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, more.length, 4), more,
        21, "t");
    List<String> legend = legend(chart);
    assertEquals(20, legend.size());
    assertEquals("class 0 (5)", legend.get(0));
    assertEquals("class 18 (5)", legend.get(18));
    assertEquals("+ 2 more classes (10 rows)", legend.get(19));
  }

  @Test
  void aSampleOfManyClassesNamesTheLargestByTheirRowsInTheWholeMatrix() {
    // 30 classes above the cap: class c has 200 + 10c rows (class 29 the largest).
    int[] sizes = new int[30];
    java.util.Arrays.setAll(sizes, c -> 200 + 10 * c);
    int[] labels = labelsOfSizes(sizes, 0);
    assertTrue(labels.length > EmbeddingScatterChart.MAX_POINTS);
    XYChart chart = EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, labels.length, 8),
        labels, 30, "t");
    List<String> expected = new java.util.ArrayList<>();
    for (int c = 11; c < 30; c++) {
      expected.add("class " + c + " (" + sizes[c] + ")");
    }
    int rest = 0;
    for (int c = 0; c < 11; c++) {
      rest += sizes[c];
    }
    expected.add("+ 11 more classes (" + rest + " rows)");
    assertEquals(expected, legend(chart));
    assertEquals(EmbeddingScatterChart.MAX_POINTS, dots(chart));
    assertTrue(chart.getSeriesMap().containsKey("class 0 (200) #20"), "unnamed classes drawn");
  }

  @Test
  void theLegendOfFiftyClassesFitsInThePicture() throws IOException {
    // A line per class ran off the top and bottom of the picture: there the legend's box
    // covered the background.
    int[] sizes = new int[50];
    java.util.Arrays.fill(sizes, 20);
    int[] labels = labelsOfSizes(sizes, 0);
    Path png = dir.resolve("fifty.png");
    EmbeddingScatterChart.write(png, Nd4j.rand(DataType.FLOAT, labels.length, 8), labels, 50,
        "t");
    BufferedImage image = Pngs.read(png, EmbeddingScatterChart.WIDTH,
        EmbeddingScatterChart.HEIGHT);
    java.awt.Color background = new java.awt.Color(image.getRGB(0, 0));
    int right = EmbeddingScatterChart.WIDTH - PLOT_RIGHT;
    assertEquals(right * 3, Pngs.count(image, background, PLOT_RIGHT, 0,
        EmbeddingScatterChart.WIDTH, 3), "top edge right of the plot");
    assertEquals(right * 3, Pngs.count(image, background, PLOT_RIGHT,
        EmbeddingScatterChart.HEIGHT - 3, EmbeddingScatterChart.WIDTH,
        EmbeddingScatterChart.HEIGHT), "bottom edge right of the plot");
  }

  /** Labels with {@code sizes[c]} rows of class c, in turn, after {@code unlabeled} rows of -1. */
  private static int[] labelsOfSizes(int[] sizes, int unlabeled) {
    java.util.stream.IntStream.Builder labels = java.util.stream.IntStream.builder();
    for (int i = 0; i < unlabeled; i++) {
      labels.add(-1);
    }
    for (int c = 0; c < sizes.length; c++) {
      for (int i = 0; i < sizes[c]; i++) {
        labels.add(c);
      }
    }
    return labels.build().toArray();
  }

  /** Dots drawn: the points of every series with a marker (the legend's last line has none). */
  private static int dots(XYChart chart) {
    return chart.getSeriesMap().values().stream().filter(s -> s.getMarker() != SeriesMarkers.NONE)
        .mapToInt(s -> s.getXData().length).sum();
  }

  /** Dots drawn, over every series. */
  private static int points(XYChart chart) {
    return chart.getSeriesMap().values().stream().mapToInt(s -> s.getXData().length).sum();
  }

  /** The legend's entries, in order. */
  private static List<String> legend(XYChart chart) {
    return chart.getSeriesMap().values().stream().filter(XYSeries::isShowInLegend)
        .map(XYSeries::getName).collect(Collectors.toList());
  }

  @Test
  void aLabelEqualToTheNumberOfClassesIsOutside() {
    int[] labels = new int[10];
    labels[4] = 2;
    assertMessage("labels[4] = 2 is outside [0, 2) (or -1 for unlabeled)",
        () -> EmbeddingScatterChart.build(Nd4j.rand(DataType.FLOAT, 10, 3), labels, 2, "t"));
  }

  @Test
  void badInputIsNamedAndNothingIsWritten() throws IOException {
    Path png = dir.resolve("e.png");
    INDArray embeddings = Nd4j.rand(DataType.FLOAT, 10, 4);
    embeddings.putScalar(7, 0, Float.NaN);
    assertMessage("embeddings row 7 (column 0) is NaN; values must be finite",
        () -> EmbeddingScatterChart.write(png, embeddings, new int[10], 2, "t"));
    assertMessage("embeddings have 10 rows but labels has 9 entries",
        () -> EmbeddingScatterChart.write(png, Nd4j.rand(DataType.FLOAT, 10, 3), new int[9], 2,
            "t"));
    int[] labels = new int[10];
    labels[3] = 5;
    assertMessage("labels[3] = 5 is outside [0, 2) (or -1 for unlabeled)",
        () -> EmbeddingScatterChart.write(png, Nd4j.rand(DataType.FLOAT, 10, 3), labels, 2,
            "t"));
    assertMessage("embeddings must be a non-empty [n, d] matrix, got shape [10]",
        () -> EmbeddingScatterChart.write(png, Nd4j.rand(DataType.FLOAT, 10), new int[10], 2,
            "t"));
    assertEquals(List.of(), Pngs.files(dir));
  }

  private static void assertMessage(String expected, Runnable call) {
    ChartException e = assertThrows(ChartException.class, call::run);
    assertEquals(expected, e.getMessage());
  }
}
