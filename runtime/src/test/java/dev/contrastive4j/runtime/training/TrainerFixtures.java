package dev.contrastive4j.runtime.training;

import dev.contrastive4j.api.graph.Adjacency;
import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Predictions;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Encoders and tasks small enough that a test can compute what the trainer must do by hand:
 * a scalar parameter {@code w} on every node, and a loss that is a function of the states.
 */
final class TrainerFixtures {
  private TrainerFixtures() {}

  /** Three nodes of node set {@code n}, one component, no edges. */
  static final GraphTensor GRAPH = GraphTensor.homogeneous("n",
      NodeSet.of(3, Map.of()), "e",
      EdgeSet.of(new Adjacency("n", "n", new int[0], new int[0]), Map.of()));

  /** An "encoder" whose single state is the scalar parameter w on every node of set n. */
  static final class ScalarEncoder implements Encoder {
    final Parameter w;

    ScalarEncoder(ParameterStore store, double initial) {
      this.w = store.constant("w", initial, 1, 1);
    }

    @Override
    public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training) {
      long nodes = graph.nodeSet("n").totalSize();
      Tensor state = Ops.mul(tape.constant(Nd4j.ones(DataType.DOUBLE, nodes, 1)), tape.param(w));
      return EncodedGraph.ofHiddenStates(graph, Map.of("n", state));
    }

    @Override
    public long outputDim() {
      return 1;
    }
  }

  /** An "encoder" whose state is {@code x · w} for the node feature x and a parameter w. */
  static final class FeatureEncoder implements Encoder {
    final Parameter w;

    FeatureEncoder(ParameterStore store) {
      this.w = store.constant("w", 1.0, 1, 1);
    }

    @Override
    public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training) {
      Tensor x = tape.constant(graph.nodeSet("n").feature("x").toDense());
      return EncodedGraph.ofHiddenStates(graph, Map.of("n", Ops.matmul(x, tape.param(w))));
    }

    @Override
    public long outputDim() {
      return 1;
    }
  }

  /**
   * A graph of components of the given numbers of nodes, node feature {@code x} of one column
   * holding {@code x}, no edges.
   */
  static GraphTensor components(long[] sizes, double... x) {
    double[][] rows = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      rows[i] = new double[] {x[i]};
    }
    return GraphTensor.builder()
        .nodeSet("n", NodeSet.of(sizes, Map.of("x",
            Feature.dense(Nd4j.createFromArray(rows)))))
        .edgeSet("e", EdgeSet.of(new long[sizes.length],
            new Adjacency("n", "n", new int[0], new int[0]), Map.of()))
        .build();
  }

  /** A task whose loss is {@code f(mean state)} for a function given by the test. */
  static Task taskWithLoss(UnaryOperator<Tensor> f) {
    return taskWithOutputLoss(states -> f.apply(Ops.mean(states)));
  }

  /** A task whose loss is {@code f(states)}, the states being its predictions. */
  static Task taskWithOutputLoss(UnaryOperator<Tensor> f) {
    return new Task() {
      @Override
      public Views preprocess(GraphTensor graph) {
        return new Views(List.of(graph),
            Nd4j.zeros(DataType.INT32, graph.nodeSet("n").totalSize(), 0));
      }

      @Override
      public Predictions predict(List<EncodedGraph> views, Tape tape, boolean training) {
        Tensor s = views.get(0).state("n", EncodedGraph.HIDDEN_STATE);
        return new Predictions(s, s);
      }

      @Override
      public Map<String, TaskLoss> losses() {
        return Map.of("f", (labels, p) -> f.apply(p.output()));
      }

      @Override
      public List<TaskMetric> metrics() {
        return List.of((labels, out, reps) -> Map.of("w", out.getDouble(0)));
      }
    };
  }
}
