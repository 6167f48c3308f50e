package dev.contrastive4j.runtime.ops;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.kernels.CsrAdjacency;
import dev.contrastive4j.runtime.kernels.GcnNormalization;
import dev.contrastive4j.runtime.kernels.KernelArgumentException;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Values and float64 gradient checks of the tape forms of the graph kernels, including zero
 * edges, isolated nodes, a single node and duplicate edges.
 */
class GraphOpsTest {
  /** Edges of a 6-node graph: a duplicate (0 -> 1 twice), a self loop, isolated node 5. */
  private static final int[] SOURCE = {0, 0, 1, 2, 3, 3, 4, 2};
  private static final int[] TARGET = {1, 1, 2, 0, 3, 4, 0, 4};

  private static Map<String, CsrAdjacency> adjacencies() {
    return Map.of(
        "gcn-normalized with duplicates and an isolated node",
        GcnNormalization.normalize(6, SOURCE, TARGET, true),
        "unweighted, no self loops added", CsrAdjacency.fromEdges(6, 6, TARGET, SOURCE),
        "zero edges", CsrAdjacency.fromEdges(6, 6, new int[0], new int[0]),
        "single node with a self loop", GcnNormalization.normalize(1, new int[0], new int[0], true),
        "bipartite 3 targets x 5 sources with duplicates",
        CsrAdjacency.fromEdges(3, 5, new int[] {0, 0, 2, 2, 2}, new int[] {4, 4, 0, 1, 4}));
  }

  @Test
  void propagateMatchesTheDenseProductAndItsGradient() {
    adjacencies().forEach((what, a) -> {
      INDArray h = uniform(1, a.numSources(), 4);
      Tape tape = Tape.inference();
      INDArray out = GraphOps.propagate(a, tape.constant(h)).value();
      assertClose(a.toDense(DataType.DOUBLE).mmul(h), out, 1e-12, what);
      assertPasses(GradientCheck.check(in -> project(GraphOps.propagate(a, in.get(0))), h),
          "propagate, " + what);
    });
  }

  @Test
  void propagateGradientOfZeroEdgesIsZero() {
    CsrAdjacency none = CsrAdjacency.fromEdges(4, 4, new int[0], new int[0]);
    Tape tape = new Tape();
    Tensor h = tape.leaf(uniform(2, 4, 3));
    tape.backward(project(GraphOps.propagate(none, h)));
    assertEquals(0, h.grad().norm2Number().doubleValue());
    assertArrayEquals(new long[] {4, 3}, h.grad().shape());
  }

  @Test
  void sparseMatmulMatchesTheDenseProductAndItsWeightGradient() {
    CsrMatrix x = GraphFixtures.sparse(3, 7, 9, 0.3);
    SparseFeatures features = SparseFeatures.of(x);
    INDArray w = uniform(4, 9, 5);
    INDArray out = GraphOps.sparseMatmul(features, Tape.inference().constant(w)).value();
    assertClose(x.toDense(DataType.DOUBLE).mmul(w), out, 1e-7, "X·W");
    assertPasses(GradientCheck.check(in -> project(GraphOps.sparseMatmul(features, in.get(0))),
        w), "sparseMatmul");
    // Rows and columns without entries, and a matrix without any.
    CsrMatrix gaps = CsrMatrix.fromDense(Nd4j.createFromArray(new float[][] {
        {0, 0, 0}, {1.5f, 0, 0}, {0, 0, 0}, {-2, 0, 0.5f}}));
    assertPasses(GradientCheck.check(in -> project(GraphOps.sparseMatmul(SparseFeatures.of(gaps),
        in.get(0))), uniform(5, 3, 2)), "sparseMatmul with empty rows and a column");
    CsrMatrix empty = CsrMatrix.fromDense(Nd4j.zeros(DataType.FLOAT, 3, 4));
    Tape tape = new Tape();
    Tensor wt = tape.leaf(uniform(6, 4, 2));
    tape.backward(project(GraphOps.sparseMatmul(SparseFeatures.of(empty), wt)));
    assertEquals(0, wt.grad().norm2Number().doubleValue());
  }

  @Test
  void sparseMatmulIsComputedOncePerRecordingTapeForOneMatrixAndWeight() {
    SparseFeatures features = SparseFeatures.of(GraphFixtures.sparse(3, 7, 9, 0.3));
    Tape tape = new Tape();
    Tensor w = tape.leaf(uniform(4, 9, 5));
    Tensor product = GraphOps.sparseMatmul(features, w);
    assertSame(product, GraphOps.sparseMatmul(features, w));
    int recorded = tape.size();
    assertNotSame(product, GraphOps.sparseMatmul(SparseFeatures.of(GraphFixtures.sparse(3, 7, 9,
        0.3)), w), "other features");
    assertNotSame(product, GraphOps.sparseMatmul(features, tape.leaf(uniform(4, 9, 5))),
        "another weight");
    assertEquals(recorded + 3, tape.size());
    Tape inference = Tape.inference();
    Tensor constant = inference.constant(uniform(4, 9, 5));
    assertNotSame(GraphOps.sparseMatmul(features, constant),
        GraphOps.sparseMatmul(features, constant), "an inference tape computes each time");
  }

  @Test
  void gatherBroadcastsNodesToEdgesAndSumsGradientsBack() {
    SegmentIndex bySource = SegmentIndex.of(SOURCE, 6);
    INDArray h = uniform(7, 6, 3);
    INDArray edges = GraphOps.gather(Tape.inference().constant(h), bySource).value();
    for (int i = 0; i < SOURCE.length; i++) {
      assertClose(h.getRow(SOURCE[i]), edges.getRow(i), 0, "edge " + i);
    }
    assertPasses(GradientCheck.check(in -> project(GraphOps.gather(in.get(0), bySource)), h),
        "gather with duplicates and nodes without edges");
    SegmentIndex single = SegmentIndex.of(new int[] {0, 0, 0}, 1);
    assertPasses(GradientCheck.check(in -> project(GraphOps.gather(in.get(0), single)),
        uniform(8, 1, 4)), "gather from a single node");
  }

  @Test
  void gatherThenSegmentSumIsPropagationWithTheUnweightedAdjacency() {
    SegmentIndex bySource = SegmentIndex.of(SOURCE, 6);
    SegmentIndex byTarget = SegmentIndex.of(TARGET, 6);
    CsrAdjacency a = CsrAdjacency.fromEdges(6, 6, TARGET, SOURCE);
    INDArray h = uniform(9, 6, 3);
    Tape tape = Tape.inference();
    INDArray messages = GraphOps.segmentSum(GraphOps.gather(tape.constant(h), bySource), byTarget)
        .value();
    assertClose(GraphOps.propagate(a, tape.constant(h)).value(), messages, 1e-12,
        "message passing");
    assertPasses(GradientCheck.check(in -> project(
        GraphOps.segmentSum(GraphOps.gather(in.get(0), bySource), byTarget)), h),
        "gather then segmentSum");
  }

  @Test
  void zeroEdgesGiveEmptyMessagesAndZeroGradients() {
    SegmentIndex none = SegmentIndex.of(new int[0], 4);
    Tape tape = new Tape();
    Tensor h = tape.leaf(uniform(10, 4, 3));
    Tensor messages = GraphOps.gather(h, none);
    assertArrayEquals(new long[] {0, 3}, messages.shape());
    Tensor pooled = GraphOps.segmentSum(messages, none);
    assertEquals(0, pooled.value().norm2Number().doubleValue());
    tape.backward(project(pooled));
    assertArrayEquals(new long[] {4, 3}, h.grad().shape());
    assertEquals(0, h.grad().norm2Number().doubleValue());
    assertPasses(GradientCheck.check(
        in -> project(GraphOps.segmentMean(GraphOps.gather(in.get(0), none), none)),
        uniform(11, 4, 3)), "mean over zero edges");
    assertPasses(GradientCheck.check(
        in -> project(GraphOps.segmentMax(GraphOps.gather(in.get(0), none), none)),
        uniform(11, 4, 3)), "max over zero edges");
  }

  @Test
  void segmentReductionsAndTheirGradients() {
    // Segment 1 is empty, segment 3 holds one row.
    SegmentIndex segments = SegmentIndex.of(new int[] {0, 2, 0, 2, 2, 3, 0}, 5);
    INDArray data = uniform(12, 7, 4);
    Tape tape = Tape.inference();
    INDArray sum = GraphOps.segmentSum(tape.constant(data), segments).value();
    INDArray mean = GraphOps.segmentMean(tape.constant(data), segments).value();
    INDArray max = GraphOps.segmentMax(tape.constant(data), segments).value();
    INDArray rows0 = Nd4j.vstack(data.getRow(0), data.getRow(2), data.getRow(6));
    assertClose(rows0.sum(0), sum.getRow(0), 1e-12, "sum of segment 0");
    assertClose(rows0.mean(0), mean.getRow(0), 1e-12, "mean of segment 0");
    assertClose(rows0.max(0), max.getRow(0), 0, "max of segment 0");
    for (INDArray pooled : new INDArray[] {sum, mean, max}) {
      assertEquals(0, pooled.getRow(1).norm2Number().doubleValue(), "empty segment");
      assertEquals(0, pooled.getRow(4).norm2Number().doubleValue(), "empty segment");
      assertClose(data.getRow(5), pooled.getRow(3), 1e-12, "single-row segment");
    }
    assertPasses(GradientCheck.check(in -> project(GraphOps.segmentSum(in.get(0), segments)),
        data), "segmentSum");
    assertPasses(GradientCheck.check(in -> project(GraphOps.segmentMean(in.get(0), segments)),
        data), "segmentMean");
    assertPasses(GradientCheck.check(in -> project(GraphOps.segmentMax(in.get(0), segments)),
        data), "segmentMax");
    SegmentIndex one = SegmentIndex.of(new int[] {0}, 1);
    assertPasses(GradientCheck.check(in -> project(GraphOps.segmentMax(in.get(0), one)),
        uniform(13, 1, 3)), "segmentMax of a single node");
  }

  @Test
  void constantsStayOffTheTapeAndFloat32StaysFloat32() {
    Tape tape = new Tape();
    CsrAdjacency a = GcnNormalization.normalize(6, SOURCE, TARGET, true);
    Tensor h = tape.constant(uniform(14, 6, 3).castTo(DataType.FLOAT));
    Tensor out = GraphOps.propagate(a, h);
    assertFalse(out.requiresGrad());
    assertEquals(0, tape.size());
    assertEquals(DataType.FLOAT, out.dataType());
    Tensor leaf = tape.leaf(uniform(15, 6, 3).castTo(DataType.FLOAT));
    Tensor pooled = GraphOps.segmentMean(GraphOps.propagate(a, leaf), SegmentIndex.of(
        new int[] {0, 0, 0, 1, 1, 1}, 2));
    assertTrue(pooled.requiresGrad());
    tape.backward(project(pooled));
    assertEquals(DataType.FLOAT, leaf.grad().dataType());
    assertNull(h.grad());
  }

  @Test
  void mismatchedShapesNameTheKernel() {
    CsrAdjacency a = GcnNormalization.normalize(6, SOURCE, TARGET, true);
    Tensor wrong = Tape.inference().constant(uniform(16, 5, 3));
    KernelArgumentException e = assertThrows(KernelArgumentException.class,
        () -> GraphOps.propagate(a, wrong));
    assertTrue(e.getMessage().startsWith("Propagation.forward: the adjacency is 6x6"),
        e.getMessage());
    assertThrows(KernelArgumentException.class,
        () -> GraphOps.segmentSum(wrong, SegmentIndex.of(new int[] {0, 1}, 2)));
  }
}
