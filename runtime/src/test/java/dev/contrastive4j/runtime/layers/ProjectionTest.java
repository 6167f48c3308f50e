package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link Projection}: {@code X·W} for dense and sparse inputs, its gradient and refusals. */
class ProjectionTest {
  private static final double[][] X = {{0, 2, 0}, {-1, 0, 0.5}};
  private static final INDArray W =
      Nd4j.createFromArray(new double[][] {{1, -2}, {0.5, 0.25}, {4, 3}});
  /** X·W by hand. */
  private static final INDArray XW = Nd4j.createFromArray(new double[][] {{1, 0.5}, {1, 3.5}});

  private static Projection projection(ParameterStore store) {
    Projection p = new Projection(store, "p", 3, 2);
    p.kernel().assign(W);
    return p;
  }

  @Test
  void denseAndSparseInputsGiveTheProduct() {
    // The same hand-computed X·W whether X is dense or stored sparse.
    Projection p = projection(new ParameterStore(1, DataType.DOUBLE));
    assertEquals(3, p.inputDim());
    assertEquals(2, p.units());
    Tape tape = Tape.inference();
    INDArray dense = Nd4j.createFromArray(X);
    assertClose(XW, p.apply(tape, NodeInput.dense(tape.constant(dense))).value(), 1e-12,
        "dense");
    SparseFeatures sparse = SparseFeatures.of(CsrMatrix.fromDense(dense.castTo(DataType.FLOAT)));
    assertClose(XW, p.apply(tape, NodeInput.sparse(sparse)).value(), 1e-12, "sparse");
  }

  @Test
  void float64GradientsOfTheKernelAndADenseInput() {
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    Projection p = projection(store);
    INDArray x = Nd4j.createFromArray(X);
    assertPasses(GradientCheck.check(store, tape -> project(
        p.apply(tape, NodeInput.dense(tape.constant(x))))), "kernel");
    assertPasses(GradientCheck.check(in -> project(
        p.apply(in.get(0).tape(), NodeInput.dense(in.get(0)))), x), "input");
  }

  @Test
  void refusalsNameTheProjection() {
    // Blank names and zero widths at construction; an input of another width when applied.
    ParameterStore store = new ParameterStore(3, DataType.DOUBLE);
    assertEquals("projection: the layer needs a name, got ' '",
        assertThrows(IllegalArgumentException.class, () -> new Projection(store, " ", 3, 2))
            .getMessage());
    assertEquals("projection 'p': input dimension and units must be positive, got 0 and 2",
        assertThrows(IllegalArgumentException.class, () -> new Projection(store, "p", 0, 2))
            .getMessage());
    assertEquals(0, store.size());
    Projection p = projection(store);
    Tape tape = Tape.inference();
    assertEquals("projection 'p': the input is [2, 2] but the projection needs 3 columns",
        assertThrows(ShapeMismatchException.class, () -> p.apply(tape,
            NodeInput.dense(tape.constant(Nd4j.ones(DataType.DOUBLE, 2, 2))))).getMessage());
  }
}
