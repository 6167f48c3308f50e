package dev.contrastive4j.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tensor;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Float64 gradient of the example readout {@link ScaledNodes}, {@code norm * x / |x|} per row,
 * with respect to the node states: each row's gradient must be orthogonal to the row (scaling a
 * row changes nothing), which a slip in the length's derivative breaks. Rows of very different
 * lengths, one short.
 */
class ScaledNodesGradientTest {
  private static final GraphTensor GRAPH = GraphTensor.builder()
      .nodeSet("node", NodeSet.of(4, Map.of()))
      .build();

  @Test
  void gradientWithRespectToTheStates() {
    INDArray states = values(1, 4, 3).muliColumnVector(
        Nd4j.createFromArray(0.05, 1.0, 3.0, 0.7).reshape(4, 1));
    INDArray weights = values(2, 4, 3);
    ScaledNodes readout = new ScaledNodes(2.5);
    GradientCheck.Result result = GradientCheck.check(in -> {
      Tensor out = readout.read(EncodedGraph.ofHiddenStates(GRAPH, Map.of("node", in.get(0))),
          "node", EncodedGraph.HIDDEN_STATE);
      return Ops.sum(Ops.mul(out, in.get(0).tape().constant(weights)));
    }, states);
    assertTrue(result.passes(1e-6), result.toString());
  }

  /** Uniform float64 values in [-1, 1). */
  private static INDArray values(long seed, int rows, int cols) {
    Random random = new Random(seed);
    double[] v = new double[rows * cols];
    for (int i = 0; i < v.length; i++) {
      v[i] = 2 * random.nextDouble() - 1;
    }
    return Nd4j.create(v, new long[] {rows, cols}, DataType.DOUBLE);
  }
}
