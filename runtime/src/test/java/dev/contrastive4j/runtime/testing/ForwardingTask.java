package dev.contrastive4j.runtime.testing;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Predictions;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Tape;
import java.util.List;
import java.util.Map;

/** A task that hands every call to another; a test overrides the calls it watches or changes. */
public class ForwardingTask implements Task {
  /** The task every call goes to. */
  protected final Task inner;

  /** Forwards to {@code inner}. */
  public ForwardingTask(Task inner) {
    this.inner = inner;
  }

  @Override
  public Views preprocess(GraphTensor graph) {
    return inner.preprocess(graph);
  }

  @Override
  public Predictions predict(List<EncodedGraph> views, Tape tape, boolean training) {
    return inner.predict(views, tape, training);
  }

  @Override
  public Map<String, TaskLoss> losses() {
    return inner.losses();
  }

  @Override
  public List<TaskMetric> metrics() {
    return inner.metrics();
  }

  @Override
  public int minRowsPerStep() {
    return inner.minRowsPerStep();
  }

  @Override
  public String minRowsPerStepReason() {
    return inner.minRowsPerStepReason();
  }
}
