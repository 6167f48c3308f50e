package dev.contrastive4j.api.task;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.tensor.Tape;
import java.util.List;
import java.util.Map;

/**
 * A self-supervised training objective, with TF-GNN's {@code runner.Task} contract. One
 * training step of the runtime is:
 *
 * <pre>{@code
 * Views views = task.preprocess(graph);                        // e.g. clean + corrupted
 * List<EncodedGraph> encoded = views.graphs() mapped by encoder.encode(view, tape, true);
 * Predictions p = task.predict(encoded, tape, true);           // readout, projector, contrast
 * Tensor loss = sum over task.losses() of loss.apply(views.pseudoLabels(), p);
 * tape.backward(loss); optimizer.step();
 * }</pre>
 */
public interface Task {

  /**
   * Makes the views to encode and the pseudo-labels; called once per training step, so a
   * corruptor draws new randomness each time. Never sees the data set's classes.
   */
  Views preprocess(GraphTensor graph);

  /**
   * Reads out, projects and contrasts the encoded views.
   *
   * @param views the encoder's output for each view of {@link #preprocess}, in order
   * @param tape the tape of this step
   * @param training whether training-only behaviour (dropout) is on
   */
  Predictions predict(List<EncodedGraph> views, Tape tape, boolean training);

  /** The losses to minimize, by name; the runtime minimizes their sum. */
  Map<String, TaskLoss> losses();

  /**
   * The metrics to report (may be empty); each names the values it reports. The runtime computes
   * them every {@code training.metrics_every} epochs and on the last epoch, from that epoch's
   * last step.
   */
  List<TaskMetric> metrics();
}
