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

  /**
   * The fewest representation rows (rows of the readout) one training step needs for the losses
   * to train; 1 by default. A loss that takes statistics over the rows needs 2, since over one
   * row they are constant and nothing trains: Barlow Twins' standardization of each dimension
   * makes every value 0, VICReg's variance and covariance terms do not move. A task that
   * composes such a loss declares it here. When a run is built, a built-in readout with a data
   * set or mini-batches that would give some step fewer rows is refused at {@code task.readout},
   * with {@link #minRowsPerStepReason()}, rather than trained without a word: a readout of one
   * row per component ({@code first-node}, {@code pool}) on few components or in small
   * mini-batches, and every node ({@code all-nodes}) on a graph of fewer nodes or in
   * mini-batches that may draw graphs of one node. The rows of any other readout (a plugin's)
   * are known only when it reads: training stops at the first step that has fewer, with the
   * same reason, before that step's update.
   */
  default int minRowsPerStep() {
    return 1;
  }

  /**
   * What becomes of the losses over fewer than {@link #minRowsPerStep()} rows, and what to set
   * in the task instead: the middle of the messages that refuse such a run or stop its
   * training, for example {@code
   * "my loss standardizes each dimension over the rows, so over one row it is constant; set
   * standardize to false"}. Leave the readout and the mini-batches out of it: the message goes
   * on with what in them would give a step more rows (reading every node suits a readout of one
   * row per component, not {@code all-nodes} itself). Empty by default, and the message then
   * names the task's class and the rows it declares.
   */
  default String minRowsPerStepReason() {
    return "";
  }
}
