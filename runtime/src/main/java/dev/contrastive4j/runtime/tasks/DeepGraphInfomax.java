package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.layers.DeepGraphInfomaxLogits;
import dev.contrastive4j.runtime.layers.DgiDiscriminator;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Deep Graph Infomax (Veličković et al., 2019), as TF-GNN's {@code DeepGraphInfomaxTask}: a
 * bilinear discriminator scores clean and corrupted representations (after the projector, if
 * any) against a summary of the clean ones; the loss is binary cross-entropy from logits,
 * averaged over all {@code 2 · items} logits, as Keras' {@code BinaryCrossentropy}.
 *
 * <p>Predictions: logits {@code [items, 2]} (clean, corrupted) plus the clean
 * representations. Metrics: {@code binary_crossentropy}, {@code binary_accuracy} and the SVD
 * metrics of the representations ({@code rankme}, {@code numerical_rank}, {@code coherence},
 * {@code pseudo_condition_number}; see {@link ContrastiveLossTask} for which representations).
 *
 * <p>Deliberate differences from TF-GNN:
 *
 * <ul>
 *   <li>The clean view is labelled 1 and the corrupted view 0, the paper's and PyTorch
 *       Geometric's convention; TF-GNN labelled them so at first and now labels them (0, 1).
 *       Since {@code BCE(l, 0) = BCE(-l, 1)}, flipping the labels only flips the sign of the
 *       kernel the discriminator learns; the encoder's training is the same.
 *   <li>The summary is {@code sigmoid(mean)}, as in the paper; TF-GNN takes the plain mean (see
 *       {@link DeepGraphInfomaxLogits}).
 *   <li>{@code binary_accuracy} counts a logit above 0 (a probability above 0.5) as a vote
 *       for 1. TF-GNN hands the logits to Keras' {@code BinaryAccuracy()}, whose threshold 0.5
 *       is then compared with the logit itself, so its accuracy counts logits in (0, 0.5] as
 *       votes for 0.
 * </ul>
 */
public class DeepGraphInfomax extends ContrastiveLossTask {
  private final DeepGraphInfomaxLogits logits;

  /**
   * Creates the projector and discriminator parameters in {@code store}, the discriminator
   * {@link DgiDiscriminator#UNIFORM}. A plugin task ({@code @ContrastiveTask}) that lets
   * experiments choose it, as the built-in {@code dgi}'s {@code task.discriminator} does, takes
   * a {@code @Param("UNIFORM") DgiDiscriminator discriminator} and calls the four-argument
   * constructor instead.
   *
   * @param settings the TF-GNN constructor parameters
   * @param store where the task's parameters live (the encoder's store)
   * @param representationDim the width of the readout (the encoder's output width)
   */
  public DeepGraphInfomax(TaskSettings settings, ParameterStore store, long representationDim) {
    this(settings, store, representationDim, DgiDiscriminator.UNIFORM);
  }

  /**
   * Creates the projector and discriminator parameters in {@code store}, the discriminator as
   * {@code discriminator} says ({@code task.discriminator}).
   *
   * @param settings the TF-GNN constructor parameters
   * @param store where the task's parameters live (the encoder's store)
   * @param representationDim the width of the readout (the encoder's output width)
   * @param discriminator the discriminator's initialization and bias
   */
  public DeepGraphInfomax(TaskSettings settings, ParameterStore store, long representationDim,
      DgiDiscriminator discriminator) {
    super(settings, store, representationDim);
    this.logits = new DeepGraphInfomaxLogits(store, "task/dgi_logits", projectedDim(),
        discriminator);
  }

  /** {@code [items, 2]} rows of (1, 0): clean is real, corrupted is fake. */
  @Override
  protected INDArray pseudoLabels(GraphTensor graph) {
    long n = items(graph);
    INDArray labels = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, n, 2);
    labels.getColumn(0).assign(1.0);
    return labels;
  }

  @Override
  protected Tensor contrast(Tape tape, Tensor clean, Tensor corrupted) {
    return logits.apply(tape, clean, corrupted);
  }

  @Override
  public Map<String, TaskLoss> losses() {
    return Map.of("binary_crossentropy", (labels, predictions) -> {
      Tensor out = predictions.output();
      return Ops.binaryCrossEntropyWithLogits(out,
          out.tape().constant(labels.castTo(out.dataType())));
    });
  }

  @Override
  public List<TaskMetric> metrics() {
    return List.of(TaskMetrics.binaryCrossEntropyAndAccuracy(), TaskMetrics.allSvd());
  }
}
