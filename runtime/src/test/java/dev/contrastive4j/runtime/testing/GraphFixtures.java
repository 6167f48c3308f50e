package dev.contrastive4j.runtime.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.CsrMatrix;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Small graphs, seeded float64 arrays, the random projection that turns a tensor into a loss,
 * and assertions for tests of graph ops, layers, encoders and readouts.
 */
public final class GraphFixtures {
  /** The tolerance of every float64 gradient check. */
  public static final double GRADIENT_TOLERANCE = 1e-6;

  private GraphFixtures() {}

  /** Uniform float64 values in [-1, 1). */
  public static INDArray uniform(long seed, long... shape) {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    Random random = new Random(seed);
    double[] data = new double[Math.toIntExact(n)];
    for (int i = 0; i < data.length; i++) {
      data[i] = 2 * random.nextDouble() - 1;
    }
    return Nd4j.create(data, shape, DataType.DOUBLE);
  }

  /**
   * {@code sum(y * R)} with a fixed random R of y's shape: a scalar whose gradient with respect
   * to y is R, so that every element of y matters.
   */
  public static Tensor project(Tensor y) {
    Tensor weights = y.tape().constant(uniform(987654321L, y.shape()).castTo(y.dataType()));
    return Ops.sum(Ops.mul(y, weights));
  }

  /** A random sparse matrix with about {@code density} of its entries set, float values. */
  public static CsrMatrix sparse(long seed, int rows, int cols, double density) {
    Random random = new Random(seed);
    INDArray dense = Nd4j.zeros(DataType.FLOAT, rows, cols);
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (random.nextDouble() < density) {
          dense.putScalar(r, c, 2 * random.nextDouble() - 1);
        }
      }
    }
    return CsrMatrix.fromDense(dense);
  }

  /**
   * A one-component graph with node set {@code "node"} (feature {@code "feat"}) and edge set
   * {@code "edge"} from it to itself.
   */
  public static GraphTensor homogeneous(int nodes, int[] source, int[] target, Feature feat) {
    NodeSet n = NodeSet.of(nodes, Map.of("feat", feat));
    EdgeSet e = EdgeSet.of(new long[] {source.length},
        new Adjacency("node", "node", source, target), Map.of());
    return GraphTensor.homogeneous("node", n, "edge", e);
  }

  /**
   * An 8-node graph with a duplicate edge (0 -> 1 twice), a self loop (3 -> 3), a node that only
   * sends (6) and an isolated node (7).
   */
  public static GraphTensor smallGraph(Feature feat) {
    int[] source = {0, 0, 1, 2, 3, 4, 5, 1, 2, 3, 6, 6};
    int[] target = {1, 1, 2, 3, 3, 5, 4, 0, 0, 4, 2, 5};
    return homogeneous(8, source, target, feat);
  }

  /**
   * A two-component citation graph with node sets {@code "paper"} (5 nodes: 3 + 2) and {@code
   * "author"} (3 nodes: 2 + 1), each with feature {@code "feat"}, and edge sets {@code "cites"}
   * (paper -> paper, with a duplicate), {@code "writes"} (author -> paper; paper 2 has no author)
   * and {@code "written"} (paper -> author, the reverse of writes).
   */
  public static GraphTensor citationGraph(Feature paperFeat, Feature authorFeat) {
    int[] writesAuthor = {0, 0, 1, 2};
    int[] writesPaper = {0, 1, 1, 3};
    return GraphTensor.builder()
        .nodeSet("paper", NodeSet.of(new long[] {3, 2}, Map.of("feat", paperFeat)))
        .nodeSet("author", NodeSet.of(new long[] {2, 1}, Map.of("feat", authorFeat)))
        .edgeSet("cites", EdgeSet.of(new long[] {4, 1},
            new Adjacency("paper", "paper", new int[] {0, 0, 1, 2, 4},
                new int[] {1, 1, 2, 0, 3}), Map.of()))
        .edgeSet("writes", EdgeSet.of(new long[] {3, 1},
            new Adjacency("author", "paper", writesAuthor, writesPaper), Map.of()))
        .edgeSet("written", EdgeSet.of(new long[] {3, 1},
            new Adjacency("paper", "author", writesPaper, writesAuthor), Map.of()))
        .build();
  }

  /**
   * The dense aggregation matrix of an edge set, {@code [targets, sources]}: entry {@code [t, s]}
   * counts the edges {@code s -> t}, divided by the edges into {@code t} when {@code mean}.
   */
  public static INDArray aggregationMatrix(GraphTensor graph, String edgeSet, boolean mean) {
    Adjacency a = graph.edgeSet(edgeSet).adjacency();
    int targets = (int) graph.nodeSet(a.targetSet()).totalSize();
    int sources = (int) graph.nodeSet(a.sourceSet()).totalSize();
    INDArray m = Nd4j.zeros(DataType.DOUBLE, targets, sources);
    for (int i = 0; i < a.size(); i++) {
      int s = a.sourceView()[i];
      int t = a.targetView()[i];
      m.putScalar(t, s, m.getDouble(t, s) + 1);
    }
    if (mean) {
      for (int t = 0; t < targets; t++) {
        double count = m.getRow(t).sumNumber().doubleValue();
        if (count > 0) {
          m.getRow(t).divi(count);
        }
      }
    }
    return m;
  }

  /** The number of edges of {@link #smallGraph}. */
  public static final int SMALL_GRAPH_EDGES = 12;

  /** Asserts same shape and |e - a| <= tolerance * max(1, |e|) element by element. */
  public static void assertClose(INDArray expected, INDArray actual, double tolerance,
      String what) {
    assertArrayEquals(expected.shape(), actual.shape(), what + ": shape");
    double[] e = expected.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    double[] a = actual.castTo(DataType.DOUBLE).dup('c').data().asDouble();
    for (int i = 0; i < e.length; i++) {
      double diff = Math.abs(e[i] - a[i]);
      int at = i;
      assertTrue(diff <= tolerance * Math.max(1, Math.abs(e[i])),
          () -> what + ": element " + at + " expected " + e[at] + " but was " + a[at]);
    }
  }

  /** Asserts that a gradient check compared something and passed the tolerance. */
  public static void assertPasses(GradientCheck.Result result, String what) {
    assertTrue(result.checkedElements() > 0, what + ": nothing was checked");
    assertTrue(result.passes(GRADIENT_TOLERANCE), what + ": " + result);
  }
}
