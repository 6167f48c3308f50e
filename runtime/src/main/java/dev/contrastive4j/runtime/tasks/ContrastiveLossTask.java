package dev.contrastive4j.runtime.tasks;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Corruptor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Predictions;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.corruptors.ShuffleFeaturesGlobally;
import dev.contrastive4j.runtime.layers.Activation;
import dev.contrastive4j.runtime.layers.Dense;
import dev.contrastive4j.runtime.readouts.ReadoutFirstNode;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The base of contrastive tasks, as TF-GNN's {@code ContrastiveLossTask}: {@link #preprocess}
 * makes a clean and a corrupted view, {@link #predict} reads both out, applies the optional
 * projector to both and hands them to the method's contrastive layer ({@link #contrast}).
 * Subclasses choose the contrastive layer, the pseudo-labels, the losses and the metrics.
 *
 * <p>As in TF-GNN: the views are (clean, corrupted), in that order, and the corruptor draws new
 * randomness on every {@code preprocess}, i.e. every training step; the projector is one
 * {@code Dense(units, relu)} with bias per entry of {@code projectorUnits}, shared by the
 * views, the last one ReLU too (the Barlow Twins and VICReg papers end theirs with a linear
 * layer); the losses see the projected views.
 *
 * <p>One deliberate difference: {@link Predictions#representations()} is the clean readout
 * before the projector (the output TF-GNN names {@code representations_layer_name}), and the
 * SVD metrics ({@code rankme}, {@code numerical_rank}, {@code coherence}) are taken of it.
 * TF-GNN takes them of what its metrics are given, the projected clean view. With a readout of
 * every node, before the projector is what the embeddings, and so the linear probe, use (they
 * are the encoder's node states, whatever the readout); the projector exists to
 * keep those from collapsing (arXiv:2304.12210), so that is where collapse is worth
 * measuring. Without a projector the two are the same.
 */
public abstract class ContrastiveLossTask implements Task, Replayable {
  private final TaskSettings settings;
  private final Corruptor corruptor;
  private final Corruptor cleanView;
  private final Readout readout;
  private final List<Dense> projector;
  private final long outputDim;

  /**
   * Creates the projector's parameters in {@code store}.
   *
   * @param settings the TF-GNN constructor parameters
   * @param store where the task's parameters live (the encoder's store, so that one
   *     optimizer updates both)
   * @param representationDim the width of the readout (the encoder's output width)
   */
  protected ContrastiveLossTask(TaskSettings settings, ParameterStore store,
      long representationDim) {
    this.settings = settings;
    this.corruptor = settings.corruptor() != null ? settings.corruptor()
        : new ShuffleFeaturesGlobally(settings.seed());
    this.cleanView = settings.cleanViewAugmentation() != null
        ? settings.cleanViewAugmentation() : Corruptor.identity();
    this.readout = settings.readout() != null ? settings.readout() : new ReadoutFirstNode();
    List<Dense> layers = new ArrayList<>();
    long width = representationDim;
    for (int i = 0; i < settings.projectorUnits().size(); i++) {
      int units = settings.projectorUnits().get(i);
      layers.add(new Dense(store, "task/projector_" + i, width, units, Activation.RELU, true));
      width = units;
    }
    this.projector = List.copyOf(layers);
    this.outputDim = width;
  }

  /** The settings this task was made with. */
  public TaskSettings settings() {
    return settings;
  }

  /** The width of the representations after the projector (the contrastive layer's input). */
  protected long projectedDim() {
    return outputDim;
  }

  /** The readout in use (the configured one, or {@code ReadoutFirstNode}). */
  public Readout readout() {
    return readout;
  }

  /** The clean view and the corrupted view, with {@link #pseudoLabels}. */
  @Override
  public Views preprocess(GraphTensor graph) {
    GraphTensor clean = cleanView.corrupt(graph);
    GraphTensor corrupted = corruptor.corrupt(graph);
    return new Views(List.of(clean, corrupted), pseudoLabels(graph));
  }

  /**
   * The labels the losses compare with. The default is TF-GNN's unused {@code [items, 0]}
   * array; Deep Graph Infomax overrides it.
   */
  protected INDArray pseudoLabels(GraphTensor graph) {
    return Nd4j.zeros(DataType.INT32, readout.count(graph, settings.nodeSetName()), 0);
  }

  /** The number of representation rows the readout gives for {@code graph}. */
  protected long items(GraphTensor graph) {
    return readout.count(graph, settings.nodeSetName());
  }

  @Override
  public Predictions predict(List<EncodedGraph> views, Tape tape, boolean training) {
    if (views.size() != 2) {
      throw new IllegalArgumentException(getClass().getSimpleName() + ".predict: expects the "
          + "clean and the corrupted view, got " + views.size() + " views");
    }
    Tensor representations = readView(views.get(0));
    Tensor clean = project(tape, representations);
    Tensor corrupted = project(tape, readView(views.get(1)));
    return new Predictions(contrast(tape, clean, corrupted), representations);
  }

  /** The readout of one encoded view. */
  protected Tensor readView(EncodedGraph view) {
    return readout.read(view, settings.nodeSetName(), settings.featureName());
  }

  /** The projector applied to representations (the identity without projector units). */
  protected Tensor project(Tape tape, Tensor representations) {
    Tensor x = representations;
    for (Dense layer : projector) {
      x = layer.apply(tape, x);
    }
    return x;
  }

  /** The augmentation of the first view (the identity unless configured). */
  protected Corruptor cleanView() {
    return cleanView;
  }

  /**
   * Skips the randomness of {@code calls} calls of {@link #preprocess}; each corruptor is
   * called once per preprocess.
   */
  @Override
  public void skipCalls(long calls) {
    Replayable.skip(cleanView, calls);
    Replayable.skip(corruptor, calls);
  }

  /** The corruptor in use (the configured one, or {@code ShuffleFeaturesGlobally}). */
  protected Corruptor corruptor() {
    return corruptor;
  }

  /**
   * The method's contrastive layer (TF-GNN's {@code make_contrastive_layer}): DGI's bilinear
   * logits, or the stacked views for Barlow Twins and VICReg.
   */
  protected abstract Tensor contrast(Tape tape, Tensor clean, Tensor corrupted);
}
