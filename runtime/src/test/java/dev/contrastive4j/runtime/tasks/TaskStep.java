package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Predictions;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/** One preprocess → encode → predict → losses pass, as the trainer runs it, for tests. */
record TaskStep(Views views, Predictions predictions, Tensor loss) {

  static TaskStep run(Task task, Encoder encoder, GraphTensor graph, Tape tape) {
    return run(task, encoder, task.preprocess(graph), tape);
  }

  /** The same pass over views made earlier (fixed views, for gradient checks). */
  static TaskStep run(Task task, Encoder encoder, Views views, Tape tape) {
    List<EncodedGraph> encoded = new ArrayList<>();
    for (GraphTensor view : views.graphs()) {
      encoded.add(encoder.encode(view, tape, true));
    }
    Predictions p = task.predict(encoded, tape, true);
    Tensor total = null;
    for (var loss : task.losses().values()) {
      Tensor l = loss.apply(views.pseudoLabels(), p);
      total = total == null ? l : Ops.add(total, l);
    }
    return new TaskStep(views, p, total);
  }
}
