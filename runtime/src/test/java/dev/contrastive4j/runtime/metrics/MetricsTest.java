package dev.contrastive4j.runtime.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Properties of the metrics that hold without the golden file, and their input validation. */
class MetricsTest {

  private static INDArray random(long seed, int rows, int columns) {
    Nd4j.getRandom().setSeed(seed);
    return Nd4j.randn(DataType.DOUBLE, rows, columns);
  }

  /** A [rows, dim] matrix of rank k: each row a multiple of one of the first k basis vectors. */
  private static INDArray rankK(int rows, int dim, int k) {
    INDArray x = Nd4j.zeros(DataType.DOUBLE, rows, dim);
    for (int i = 0; i < rows; i++) {
      x.putScalar(i, i % k, 1.0);
    }
    return x;
  }

  @Test
  void rankMetricsCountTheDimensionsOfAnEvenRankKMatrix() {
    // 12 rows spread evenly over 3 of 5 dimensions: singular values 2, 2, 2, 0, 0.
    INDArray x = rankK(12, 5, 3);
    assertEquals(3.0, Metrics.rankMe(x), 1e-9);
    assertEquals(3.0, Metrics.numericalRank(x), 1e-12);
    assertEquals(3.0, Metrics.rankMe(x, 0.0), 1e-12);
    // With epsilon 1e-12 the two zero singular values add a tiny entropy (TF-GNN's default).
    assertTrue(Metrics.rankMe(x) > 3.0);
  }

  @Test
  void rankMetricsOfARankOneMatrixAreOne() {
    INDArray column = random(1, 20, 1);
    INDArray x = column.mmul(random(2, 1, 6));
    assertEquals(1.0, Metrics.numericalRank(x), 1e-12);
    assertEquals(1.0, Metrics.rankMe(x), 1e-9);
  }

  @Test
  void rankMeOfEqualSingularValuesIsTheirCount() {
    INDArray sigma = Nd4j.createFromArray(3.0, 3.0, 3.0, 3.0);
    assertEquals(4.0, Metrics.rankMeFromSingularValues(sigma, 0.0), 1e-12);
    assertEquals(1.0, Metrics.rankMeFromSingularValues(Nd4j.createFromArray(5.0, 0.0), 0.0),
        1e-12);
    // All zero: every probability is epsilon, as in TF-GNN.
    double eps = 1e-3;
    assertEquals(Math.exp(-2 * eps * Math.log(eps)),
        Metrics.rankMeFromSingularValues(Nd4j.createFromArray(0.0, 0.0), eps), 1e-15);
  }

  @Test
  void coherenceIsOneForEvenRowsAndBatchOverRankForOneDominantRow() {
    // [I; I]: every row of U has squared norm 1/2, times 2d/d.
    INDArray identity = Nd4j.eye(4).castTo(DataType.DOUBLE);
    INDArray even = Nd4j.vstack(identity, identity);
    assertEquals(1.0, Metrics.coherence(even), 1e-12);
    // Rows e1, e2, 0, 0: U holds e1 and e2, a row of U has norm 1, times 4/2.
    INDArray peaked = Nd4j.createFromArray(new double[][] {{3, 0}, {0, 1}, {0, 0}, {0, 0}});
    assertEquals(2.0, Metrics.coherence(peaked), 1e-12);
  }

  @Test
  void pseudoConditionNumberIsTheRatioOfExtremeSingularValues() {
    INDArray x = Nd4j.createFromArray(new double[][] {{4, 0}, {0, 0.5}, {0, 0}});
    assertEquals(8.0, Metrics.pseudoConditionNumber(x), 1e-12);
    // A zero smallest singular value gives 0, like TF's divide_no_nan.
    INDArray singular = Nd4j.createFromArray(new double[][] {{4, 0}, {0, 0}, {0, 0}});
    assertEquals(0.0, Metrics.pseudoConditionNumber(singular), 0.0);
  }

  @Test
  void svdMetricsEqualTheSingleMetrics() {
    for (int[] shape : new int[][] {{40, 6}, {5, 9}}) {
      INDArray x = random(3, shape[0], shape[1]);
      SvdMetrics all = SvdMetrics.of(x);
      assertEquals(Metrics.rankMe(x), all.rankMe(), 1e-12);
      assertEquals(Metrics.numericalRank(x), all.numericalRank(), 1e-12);
      assertEquals(Metrics.coherence(x), all.coherence(), 1e-12);
      assertEquals(Metrics.pseudoConditionNumber(x), all.pseudoConditionNumber(), 1e-12);
    }
  }

  @Test
  void selfClusteringIsOneForCollapseAndNegativeForOrthogonalRows() {
    INDArray row = random(4, 1, 5);
    INDArray collapsed = Nd4j.vstack(row, row, row.mul(2.0), row);
    assertEquals(1.0, Metrics.selfClustering(collapsed), 1e-12);
    // With the mean removed every row of a collapsed batch is zero: complete collapse, 1.
    INDArray identical = Nd4j.vstack(row, row, row);
    assertEquals(1.0, Metrics.selfClustering(identical, true), 0.0);
    // Orthogonal unit rows (n = d = 4): actual 4, expected 4 + 12/4 = 7, so (4-7)/(16-7).
    INDArray orthogonal = Nd4j.eye(4).castTo(DataType.DOUBLE);
    assertEquals(-1.0 / 3.0, Metrics.selfClustering(orthogonal), 1e-12);
  }

  @Test
  void selfClusteringIsIndependentOfRowScale() {
    INDArray x = random(5, 30, 4);
    INDArray scaled = x.mulColumnVector(Nd4j.linspace(DataType.DOUBLE, 1, 30, 30).reshape(30, 1));
    assertEquals(Metrics.selfClustering(x), Metrics.selfClustering(scaled), 1e-12);
  }

  @Test
  void selfClusteringWithSomeZeroRowsIsNaNAsInTfGnn() {
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 2}, {0, 0}, {3, 1}});
    assertTrue(Double.isNaN(Metrics.selfClustering(x)));
  }

  @Test
  void tripletDistancesAreMeans() {
    INDArray positive = Nd4j.createFromArray(1.0, 2.0, 3.0);
    INDArray negative = Nd4j.createFromArray(2.0, 2.0, 5.0);
    TripletDistances d = Metrics.tripletDistances(positive, negative);
    assertEquals(2.0, d.positiveDistance(), 1e-15);
    assertEquals(3.0, d.negativeDistance(), 1e-15);
    assertEquals(-1.0, d.tripletDistance(), 1e-15);
  }

  @Test
  void invalidInputIsNamed() {
    MetricException e = assertThrows(MetricException.class,
        () -> Metrics.selfClustering(random(1, 1, 4)));
    assertTrue(e.getMessage().contains("at least 2 rows and 2 columns"), e.getMessage());
    e = assertThrows(MetricException.class, () -> Metrics.tripletDistances(
        Nd4j.createFromArray(1.0, 2.0), Nd4j.createFromArray(1.0)));
    assertTrue(e.getMessage().contains("Metrics.tripletDistances") && e.getMessage()
        .contains("[2]") && e.getMessage().contains("[1]"), e.getMessage());
    e = assertThrows(MetricException.class, () -> Metrics.rankMeFromSingularValues(
        Nd4j.createFromArray(1.0, -1.0), 1e-12));
    assertTrue(e.getMessage().contains("non-negative"), e.getMessage());
    e = assertThrows(MetricException.class, () -> Metrics.rankMe(random(1, 3, 3), -1.0));
    assertTrue(e.getMessage().contains("epsilon"), e.getMessage());
    INDArray x = random(2, 4, 3);
    x.putScalar(2, 0, Double.NEGATIVE_INFINITY);
    e = assertThrows(MetricException.class, () -> Metrics.coherence(x));
    assertTrue(e.getMessage().contains("Metrics.coherence: x contains -Infinity at [2, 0]"),
        e.getMessage());
    e = assertThrows(MetricException.class,
        () -> Metrics.numericalRank(random(1, 3, 3).castTo(DataType.INT32)));
    assertTrue(e.getMessage().contains("FLOAT or DOUBLE"), e.getMessage());
    e = assertThrows(MetricException.class, () -> SvdMetrics.of(null));
    assertTrue(e.getMessage().contains("SvdMetrics.of: x must not be null"), e.getMessage());
  }

  /**
   * Each public metric checks its own arguments and names itself: the checks of a metric that
   * another one calls are not left to the callee.
   */
  @Test
  void everyMetricChecksItsOwnArguments() {
    assertMessage("Metrics.rankMe: epsilon must be a finite number >= 0, got -1.0",
        () -> Metrics.rankMe(random(3, 3, 3), -1.0));
    assertMessage("Metrics.rankMeFromSingularValues: epsilon must be a finite number >= 0, got"
        + " -1.0", () -> Metrics.rankMeFromSingularValues(Nd4j.createFromArray(2.0, 1.0), -1.0));
    assertMessage("Metrics.rankMeFromSingularValues: singularValues contains NaN at [1]",
        () -> Metrics.rankMeFromSingularValues(Nd4j.createFromArray(2.0, Double.NaN), 0.0));
    assertMessage("Metrics.coherenceFromSingularVectors: u must have rank 2 ([batch, dim]), got"
        + " shape [3]", () -> Metrics.coherenceFromSingularVectors(Nd4j.ones(DataType.DOUBLE, 3)));
    assertMessage("Metrics.selfClustering: x must not be null",
        () -> Metrics.selfClustering(null, true));
    assertMessage("Metrics.tripletDistances: positiveDistance contains NaN at [1]",
        () -> Metrics.tripletDistances(Nd4j.createFromArray(1.0, Double.NaN),
            Nd4j.createFromArray(1.0, 2.0)));
    assertMessage("Metrics.tripletDistances: negativeDistance contains Infinity at [0]",
        () -> Metrics.tripletDistances(Nd4j.createFromArray(1.0, 2.0),
            Nd4j.createFromArray(Double.POSITIVE_INFINITY, 2.0)));
  }

  private static void assertMessage(String expected, Executable call) {
    assertEquals(expected, assertThrows(MetricException.class, call).getMessage());
  }

  /**
   * Two rows and two columns are enough: two orthogonal unit rows give actual 2 against expected
   * 2 + 2 / 2 = 3, so (2 - 3) / (4 - 3) = -1.
   */
  @Test
  void selfClusteringOfTheSmallestAllowedShape() {
    assertEquals(-1.0, Metrics.selfClustering(Nd4j.eye(2).castTo(DataType.DOUBLE)), 1e-15);
  }
}
