package dev.contrastive4j.runtime.kernels;

import static dev.contrastive4j.runtime.kernels.KernelTestSupport.assertRefused;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class GatherTest {
  private final Random rnd = new Random(5);

  /** P with P[i, index[i]] = 1, so that gather(H) = P·H and its gradient is Pᵀ·G. */
  static INDArray selection(int[] index, int rows) {
    INDArray p = Nd4j.zeros(DataType.DOUBLE, index.length, rows);
    for (int i = 0; i < index.length; i++) {
      p.putScalar(i, index[i], 1);
    }
    return p;
  }

  @Test
  void forwardAndBackwardMatchDenseProducts() {
    int nodes = 12;
    int[] index = KernelTestSupport.randomIndices(rnd, 40, nodes - 1); // node 11 is never used
    SegmentIndex seg = SegmentIndex.of(index, nodes);
    INDArray h = KernelTestSupport.randomMatrix(rnd, nodes, 5);
    INDArray p = selection(index, nodes);
    KernelTestSupport.assertClose(p.mmul(h), Gather.forward(h, seg), 0, "gather");
    KernelTestSupport.assertClose(p.mmul(h), Gather.forward(h, index), 0, "gather int[]");
    INDArray g = KernelTestSupport.randomMatrix(rnd, 40, 5);
    INDArray dh = Gather.backward(g, seg);
    KernelTestSupport.assertClose(p.transpose().mmul(g), dh, 1e-12, "scatter-add");
    assertEquals(0, dh.getRow(11).norm2Number().doubleValue(), "an unused node");
  }

  @Test
  void backwardPassesGradientCheck() {
    int[] index = KernelTestSupport.randomIndices(rnd, 25, 8);
    SegmentIndex seg = SegmentIndex.of(index, 8);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 8, 3);
    INDArray r = KernelTestSupport.randomMatrix(rnd, 25, 3);
    KernelTestSupport.assertGradient(x -> Gather.forward(x, seg), h, r, Gather.backward(r, seg),
        "dH");
  }

  @Test
  void float32PrimitiveArraysAndThreadCounts() throws Exception {
    int[] index = KernelTestSupport.randomIndices(rnd, 3000, 500);
    SegmentIndex seg = SegmentIndex.of(index, 500);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 500, 32);
    INDArray g = KernelTestSupport.randomMatrix(rnd, 3000, 32);
    INDArray g32 = g.castTo(DataType.FLOAT);
    KernelTestSupport.assertClose(Gather.backward(g, seg), Gather.backward(g32, seg), 1e-6,
        "float32 backward");
    assertArrayEquals(KernelTestSupport.values(Gather.forward(h, seg)),
        Gather.forward(KernelTestSupport.values(h), 32, seg));
    assertArrayEquals(KernelTestSupport.values(Gather.backward(g, seg)),
        Gather.backward(KernelTestSupport.values(g), 32, seg));
    float[] g32v = g32.data().asFloat();
    assertArrayEquals(Gather.backward(g32, seg).data().asFloat(), Gather.backward(g32v, 32, seg));
    assertArrayEquals(KernelTestSupport.inPool(1, () -> Gather.backward(g32, seg)).data().asFloat(),
        KernelTestSupport.inPool(3, () -> Gather.backward(g32, seg)).data().asFloat());
  }

  @Test
  void zeroIndicesGiveAnEmptyResult() {
    SegmentIndex seg = SegmentIndex.of(new int[0], 3);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 3, 2);
    INDArray out = Gather.forward(h, seg);
    assertArrayEquals(new long[] {0, 2}, out.shape());
    INDArray back = Gather.backward(Nd4j.create(DataType.DOUBLE, 0, 2), seg);
    assertArrayEquals(new long[] {3, 2}, back.shape());
    assertEquals(0, back.norm2Number().doubleValue());
  }

  @Test
  void badIndicesAndShapesAreRejected() {
    INDArray h = KernelTestSupport.randomMatrix(rnd, 4, 2);
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> Gather.forward(h, new int[] {0, 4}));
    assertTrue(e.getMessage().contains("Gather.forward: index[1] = 4") 
        && e.getMessage().contains("[4, 2]"), e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> Gather.forward(h, SegmentIndex.of(new int[] {0, 1}, 5)));
    assertTrue(e.getMessage().contains("Gather.forward") && e.getMessage().contains("[4, 2]")
        && e.getMessage().contains("5 rows"), e.getMessage());
    e = assertThrows(KernelArgumentException.class,
        () -> Gather.backward(h, SegmentIndex.of(new int[] {0, 1}, 5)));
    assertTrue(e.getMessage().contains("Gather.backward") && e.getMessage().contains("[4, 2]"),
        e.getMessage());
    e = assertThrows(KernelArgumentException.class, () -> SegmentIndex.of(new int[] {2, -1}, 3));
    assertTrue(e.getMessage().contains("ids[1] = -1"), e.getMessage());
  }

  /**
   * The float32 forward over more rows than one output block (16384 values), in one thread and
   * in several: each block must land at its own rows. Also a float32 gather of no rows.
   */
  @Test
  void float32ForwardOverManyBlocks() throws Exception {
    int[] index = KernelTestSupport.randomIndices(rnd, 3000, 500);
    SegmentIndex seg = SegmentIndex.of(index, 500);
    INDArray h = KernelTestSupport.randomMatrix(rnd, 500, 32);
    INDArray expected = Gather.forward(h, seg).castTo(DataType.FLOAT);
    INDArray h32 = h.castTo(DataType.FLOAT);
    assertEquals(expected, KernelTestSupport.inPool(1, () -> Gather.forward(h32, seg)));
    assertEquals(expected, KernelTestSupport.inPool(3, () -> Gather.forward(h32, seg)));
    INDArray none = Gather.forward(h32, SegmentIndex.of(new int[0], 500));
    assertEquals(DataType.FLOAT, none.dataType());
    assertArrayEquals(new long[] {0, 32}, none.shape());
  }

  /**
   * The array entry points check the index and the array length as the INDArray ones check
   * shapes; a width of 0 is allowed.
   */
  @Test
  void arrayEntryPointsCheckTheirArguments() {
    SegmentIndex seg = SegmentIndex.of(new int[] {2, 0}, 3);
    String needs = "Gather.forward: the index has 2 ids over 3 segments but H has 7 values for"
        + " width 2; it needs 3 x 2";
    assertRefused(needs, () -> Gather.forward(new float[7], 2, seg));
    assertRefused(needs, () -> Gather.forward(new double[7], 2, seg));
    assertRefused("Gather.forward: the index is null", () -> Gather.forward(new float[6], 2, null));
    assertRefused("Gather.forward: the index is null",
        () -> Gather.forward(new double[6], 2, null));
    assertRefused("Gather.forward: the index is null",
        () -> Gather.forward(Nd4j.zeros(DataType.DOUBLE, 3, 2), (SegmentIndex) null));
    assertEquals(0, Gather.forward(new float[0], 0, seg).length);
    assertEquals(0, Gather.forward(new double[0], 0, seg).length);
  }
}
