package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** GraphSAGE-mean values against a dense reference, sparse input, gradients, errors. */
class SageConvTest {

  /**
   * {@code X·W_self + M·X·W_neighbor + b} with plain ND4J, {@code M[t, s]} being the number of
   * edges {@code s -> t} divided by the number of edges into {@code t} (a zero row without any).
   */
  static INDArray reference(GraphTensor graph, INDArray x, SageConv conv) {
    Adjacency edges = graph.edgeSet("edge").adjacency();
    int n = (int) graph.nodeSet("node").totalSize();
    INDArray m = Nd4j.zeros(DataType.DOUBLE, n, n);
    for (int i = 0; i < edges.size(); i++) {
      int s = edges.sourceView()[i];
      int t = edges.targetView()[i];
      m.putScalar(t, s, m.getDouble(t, s) + 1);
    }
    INDArray counts = m.sum(true, 1);
    for (int t = 0; t < n; t++) {
      if (counts.getDouble(t) > 0) {
        m.getRow(t).divi(counts.getDouble(t));
      }
    }
    return x.mmul(conv.selfKernel().value())
        .add(m.mmul(x).mmul(conv.neighborKernel().value()))
        .addRowVector(conv.bias().value());
  }

  private static SageConv layer(ParameterStore store, long in, long units) {
    SageConv conv = new SageConv(store, "sage", in, units, true, new GraphStructureCache());
    conv.bias().assign(uniform(98, units));
    return conv;
  }

  @Test
  void matchesTheDenseReference() {
    for (long[] dims : new long[][] {{5, 3}, {2, 4}}) {
      ParameterStore store = new ParameterStore(21, DataType.DOUBLE);
      SageConv conv = layer(store, dims[0], dims[1]);
      INDArray x = uniform(1, 8, dims[0]);
      GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(x));
      Tape tape = Tape.inference();
      INDArray out = conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(x))).value();
      assertClose(reference(graph, x, conv), out, 1e-12, "dims " + dims[0] + " -> " + dims[1]);
    }
  }

  @Test
  void isolatedNodesKeepOnlyTheirOwnTransform() {
    ParameterStore store = new ParameterStore(22, DataType.DOUBLE);
    SageConv conv = layer(store, 3, 2);
    INDArray x = uniform(2, 8, 3);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(x));
    Tape tape = Tape.inference();
    INDArray out = conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(x))).value();
    // Node 7 is isolated and node 6 only sends: no neighbours to average.
    for (int v : new int[] {6, 7}) {
      assertClose(x.getRow(v, true).mmul(conv.selfKernel().value())
          .addRowVector(conv.bias().value()), out.getRow(v, true), 1e-12, "node " + v);
    }
  }

  @Test
  void sparseInputGivesTheSameAsDenseInput() {
    ParameterStore store = new ParameterStore(23, DataType.DOUBLE);
    SageConv conv = layer(store, 6, 3);
    CsrMatrix x = GraphFixtures.sparse(3, 8, 6, 0.4);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.sparse(x));
    Tape tape = Tape.inference();
    INDArray sparse = conv.apply(tape, graph, "edge", NodeInput.sparse(SparseFeatures.of(x)))
        .value();
    assertClose(reference(graph, x.toDense(DataType.DOUBLE), conv), sparse, 1e-12, "sparse");
  }

  @Test
  void gradientsOfParametersAndInputs() {
    for (long[] dims : new long[][] {{5, 3}, {2, 4}}) {
      ParameterStore store = new ParameterStore(24, DataType.DOUBLE);
      SageConv conv = layer(store, dims[0], dims[1]);
      INDArray x = uniform(4, 8, dims[0]);
      GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(x));
      assertPasses(GradientCheck.check(store, tape -> project(
          conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(x))))),
          "parameters, dims " + dims[0] + " -> " + dims[1]);
      assertPasses(GradientCheck.check(in -> project(
          conv.apply(in.get(0).tape(), graph, "edge", NodeInput.dense(in.get(0)))), x),
          "input, dims " + dims[0] + " -> " + dims[1]);
    }
    ParameterStore store = new ParameterStore(25, DataType.DOUBLE);
    SageConv conv = layer(store, 6, 3);
    CsrMatrix sparse = GraphFixtures.sparse(5, 8, 6, 0.4);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.sparse(sparse));
    SparseFeatures features = SparseFeatures.of(sparse);
    assertPasses(GradientCheck.check(store, tape -> project(
        conv.apply(tape, graph, "edge", NodeInput.sparse(features)))), "sparse input");
    INDArray single = uniform(6, 1, 6);
    GraphTensor one = GraphFixtures.homogeneous(1, new int[] {0}, new int[] {0},
        Feature.dense(single));
    assertPasses(GradientCheck.check(store, tape -> project(
        conv.apply(tape, one, "edge", NodeInput.dense(tape.constant(single))))),
        "single node with a self loop");
  }

  @Test
  void errorsNameTheLayer() {
    ParameterStore store = new ParameterStore(26, DataType.DOUBLE);
    SageConv conv = new SageConv(store, "enc/sage_0", 5, 3);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(uniform(7, 8, 5)));
    Tape tape = Tape.inference();
    InvalidGraphException e = assertThrows(InvalidGraphException.class, () -> conv.apply(tape,
        graph, "links", NodeInput.dense(tape.constant(uniform(7, 8, 5)))));
    assertEquals("SAGE layer 'enc/sage_0': unknown edge set 'links'; the graph has [edge]",
        e.getMessage());
    IllegalArgumentException dims = assertThrows(IllegalArgumentException.class,
        () -> new SageConv(store, "x", -1, 3));
    assertEquals("SAGE layer 'x': input dimension and units must be positive, got -1 and 3",
        dims.getMessage());
  }

  @Test
  void anInputOfTheWrongWidthIsRefusedBeforeTheAdjacencyIsBuilt() {
    // The graph-level call names the node set and both shapes, as GCN's does.
    ParameterStore store = new ParameterStore(27, DataType.DOUBLE);
    SageConv conv = new SageConv(store, "enc/sage_0", 5, 3);
    assertEquals(5, conv.inputDim());
    assertEquals(3, conv.units());
    GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(uniform(7, 8, 5)));
    Tape tape = Tape.inference();
    ShapeMismatchException width = assertThrows(ShapeMismatchException.class,
        () -> conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(uniform(8, 8, 4)))));
    assertEquals("SAGE layer 'enc/sage_0': the input of node set 'node' is [8, 4] but the layer"
        + " needs [8, 5]", width.getMessage());
  }
}
