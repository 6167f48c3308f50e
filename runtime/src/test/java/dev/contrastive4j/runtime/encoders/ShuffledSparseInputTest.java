package dev.contrastive4j.runtime.encoders;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.corruptors.FeatureRows;
import dev.contrastive4j.runtime.corruptors.ShuffleFeaturesGlobally;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.layers.NodeInput;
import dev.contrastive4j.runtime.ops.GraphOps;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.ops.RowSelections;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A shuffled copy of sparse features (DGI's corruption) is read as rows of its source, so that
 * its product with a weight is gathered from the source's, which one tape computes once for the
 * clean and the shuffled pass: the same values and gradients as multiplying the copy, and the
 * copy is never prepared. Smaller row sets (mini-batches) are read as they are.
 */
class ShuffledSparseInputTest {
  private static final CsrMatrix FEATURES = GraphFixtures.sparse(1, 8, 10, 0.35);
  private static final GraphTensor GRAPH = GraphFixtures.smallGraph(Feature.sparse(FEATURES));
  private static final int[] ORDER = {3, 0, 7, 5, 1, 6, 2, 4};

  private static CsrMatrix valuesOf(Feature feature) {
    return ((Feature.Sparse) feature).values();
  }

  /** The same values in a matrix that no corruptor made. */
  private static CsrMatrix unrecordedCopy(CsrMatrix m) {
    return new CsrMatrix(m.rows(), m.cols(), m.indptr(), m.indices(), m.values());
  }

  @Test
  void aShuffledCopyIsReadAsRowsOfItsSourceWithTheCopysProduct() {
    CsrMatrix copy = valuesOf(FeatureRows.select(Feature.sparse(FEATURES), ORDER));
    GraphStructureCache cache = new GraphStructureCache();
    NodeInput input = InputFeatures.sparseInput(copy, cache);
    NodeInput.Reordered reordered = assertInstanceOf(NodeInput.Reordered.class, input);
    assertEquals(8, input.rows());
    assertEquals(10, input.dim());
    assertEquals(1, cache.builtCount(), "only the source is prepared");
    assertSame(cache.sparseFeatures(FEATURES), reordered.source());
    INDArray w = uniform(2, 10, 4).castTo(DataType.FLOAT);
    Tape tape = Tape.inference();
    // Row for row the same sums in the same order as multiplying the copy: equal to the bit.
    assertEquals(GraphOps.sparseMatmul(SparseFeatures.of(copy), tape.constant(w)).value(),
        input.times(tape.constant(w)).value());
    assertNull(RowSelections.of(unrecordedCopy(copy)));
    assertInstanceOf(NodeInput.Sparse.class, InputFeatures.sparseInput(unrecordedCopy(copy),
        cache));
  }

  @Test
  void aMiniBatchIsReadAsItIsAndItsShuffledCopyAsRowsOfIt() {
    Feature batch = FeatureRows.select(Feature.sparse(FEATURES), new int[] {6, 0, 2});
    assertNull(RowSelections.of(valuesOf(batch)), "fewer rows than the source");
    GraphStructureCache cache = new GraphStructureCache();
    assertInstanceOf(NodeInput.Sparse.class, InputFeatures.sparseInput(valuesOf(batch), cache));
    Feature shuffledBatch = FeatureRows.select(batch, new int[] {2, 0, 1});
    NodeInput.Reordered reordered = assertInstanceOf(NodeInput.Reordered.class,
        InputFeatures.sparseInput(valuesOf(shuffledBatch), cache));
    assertSame(cache.sparseFeatures(valuesOf(batch)), reordered.source());
  }

  @Test
  void anEncoderGivesTheSameStatesAndGradientsAsWithAnUnrecordedCopy() {
    GraphTensor shuffled = new ShuffleFeaturesGlobally(7).corrupt(GRAPH);
    CsrMatrix shuffledValues = valuesOf(shuffled.nodeSet("node").feature("feat"));
    assertNotEquals(FEATURES, shuffledValues);
    GraphTensor unrecorded = GRAPH.withNodeFeature("node", "feat",
        Feature.sparse(unrecordedCopy(shuffledValues)));
    INDArray[] recordedRun = cleanAndCorruptedStep(shuffled);
    INDArray[] unrecordedRun = cleanAndCorruptedStep(unrecorded);
    assertClose(unrecordedRun[0], recordedRun[0], 0, "the corrupted pass's states");
    assertClose(unrecordedRun[1], recordedRun[1], 1e-12, "the kernel's gradient");
    assertNotEquals(0.0, recordedRun[1].norm2Number().doubleValue());
  }

  /** One step of both passes in float64: the corrupted states and the first kernel's gradient. */
  private static INDArray[] cleanAndCorruptedStep(GraphTensor corrupted) {
    ParameterStore store = new ParameterStore(5, DataType.DOUBLE);
    GcnEncoder encoder = new GcnEncoder(store, "enc", "node", "edge", "feat", 10,
        EncoderOptions.of(4), true, new GraphStructureCache());
    Tape tape = new Tape();
    Tensor clean = encoder.encode(GRAPH, tape, true).state("node", EncodedGraph.HIDDEN_STATE);
    Tensor other = encoder.encode(corrupted, tape, true).state("node",
        EncodedGraph.HIDDEN_STATE);
    tape.backward(Ops.add(project(clean), Ops.mul(project(other),
        tape.constant(Nd4j.scalar(3.0)))));
    Parameter kernel = store.get("enc/gcn_0/kernel");
    return new INDArray[] {other.value(), kernel.gradient().dup()};
  }
}
