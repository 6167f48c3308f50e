package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class SegmentPoolingTest {
  private final Random rnd = new Random(9);

  /** S with S[s, i] = 1 if row i is in segment s, so that the segment sum is S·data. */
  private static INDArray membership(int[] ids, int segments) {
    return GatherTest.selection(ids, segments).transpose().dup();
  }

  /** diag(1 / count), 0 for empty segments. */
  private static INDArray inverseCounts(INDArray s) {
    INDArray counts = s.sum(1);
    INDArray inv = Nd4j.zeros(DataType.DOUBLE, counts.length());
    for (int i = 0; i < counts.length(); i++) {
      inv.putScalar(i, counts.getDouble(i) == 0 ? 0 : 1 / counts.getDouble(i));
    }
    return Nd4j.diag(inv);
  }

  /** Random ids in which segments 0 and {@code segments - 1} stay empty. */
  private int[] ids(int rows, int segments) {
    int[] out = new int[rows];
    for (int i = 0; i < rows; i++) {
      out[i] = 1 + rnd.nextInt(segments - 2);
    }
    return out;
  }

  @Test
  void sumAndMeanMatchDenseProducts() {
    int[] ids = ids(50, 10);
    SegmentIndex seg = SegmentIndex.of(ids, 10);
    INDArray s = membership(ids, 10);
    INDArray data = KernelTestSupport.randomMatrix(rnd, 50, 6);
    INDArray sum = SegmentPooling.sum(data, seg);
    KernelTestSupport.assertClose(s.mmul(data), sum, 1e-12, "sum");
    INDArray mean = SegmentPooling.mean(data, seg);
    KernelTestSupport.assertClose(inverseCounts(s).mmul(s).mmul(data), mean, 1e-12, "mean");
    assertEquals(0, mean.getRow(0).norm2Number().doubleValue(), "empty segment mean");
    assertEquals(0, sum.getRow(9).norm2Number().doubleValue(), "empty segment sum");

    INDArray g = KernelTestSupport.randomMatrix(rnd, 10, 6);
    KernelTestSupport.assertClose(s.transpose().mmul(g), SegmentPooling.sumBackward(g, seg),
        1e-12, "sum backward");
    KernelTestSupport.assertClose(s.transpose().mmul(inverseCounts(s)).mmul(g),
        SegmentPooling.meanBackward(g, seg), 1e-12, "mean backward");
  }

  @Test
  void maxMatchesPerSegmentReductions() {
    int[] ids = ids(60, 8);
    SegmentIndex seg = SegmentIndex.of(ids, 8);
    INDArray data = KernelTestSupport.randomMatrix(rnd, 60, 5);
    SegmentMaxResult max = SegmentPooling.max(data, seg);
    INDArray g = KernelTestSupport.randomMatrix(rnd, 8, 5);
    INDArray expectedGrad = Nd4j.zeros(DataType.DOUBLE, 60, 5);
    for (int s = 0; s < 8; s++) {
      int segment = s;
      int[] rows = IntStream.range(0, 60).filter(i -> ids[i] == segment).toArray();
      if (rows.length == 0) {
        assertEquals(0, max.values().getRow(s).norm2Number().doubleValue(), "empty segment");
        assertEquals(-1, max.argmaxRow(s, 0));
        continue;
      }
      INDArray members = data.getRows(rows);
      KernelTestSupport.assertClose(members.max(0).reshape(1, 5), max.values().getRow(s, true),
          0, "max of segment " + s);
      INDArray arg = members.argMax(0);
      for (int c = 0; c < 5; c++) {
        int row = rows[arg.getInt(c)];
        assertEquals(row, max.argmaxRow(s, c));
        expectedGrad.putScalar(row, c, g.getDouble(s, c));
      }
    }
    KernelTestSupport.assertClose(expectedGrad, SegmentPooling.maxBackward(max, g), 0,
        "max backward");
  }

  @Test
  void maxTiesGoToTheFirstRow() {
    INDArray data = Nd4j.create(new double[][] {{1, 5}, {3, 5}, {3, 2}, {-1, -2}});
    SegmentIndex seg = SegmentIndex.of(new int[] {0, 0, 0, 1}, 3);
    SegmentMaxResult max = SegmentPooling.max(data, seg);
    KernelTestSupport.assertClose(Nd4j.create(new double[][] {{3, 5}, {-1, -2}, {0, 0}}),
        max.values(), 0, "max");
    assertEquals(1, max.argmaxRow(0, 0));
    assertEquals(0, max.argmaxRow(0, 1));
    INDArray grad = SegmentPooling.maxBackward(max, Nd4j.create(new double[][] {
        {10, 20}, {30, 40}, {50, 60}}));
    KernelTestSupport.assertClose(Nd4j.create(new double[][] {{0, 20}, {10, 0}, {0, 0},
        {30, 40}}), grad, 0, "max backward");
  }

  @Test
  void backwardPassesGradientChecks() {
    int[] ids = ids(20, 6);
    SegmentIndex seg = SegmentIndex.of(ids, 6);
    INDArray data = KernelTestSupport.randomMatrix(rnd, 20, 3);
    INDArray r = KernelTestSupport.randomMatrix(rnd, 6, 3);
    KernelTestSupport.assertGradient(x -> SegmentPooling.sum(x, seg), data, r,
        SegmentPooling.sumBackward(r, seg), "sum");
    KernelTestSupport.assertGradient(x -> SegmentPooling.mean(x, seg), data, r,
        SegmentPooling.meanBackward(r, seg), "mean");
    // Random values are far apart compared with the step, so the argmax does not change.
    KernelTestSupport.assertGradient(x -> SegmentPooling.max(x, seg).values(), data, r,
        SegmentPooling.maxBackward(SegmentPooling.max(data, seg), r), "max");
  }

  @Test
  void float32PrimitiveArraysAndThreadCounts() throws Exception {
    int[] ids = ids(4000, 300);
    SegmentIndex seg = SegmentIndex.of(ids, 300);
    INDArray data = KernelTestSupport.randomMatrix(rnd, 4000, 16);
    INDArray data32 = data.castTo(DataType.FLOAT);
    INDArray g = KernelTestSupport.randomMatrix(rnd, 300, 16);
    INDArray g32 = g.castTo(DataType.FLOAT);
    KernelTestSupport.assertClose(SegmentPooling.sum(data, seg), SegmentPooling.sum(data32, seg),
        1e-6, "float32 sum");
    KernelTestSupport.assertClose(SegmentPooling.mean(data, seg),
        SegmentPooling.mean(data32, seg), 1e-6, "float32 mean");
    SegmentMaxResult max64 = SegmentPooling.max(data, seg);
    SegmentMaxResult max32 = SegmentPooling.max(data32, seg);
    KernelTestSupport.assertClose(max64.values(), max32.values(), 1e-7, "float32 max");
    KernelTestSupport.assertClose(SegmentPooling.maxBackward(max64, g),
        SegmentPooling.maxBackward(max32, g32), 1e-7, "float32 max backward");
    KernelTestSupport.assertClose(SegmentPooling.meanBackward(g, seg),
        SegmentPooling.meanBackward(g32, seg), 1e-6, "float32 mean backward");

    double[] dv = KernelTestSupport.values(data);
    double[] gv = KernelTestSupport.values(g);
    assertArrayEquals(KernelTestSupport.values(SegmentPooling.sum(data, seg)),
        SegmentPooling.sum(dv, 16, seg));
    assertArrayEquals(KernelTestSupport.values(SegmentPooling.mean(data, seg)),
        SegmentPooling.mean(dv, 16, seg));
    assertArrayEquals(KernelTestSupport.values(SegmentPooling.meanBackward(g, seg)),
        SegmentPooling.meanBackward(gv, 16, seg));
    assertArrayEquals(KernelTestSupport.values(SegmentPooling.sumBackward(g, seg)),
        SegmentPooling.sumBackward(gv, 16, seg));
    int[] argmax = new int[300 * 16];
    assertArrayEquals(KernelTestSupport.values(max64.values()),
        SegmentPooling.max(dv, 16, seg, argmax));
    assertArrayEquals(KernelTestSupport.values(SegmentPooling.maxBackward(max64, g)),
        SegmentPooling.maxBackward(gv, 16, seg, argmax));
    float[] fv = data32.data().asFloat();
    int[] argmax32 = new int[300 * 16];
    assertArrayEquals(max32.values().data().asFloat(), SegmentPooling.max(fv, 16, seg, argmax32));
    assertArrayEquals(SegmentPooling.maxBackward(max32, g32).data().asFloat(),
        SegmentPooling.maxBackward(g32.data().asFloat(), 16, seg, argmax32));
    assertArrayEquals(SegmentPooling.mean(data32, seg).data().asFloat(),
        SegmentPooling.mean(fv, 16, seg));

    assertArrayEquals(
        KernelTestSupport.inPool(1, () -> SegmentPooling.sum(data32, seg)).data().asFloat(),
        KernelTestSupport.inPool(3, () -> SegmentPooling.sum(data32, seg)).data().asFloat());
    assertArrayEquals(
        KernelTestSupport.inPool(1, () -> SegmentPooling.max(data32, seg).values()).data()
            .asFloat(),
        KernelTestSupport.inPool(3, () -> SegmentPooling.max(data32, seg).values()).data()
            .asFloat());
  }

  @Test
  void emptyInputsGiveZeroSegments() {
    SegmentIndex seg = SegmentIndex.of(new int[0], 4);
    INDArray data = Nd4j.create(DataType.FLOAT, 0, 3);
    for (INDArray out : new INDArray[] {SegmentPooling.sum(data, seg),
        SegmentPooling.mean(data, seg), SegmentPooling.max(data, seg).values()}) {
      assertArrayEquals(new long[] {4, 3}, out.shape());
      assertEquals(0, out.norm2Number().doubleValue());
    }
  }

  @Test
  void mismatchedShapesAreRejected() {
    SegmentIndex seg = SegmentIndex.of(new int[] {0, 1, 1}, 2);
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> SegmentPooling.mean(Nd4j.zeros(DataType.DOUBLE, 4, 2), seg));
    assertTrue(e.getMessage().contains("SegmentPooling.mean") && e.getMessage().contains("[4, 2]")
        && e.getMessage().contains("3 rows"), e.getMessage());
    SegmentMaxResult max = SegmentPooling.max(Nd4j.zeros(DataType.DOUBLE, 3, 2), seg);
    e = assertThrows(KernelArgumentException.class,
        () -> SegmentPooling.maxBackward(max, Nd4j.zeros(DataType.FLOAT, 2, 2)));
    assertTrue(e.getMessage().contains("SegmentPooling.maxBackward")
        && e.getMessage().contains("FLOAT") && e.getMessage().contains("DOUBLE"), e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> SegmentPooling.maxBackward(new double[4], 2, seg, new int[] {0, 0, 2, 0}));
    assertTrue(e.getMessage().contains("argmax[3] = 0 is not a row of segment 1"),
        e.getMessage());
  }

  /**
   * Max pooling picks the first row on ties and lets a NaN win its column, in float32 as in
   * float64.
   */
  @Test
  void maxTiesAndNaNsAreTheSameInBothPrecisions() {
    INDArray data = Nd4j.create(new double[][] {
        {1, 5}, {3, 5}, {3, 2}, {Double.NaN, 1}, {4, Double.NaN}, {-1, -2}});
    SegmentIndex seg = SegmentIndex.of(new int[] {0, 0, 0, 1, 1, 2}, 3);
    for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
      SegmentMaxResult max = SegmentPooling.max(data.castTo(type), seg);
      String what = type + " ";
      assertEquals(3, max.values().getDouble(0, 0), what + "max");
      assertEquals(5, max.values().getDouble(0, 1), what + "max");
      assertTrue(Double.isNaN(max.values().getDouble(1, 0)), what + "a NaN first stays");
      assertTrue(Double.isNaN(max.values().getDouble(1, 1)), what + "a NaN later wins");
      assertEquals(-2, max.values().getDouble(2, 1), what + "max");
      int[][] expected = {{1, 0}, {3, 4}, {5, 5}};
      for (int s = 0; s < 3; s++) {
        for (int c = 0; c < 2; c++) {
          assertEquals(expected[s][c], max.argmaxRow(s, c), what + "argmax " + s + ", " + c);
        }
      }
    }
  }

  /** argmaxRow takes a segment and a column inside the result, and nothing past them. */
  @Test
  void argmaxRowIsBounded() {
    SegmentMaxResult max = SegmentPooling.max(Nd4j.zeros(DataType.DOUBLE, 3, 2),
        SegmentIndex.of(new int[] {0, 1, 1}, 2));
    assertRefused("SegmentMaxResult.argmaxRow: (2, 0) is outside [2, 2]",
        () -> max.argmaxRow(2, 0));
    assertRefused("SegmentMaxResult.argmaxRow: (0, 2) is outside [2, 2]",
        () -> max.argmaxRow(0, 2));
    assertEquals(1, max.argmaxRow(1, 1), "the first of the tied rows 1 and 2");
  }

  /** Every pooling refuses a null index in its own name, for INDArrays and for Java arrays. */
  @Test
  void aNullIndexIsNamed() {
    INDArray m = Nd4j.zeros(DataType.DOUBLE, 2, 2);
    assertRefused("SegmentPooling.sum: the index is null", () -> SegmentPooling.sum(m, null));
    assertRefused("SegmentPooling.mean: the index is null", () -> SegmentPooling.mean(m, null));
    assertRefused("SegmentPooling.max: the index is null", () -> SegmentPooling.max(m, null));
    assertRefused("SegmentPooling.sumBackward: the index is null",
        () -> SegmentPooling.sumBackward(m, null));
    assertRefused("SegmentPooling.meanBackward: the index is null",
        () -> SegmentPooling.meanBackward(m, null));
    float[] f = new float[4];
    double[] d = new double[4];
    assertRefused("SegmentPooling.sum: the index is null", () -> SegmentPooling.sum(f, 2, null));
    assertRefused("SegmentPooling.sum: the index is null", () -> SegmentPooling.sum(d, 2, null));
    assertRefused("SegmentPooling.mean: the index is null",
        () -> SegmentPooling.mean(f, 2, null));
    assertRefused("SegmentPooling.mean: the index is null",
        () -> SegmentPooling.mean(d, 2, null));
    assertRefused("SegmentPooling.meanBackward: the index is null",
        () -> SegmentPooling.meanBackward(f, 2, null));
    assertRefused("SegmentPooling.meanBackward: the index is null",
        () -> SegmentPooling.meanBackward(d, 2, null));
    assertRefused("SegmentPooling.max: the index is null",
        () -> SegmentPooling.max(f, 2, null, new int[4]));
    assertRefused("SegmentPooling.max: the index is null",
        () -> SegmentPooling.max(d, 2, null, new int[4]));
    assertRefused("SegmentPooling.maxBackward: the index is null",
        () -> SegmentPooling.maxBackward(f, 2, null, new int[4]));
    assertRefused("SegmentPooling.maxBackward: the index is null",
        () -> SegmentPooling.maxBackward(d, 2, null, new int[4]));
  }

  /**
   * The Java-array forms check every length (data, gradOut, argmax) and every argmax row; -1, the
   * mark of an empty segment, is a valid argmax.
   */
  @Test
  void arrayFormsCheckEveryLength() {
    SegmentIndex seg = SegmentIndex.of(new int[] {0, 1, 1}, 2);
    String data = "the index has 3 ids over 2 segments but data has 7 values for width 2; it"
        + " needs 3 x 2";
    String grad = "the index has 3 ids over 2 segments but gradOut has 5 values for width 2; it"
        + " needs 2 x 2";
    for (boolean single : new boolean[] {true, false}) {
      assertRefused("SegmentPooling.sum: " + data, () -> sum(single, new double[7], seg));
      assertRefused("SegmentPooling.mean: " + data, () -> mean(single, new double[7], seg));
      assertRefused("SegmentPooling.meanBackward: " + grad,
          () -> meanBackward(single, new double[5], seg));
      assertRefused("SegmentPooling.max: " + data, () -> max(single, new double[7], seg,
          new int[4]));
      assertRefused("SegmentPooling.max: argmaxOut needs numSegments x width = 2 x 2 entries,"
          + " had none", () -> max(single, new double[6], seg, null));
      assertRefused("SegmentPooling.max: argmaxOut needs numSegments x width = 2 x 2 entries,"
          + " had 5", () -> max(single, new double[6], seg, new int[5]));
      assertRefused("SegmentPooling.maxBackward: " + grad,
          () -> maxBackward(single, new double[5], seg, new int[5]));
      assertRefused("SegmentPooling.maxBackward: argmax needs 2 x 2 entries, had none",
          () -> maxBackward(single, new double[4], seg, null));
      assertRefused("SegmentPooling.maxBackward: argmax[2] = 3 is not a row of segment 1",
          () -> maxBackward(single, new double[4], seg, new int[] {0, 0, 3, 1}));
      SegmentIndex withEmpty = SegmentIndex.of(new int[] {0, 0}, 2);
      assertArrayEquals(new double[] {10, 0, 0, 20}, maxBackward(single,
          new double[] {10, 20, 30, 40}, withEmpty, new int[] {0, 1, -1, -1}));
    }
  }

  private static double[] sum(boolean single, double[] data, SegmentIndex seg) {
    return single ? widen(SegmentPooling.sum(narrow(data), 2, seg))
        : SegmentPooling.sum(data, 2, seg);
  }

  private static double[] mean(boolean single, double[] data, SegmentIndex seg) {
    return single ? widen(SegmentPooling.mean(narrow(data), 2, seg))
        : SegmentPooling.mean(data, 2, seg);
  }

  private static double[] meanBackward(boolean single, double[] g, SegmentIndex seg) {
    return single ? widen(SegmentPooling.meanBackward(narrow(g), 2, seg))
        : SegmentPooling.meanBackward(g, 2, seg);
  }

  private static double[] max(boolean single, double[] data, SegmentIndex seg, int[] argmax) {
    return single ? widen(SegmentPooling.max(narrow(data), 2, seg, argmax))
        : SegmentPooling.max(data, 2, seg, argmax);
  }

  private static double[] maxBackward(boolean single, double[] g, SegmentIndex seg,
      int[] argmax) {
    return single ? widen(SegmentPooling.maxBackward(narrow(g), 2, seg, argmax))
        : SegmentPooling.maxBackward(g, 2, seg, argmax);
  }

  private static float[] narrow(double[] v) {
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) v[i];
    }
    return out;
  }

  private static double[] widen(float[] v) {
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i];
    }
    return out;
  }
}
