package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.InvalidGraphException;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.ShapeMismatchException;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.kernels.SparseFeatures;
import dev.contrastive4j.runtime.ops.GraphStructureCache;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.GraphFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** GCN values against a dense reference, sparse against dense input, gradients, errors. */
class GcnConvTest {

  /**
   * {@code D^-1/2 (A + I) D^-1/2 X W + b} with plain ND4J: {@code A[t, s]} counts the edges
   * {@code s -> t}; with self loops, input self loops are replaced by one of weight 1; the degree
   * is the row sum, and a node of degree 0 gets the factor 0.
   */
  static INDArray reference(GraphTensor graph, boolean selfLoops, INDArray x, INDArray w,
      INDArray b) {
    Adjacency edges = graph.edgeSet("edge").adjacency();
    int n = (int) graph.nodeSet("node").totalSize();
    INDArray a = Nd4j.zeros(DataType.DOUBLE, n, n);
    for (int i = 0; i < edges.size(); i++) {
      int s = edges.sourceView()[i];
      int t = edges.targetView()[i];
      if (!selfLoops || s != t) {
        a.putScalar(t, s, a.getDouble(t, s) + 1);
      }
    }
    if (selfLoops) {
      a.addi(Nd4j.eye(n).castTo(DataType.DOUBLE));
    }
    INDArray degree = a.sum(1);
    INDArray inverseSqrt = Transforms.pow(degree, -0.5, true);
    for (int v = 0; v < n; v++) {
      if (degree.getDouble(v) == 0) {
        inverseSqrt.putScalar(v, 0);
      }
    }
    INDArray d = Nd4j.diag(inverseSqrt);
    return d.mmul(a).mmul(d).mmul(x).mmul(w).addRowVector(b);
  }

  private static GcnConv layer(ParameterStore store, long in, long units, boolean selfLoops) {
    GcnConv conv = new GcnConv(store, "gcn", in, units, selfLoops, true,
        new GraphStructureCache());
    conv.bias().assign(uniform(99, units)); // a non-zero bias, so that it is tested too
    return conv;
  }

  @Test
  void matchesTheDenseReferenceWithAndWithoutSelfLoops() {
    // 5 -> 3 multiplies by W first; 2 -> 4 propagates first.
    for (long[] dims : new long[][] {{5, 3}, {2, 4}}) {
      for (boolean selfLoops : new boolean[] {true, false}) {
        ParameterStore store = new ParameterStore(7, DataType.DOUBLE);
        GcnConv conv = layer(store, dims[0], dims[1], selfLoops);
        INDArray x = uniform(1, 8, dims[0]);
        GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(x));
        Tape tape = Tape.inference();
        INDArray out = conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(x))).value();
        assertClose(reference(graph, selfLoops, x, conv.kernel().value(), conv.bias().value()),
            out, 1e-12, "dims " + dims[0] + " -> " + dims[1] + ", self loops " + selfLoops);
      }
    }
  }

  @Test
  void sparseInputGivesTheSameAsDenseInput() {
    ParameterStore store = new ParameterStore(8, DataType.DOUBLE);
    GcnConv conv = layer(store, 6, 3, true);
    CsrMatrix x = GraphFixtures.sparse(2, 8, 6, 0.4);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.sparse(x));
    Tape tape = Tape.inference();
    INDArray sparse = conv.apply(tape, graph, "edge", NodeInput.sparse(SparseFeatures.of(x)))
        .value();
    INDArray dense = conv.apply(tape, graph, "edge",
        NodeInput.dense(tape.constant(x.toDense(DataType.DOUBLE)))).value();
    assertClose(dense, sparse, 1e-12, "sparse vs dense");
    assertClose(reference(graph, true, x.toDense(DataType.DOUBLE), conv.kernel().value(),
        conv.bias().value()), sparse, 1e-12, "sparse vs reference");
  }

  @Test
  void gradientsOfParametersAndInputs() {
    for (long[] dims : new long[][] {{5, 3}, {2, 4}}) {
      ParameterStore store = new ParameterStore(9, DataType.DOUBLE);
      GcnConv conv = layer(store, dims[0], dims[1], true);
      INDArray x = uniform(3, 8, dims[0]);
      GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(x));
      assertPasses(GradientCheck.check(store, tape -> project(
          conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(x))))),
          "parameters, dims " + dims[0] + " -> " + dims[1]);
      assertPasses(GradientCheck.check(in -> project(
          conv.apply(in.get(0).tape(), graph, "edge", NodeInput.dense(in.get(0)))), x),
          "input, dims " + dims[0] + " -> " + dims[1]);
    }
    ParameterStore store = new ParameterStore(10, DataType.DOUBLE);
    GcnConv conv = layer(store, 6, 3, false);
    CsrMatrix sparse = GraphFixtures.sparse(4, 8, 6, 0.4);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.sparse(sparse));
    SparseFeatures features = SparseFeatures.of(sparse);
    assertPasses(GradientCheck.check(store, tape -> project(
        conv.apply(tape, graph, "edge", NodeInput.sparse(features)))), "sparse input");
  }

  @Test
  void singleNodeAndZeroEdges() {
    ParameterStore store = new ParameterStore(11, DataType.DOUBLE);
    GcnConv conv = layer(store, 3, 2, true);
    INDArray x = uniform(5, 1, 3);
    GraphTensor single = GraphFixtures.homogeneous(1, new int[0], new int[0], Feature.dense(x));
    Tape tape = Tape.inference();
    // One node with its self loop: Â = [1], so the output is x·W + b.
    assertClose(x.mmul(conv.kernel().value()).addRowVector(conv.bias().value()),
        conv.apply(tape, single, "edge", NodeInput.dense(tape.constant(x))).value(), 1e-12,
        "single node");
    assertPasses(GradientCheck.check(store, t -> project(
        conv.apply(t, single, "edge", NodeInput.dense(t.constant(x))))), "single node");
    INDArray x4 = uniform(6, 4, 3);
    GraphTensor none = GraphFixtures.homogeneous(4, new int[0], new int[0], Feature.dense(x4));
    assertPasses(GradientCheck.check(store, t -> project(
        conv.apply(t, none, "edge", NodeInput.dense(t.constant(x4))))), "zero edges");
  }

  @Test
  void errorsNameTheLayerAndTheFault() {
    ParameterStore store = new ParameterStore(12, DataType.DOUBLE);
    GcnConv conv = new GcnConv(store, "enc/gcn_0", 5, 3);
    INDArray x = uniform(7, 8, 5);
    GraphTensor graph = GraphFixtures.smallGraph(Feature.dense(x));
    Tape tape = Tape.inference();
    NodeInput input = NodeInput.dense(tape.constant(x));
    InvalidGraphException unknown = assertThrows(InvalidGraphException.class,
        () -> conv.apply(tape, graph, "cites", input));
    assertEquals("GCN layer 'enc/gcn_0': unknown edge set 'cites'; the graph has [edge]",
        unknown.getMessage());
    ShapeMismatchException width = assertThrows(ShapeMismatchException.class,
        () -> conv.apply(tape, graph, "edge", NodeInput.dense(tape.constant(uniform(8, 8, 4)))));
    assertEquals("GCN layer 'enc/gcn_0': the input of node set 'node' is [8, 4] but the layer"
        + " needs [8, 5]", width.getMessage());
    GraphTensor bipartite = GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(2, Map.of()))
        .nodeSet("author", NodeSet.of(3, Map.of()))
        .edgeSet("writes", EdgeSet.of(new Adjacency("author", "paper", new int[] {0},
            new int[] {1}), Map.of()))
        .build();
    InvalidGraphException joins = assertThrows(InvalidGraphException.class,
        () -> conv.apply(tape, bipartite, "writes", input));
    assertEquals("GCN layer 'enc/gcn_0': edge set 'writes' joins node set 'author' to 'paper';"
        + " this layer needs an edge set from a node set to itself", joins.getMessage());
    IllegalArgumentException units = assertThrows(IllegalArgumentException.class,
        () -> new GcnConv(store, "other", 5, 0));
    assertEquals("GCN layer 'other': input dimension and units must be positive, got 5 and 0",
        units.getMessage());
  }

  @Test
  void reportsItsWidthsAndWhetherItAddsSelfLoops() {
    // The accessors encoders read to chain layers and to build the normalized adjacency.
    ParameterStore store = new ParameterStore(13, DataType.DOUBLE);
    GcnConv plain = new GcnConv(store, "a", 5, 3);
    assertEquals(5, plain.inputDim());
    assertEquals(3, plain.units());
    assertTrue(plain.addsSelfLoops());
    assertFalse(layer(store, 2, 4, false).addsSelfLoops());
  }
}
