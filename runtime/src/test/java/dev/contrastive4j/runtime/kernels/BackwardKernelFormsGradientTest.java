package dev.contrastive4j.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import dev.contrastive4j.api.graph.CsrMatrix;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every backward kernel in each of its four forms (float64 and float32, INDArray and primitive
 * array) against float64 central differences of its forward kernel. The float32 forms run loops
 * of their own, so each is checked itself, not only against the float64 form: its gradient,
 * computed in float32 and widened, must match the difference quotient to float32 precision
 * (1e-5, where one lost or misrouted term costs more than 1e-2). The structures give the rows of
 * every backward product 0, 1, 3, 4, 7, 8 and 13 entries, so the CSR loops that take eight, four
 * and one entries at a time all run.
 */
class BackwardKernelFormsGradientTest {
  /** Entries per row of each backward product: none, and mixes of the 8-, 4- and 1-entry loops. */
  private static final int[] ROW_LENGTHS = {0, 1, 3, 4, 7, 8, 13};
  private static final int LONGEST_ROW = 13;
  private static final int WIDTH = 3;
  private static final double FLOAT64_TOLERANCE = 1e-6;
  private static final double FLOAT32_TOLERANCE = 1e-5;

  /** A backward kernel in one form, taking and giving float64 values. */
  private record Form(String name, UnaryOperator<INDArray> backward, double tolerance) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A primitive float64 backward kernel: gradOut (row-major, {@code width} wide) to gradIn. */
  @FunctionalInterface
  private interface DoubleKernel {
    double[] apply(double[] gradOut, int width);
  }

  /** A primitive float32 backward kernel: gradOut (row-major, {@code width} wide) to gradIn. */
  @FunctionalInterface
  private interface FloatKernel {
    float[] apply(float[] gradOut, int width);
  }

  // The cases share their input arrays, which JUnit would otherwise close after the first use.
  @ParameterizedTest(name = "{0}, {3}", autoCloseArguments = false)
  @MethodSource("kernelForms")
  void backwardMatchesCentralDifferences(String kernel, UnaryOperator<INDArray> forward,
      INDArray input, Form form) {
    INDArray r = KernelTestSupport.randomMatrix(new Random(99), (int) forward.apply(input).rows(),
        WIDTH);
    KernelTestSupport.assertGradient(forward, input, r, form.backward().apply(r),
        form.tolerance(), kernel + ", " + form);
  }

  static Stream<Arguments> kernelForms() {
    Random rnd = new Random(17);
    int sources = ROW_LENGTHS.length;
    List<Arguments> cases = new ArrayList<>();

    // Source s sends to ROW_LENGTHS[s] distinct targets: the rows of Aᵀ the backward runs over.
    List<Integer> targets = new ArrayList<>();
    List<Integer> edgeSources = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      for (int t : distinct(rnd, ROW_LENGTHS[s], LONGEST_ROW)) {
        targets.add(t);
        edgeSources.add(s);
      }
    }
    CsrAdjacency a = CsrAdjacency.fromEdges(LONGEST_ROW, sources, toInts(targets),
        toInts(edgeSources), gaussians(rnd, targets.size()));
    assertArrayEquals(ROW_LENGTHS, rowLengths(a.transpose().rowPointers()), "rows of Aᵀ");
    INDArray h = KernelTestSupport.randomMatrix(rnd, sources, WIDTH);
    addForms(cases, "Propagation", x -> Propagation.forward(a, x), h,
        g -> Propagation.backward(a, g), (g, w) -> Propagation.backward(a, g, w),
        (g, w) -> Propagation.backward(a, g, w));

    // Column c of X holds ROW_LENGTHS[c] entries: the rows of Xᵀ the weight gradient runs over.
    INDArray dense = Nd4j.zeros(DataType.FLOAT, LONGEST_ROW, sources);
    for (int c = 0; c < sources; c++) {
      for (int row : distinct(rnd, ROW_LENGTHS[c], LONGEST_ROW)) {
        dense.putScalar(row, c, rnd.nextGaussian());
      }
    }
    SparseFeatures x = SparseFeatures.of(CsrMatrix.fromDense(dense));
    assertArrayEquals(ROW_LENGTHS, rowLengths(x.transposePointers()), "rows of Xᵀ");
    INDArray weights = KernelTestSupport.randomMatrix(rnd, sources, WIDTH);
    addForms(cases, "SparseMatmul", v -> SparseMatmul.forward(x, v), weights,
        g -> SparseMatmul.weightGradient(x, g), (g, w) -> SparseMatmul.weightGradient(x, g, w),
        (g, w) -> SparseMatmul.weightGradient(x, g, w));

    // Segment s holds ROW_LENGTHS[s] rows, in shuffled order.
    List<Integer> ids = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      ids.addAll(Collections.nCopies(ROW_LENGTHS[s], s));
    }
    Collections.shuffle(ids, rnd);
    SegmentIndex segments = SegmentIndex.of(toInts(ids), sources);
    assertArrayEquals(ROW_LENGTHS, rowLengths(segments.pointersView()), "segment sizes");
    INDArray nodes = KernelTestSupport.randomMatrix(rnd, sources, WIDTH);
    addForms(cases, "Gather", v -> Gather.forward(v, segments), nodes,
        g -> Gather.backward(g, segments), (g, w) -> Gather.backward(g, w, segments),
        (g, w) -> Gather.backward(g, w, segments));

    INDArray rows = KernelTestSupport.randomMatrix(rnd, ids.size(), WIDTH);
    addForms(cases, "SegmentPooling.sum", v -> SegmentPooling.sum(v, segments), rows,
        g -> SegmentPooling.sumBackward(g, segments),
        (g, w) -> SegmentPooling.sumBackward(g, w, segments),
        (g, w) -> SegmentPooling.sumBackward(g, w, segments));
    addForms(cases, "SegmentPooling.mean", v -> SegmentPooling.mean(v, segments), rows,
        g -> SegmentPooling.meanBackward(g, segments),
        (g, w) -> SegmentPooling.meanBackward(g, w, segments),
        (g, w) -> SegmentPooling.meanBackward(g, w, segments));
    // Each form routes the gradient with the argmax of its own forward pass. Random values lie
    // far apart compared with the step and with float32 rounding, so no argmax changes.
    double[] rows64 = KernelTestSupport.values(rows);
    float[] rows32 = rows.castTo(DataType.FLOAT).dup('c').data().asFloat();
    addForms(cases, "SegmentPooling.max", v -> SegmentPooling.max(v, segments).values(), rows,
        g -> SegmentPooling.maxBackward(
            SegmentPooling.max(rows.castTo(g.dataType()), segments), g),
        (g, w) -> {
          int[] argmax = new int[sources * w];
          SegmentPooling.max(rows64, w, segments, argmax);
          return SegmentPooling.maxBackward(g, w, segments, argmax);
        },
        (g, w) -> {
          int[] argmax = new int[sources * w];
          SegmentPooling.max(rows32, w, segments, argmax);
          return SegmentPooling.maxBackward(g, w, segments, argmax);
        });
    return cases.stream();
  }

  /**
   * Adds the four forms of one backward kernel; {@code backward} serves both INDArray forms,
   * which dispatch on the data type.
   */
  private static void addForms(List<Arguments> cases, String kernel,
      UnaryOperator<INDArray> forward, INDArray input, UnaryOperator<INDArray> backward,
      DoubleKernel doubles, FloatKernel floats) {
    long[] shape = input.shape();
    List<Form> forms = List.of(
        new Form("float64 INDArray", backward, FLOAT64_TOLERANCE),
        new Form("float32 INDArray",
            g -> backward.apply(g.castTo(DataType.FLOAT)).castTo(DataType.DOUBLE),
            FLOAT32_TOLERANCE),
        new Form("double[]", g -> Nd4j.createFromArray(
            doubles.apply(KernelTestSupport.values(g), WIDTH)).reshape('c', shape),
            FLOAT64_TOLERANCE),
        new Form("float[]", g -> Nd4j.createFromArray(floats.apply(
            g.castTo(DataType.FLOAT).dup('c').data().asFloat(), WIDTH)).reshape('c', shape)
            .castTo(DataType.DOUBLE), FLOAT32_TOLERANCE));
    for (Form form : forms) {
      cases.add(Arguments.of(kernel, forward, input, form));
    }
  }

  /** {@code count} distinct values from {@code [0, bound)}. */
  private static List<Integer> distinct(Random rnd, int count, int bound) {
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < bound; i++) {
      all.add(i);
    }
    Collections.shuffle(all, rnd);
    return all.subList(0, count);
  }

  private static double[] gaussians(Random rnd, int count) {
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = rnd.nextGaussian();
    }
    return out;
  }

  private static int[] toInts(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] rowLengths(int[] pointers) {
    int[] out = new int[pointers.length - 1];
    for (int i = 0; i < out.length; i++) {
      out[i] = pointers[i + 1] - pointers[i];
    }
    return out;
  }
}
