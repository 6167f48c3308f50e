package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.kernels.SegmentIndex;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@link NodeInput.Reordered}: the rows of sparse features in another order, multiplied as rows
 * of the features' own product; its values, its float64 gradient (alone and beside the product
 * it shares on a tape) and its check of the order.
 */
class ReorderedNodeInputTest {
  private static final CsrMatrix FEATURES = GraphFixtures.sparse(1, 8, 10, 0.35);
  private static final int[] ORDER = {3, 0, 7, 5, 1, 6, 2, 4};

  @Test
  void itIsTheProductOfTheReorderedRows() {
    NodeInput input = NodeInput.reordered(SparseFeatures.of(FEATURES), SegmentIndex.of(ORDER, 8));
    assertEquals(8, input.rows());
    assertEquals(10, input.dim());
    INDArray w = uniform(2, 10, 4).castTo(DataType.FLOAT);
    Tape tape = Tape.inference();
    assertEquals(NodeInput.sparse(SparseFeatures.of(FEATURES.selectRows(ORDER)))
        .times(tape.constant(w)).value(), input.times(tape.constant(w)).value());
    // Fewer rows than the source, some twice: still rows of its product.
    int[] some = {6, 6, 1};
    NodeInput subset = NodeInput.reordered(SparseFeatures.of(FEATURES), SegmentIndex.of(some, 8));
    assertEquals(3, subset.rows());
    assertEquals(NodeInput.sparse(SparseFeatures.of(FEATURES.selectRows(some)))
        .times(tape.constant(w)).value(), subset.times(tape.constant(w)).value());
  }

  @Test
  void theGradientThroughBothPassesPassesTheFloat64Check() {
    SparseFeatures source = SparseFeatures.of(FEATURES);
    NodeInput clean = NodeInput.sparse(source);
    NodeInput shuffled = NodeInput.reordered(source, SegmentIndex.of(ORDER, 8));
    assertPasses(GradientCheck.check(in -> project(shuffled.times(in.get(0))),
        uniform(3, 10, 4)), "shuffled rows alone");
    assertPasses(GradientCheck.check(in -> Ops.add(project(clean.times(in.get(0))),
        Ops.mul(project(shuffled.times(in.get(0))), in.get(0).tape().constant(
            Nd4j.scalar(3.0)))), uniform(5, 10, 4)), "clean and shuffled on one tape");
  }

  @Test
  void anOrderMustIndexTheSourcesRows() {
    SparseFeatures source = SparseFeatures.of(FEATURES);
    ShapeMismatchException e = assertThrows(ShapeMismatchException.class,
        () -> NodeInput.reordered(source, SegmentIndex.of(new int[] {0, 1}, 2)));
    assertEquals("a node input's row order indexes 2 rows, but its source features have 8",
        e.getMessage());
  }
}
