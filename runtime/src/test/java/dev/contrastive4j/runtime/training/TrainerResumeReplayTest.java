package dev.contrastive4j.runtime.training;

import static dev.contrastive4j.runtime.training.TrainerFixtures.components;
import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.ForwardingTask;
import dev.contrastive4j.runtime.training.TrainerFixtures.FeatureEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * A run resumed after {@code e} epochs of {@code s} steps replays the randomness an
 * uninterrupted run would have drawn: the task skips {@code e · s} preprocess calls and the
 * encoder {@code e · s} steps of one encode call per view, once, before the first step.
 */
class TrainerResumeReplayTest {
  /** A two-view task that records the calls it is told to skip. */
  private static final class RecordingTask extends ForwardingTask implements Replayable {
    final List<Long> skipped = new ArrayList<>();

    RecordingTask() {
      super(taskWithLoss(UnaryOperator.identity()));
    }

    @Override
    public Views preprocess(GraphTensor graph) {
      Views one = inner.preprocess(graph);
      return new Views(List.of(graph, graph), one.pseudoLabels());
    }

    @Override
    public void skipCalls(long calls) {
      skipped.add(calls);
    }
  }

  /** The feature encoder, recording its encode calls and the calls it is told to skip. */
  private static final class RecordingEncoder implements Encoder, Replayable {
    final Encoder inner;
    final List<String> calls = new ArrayList<>();

    RecordingEncoder(ParameterStore store) {
      this.inner = new FeatureEncoder(store);
    }

    @Override
    public EncodedGraph encode(GraphTensor graph, Tape tape, boolean training) {
      calls.add("encode");
      return inner.encode(graph, tape, training);
    }

    @Override
    public long outputDim() {
      return inner.outputDim();
    }

    @Override
    public void skipCalls(long skip) {
      calls.add("skip " + skip);
    }
  }

  @Test
  void aResumedRunSkipsTheCallsOfTheEpochsDone() {
    // Six components, two per step: three steps per epoch; two epochs done.
    GraphTensor six = components(new long[] {1, 1, 1, 1, 1, 1}, 0, 1, 2, 3, 4, 5);
    TrainingProgress progress = new TrainingProgress(List.of(
        new EpochResult(1, 1.0, Map.of("f", 1.0), Map.of(), 0.0),
        new EpochResult(2, 1.0, Map.of("f", 1.0), Map.of(), 0.0)), 1.0, 1, 1, Map.of());
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    RecordingEncoder encoder = new RecordingEncoder(store);
    RecordingTask task = new RecordingTask();
    List<Integer> epochs = new ArrayList<>();
    new Trainer(new TrainingOptions(4, 0, 0, 1, 2).withShuffleComponents(false)).train(six,
        encoder, task, store, new Optimizer(store, new Sgd(0.0)),
        (e, improved, p) -> epochs.add(e.epoch()), progress);
    assertEquals(List.of(3, 4), epochs);
    assertEquals(List.of(6L), task.skipped);
    // Two views per step: two encode calls; skipped before the first, and only then.
    assertEquals("skip 12", encoder.calls.get(0));
    assertEquals(1, encoder.calls.stream().filter(c -> c.startsWith("skip")).count());
    assertEquals(2 * 2 * 3, encoder.calls.size() - 1, "encode calls of two epochs");
  }
}
