package dev.contrastive4j.runtime.training;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.EncodedGraph;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Predictions;
import dev.contrastive4j.api.task.Replayable;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.api.task.TaskLoss;
import dev.contrastive4j.api.task.TaskMetric;
import dev.contrastive4j.api.task.Views;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.runtime.tensor.NonFiniteElement;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.ArrayList;
import org.bytedeco.javacpp.Pointer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs a task's steps on a graph: each epoch preprocess → encode every view → predict → losses
 * → backward → update, with early stopping on the training loss and the best epoch's
 * parameters restored at the end (as the DGI reference implementation does).
 *
 * <p>Full-batch by default: one step per epoch over the whole graph. With {@link
 * TrainingOptions#componentsPerBatch()}, one step per mini-batch of components ({@link
 * ComponentBatches}), taken in a new random order every epoch, seeded by {@link
 * TrainingOptions#seed()}, or in the graph's order with {@link
 * TrainingOptions#shuffleComponents()} false. The epoch's loss is then the mean of its steps'
 * losses, each weighted by the items (rows) of its batch, as Keras weighs an epoch's batches: the
 * mean over all items for a loss that is a mean per item (DGI's), while a loss that sums over its
 * batch (the triplet loss) or depends on the batch's size (Barlow Twins) has an epoch loss that
 * changes with the batch size, though epochs of one run still compare. The parameters kept for
 * the best epoch are those after its last step (in full batch: those the best loss was computed
 * with, before that step's update), since a mini-batch epoch's loss is known only then.
 */
public final class Trainer {
  private final TrainingOptions options;

  /** A trainer that trains as {@code options} say. */
  public Trainer(TrainingOptions options) {
    this.options = options;
  }

  /** How this trainer trains: how many epochs at most, and when it stops early. */
  public TrainingOptions options() {
    return options;
  }

  /**
   * Trains {@code encoder} (and the task's own parameters, all in {@code store}) on
   * {@code graph}.
   *
   * @throws DivergenceException if the predictions, a loss or a gradient stop being finite; the
   *     store then holds the best parameters so far
   * @throws TooFewRowsException if a step gives the task fewer representation rows than it
   *     needs; the store then holds the parameters the steps before it trained
   * @throws IllegalArgumentException if {@code optimizer} updates another store than
   *     {@code store}, which would train nothing
   */
  public TrainingResult train(GraphTensor graph, Encoder encoder, Task task,
      ParameterStore store, Optimizer optimizer, EpochListener listener) {
    return train(graph, encoder, task, store, optimizer, listener, TrainingProgress.start());
  }

  /** As {@link #train(GraphTensor, Encoder, Task, ParameterStore, Optimizer, EpochListener)},
   * continuing from {@code progress} (a resumed run). */
  public TrainingResult train(GraphTensor graph, Encoder encoder, Task task,
      ParameterStore store, Optimizer optimizer, EpochListener listener,
      TrainingProgress progress) {
    if (!optimizer.updates(store)) {
      throw new IllegalArgumentException("the optimizer updates the parameters of another "
          + "parameter store than the one given, so training would change nothing; make the "
          + "optimizer with this store");
    }
    List<EpochResult> epochs = new ArrayList<>(progress.epochs());
    double bestLoss = progress.bestLoss();
    int bestEpoch = progress.bestEpoch();
    int sinceBest = progress.epochsSinceBest();
    Map<String, INDArray> best = progress.bestParameters().isEmpty() ? snapshot(store)
        : new LinkedHashMap<>(progress.bestParameters());
    // A run resumed from the checkpoint of a run that early stopping ended trains no further,
    // as the uninterrupted run did not.
    boolean stoppedEarly = progress.outOfPatience(options.patience());
    int perBatch = options.componentsPerBatch();
    boolean fullBatch = perBatch == 0 || graph.numComponents() <= perBatch;
    int steps = fullBatch ? 1 : ComponentBatches.count(graph.numComponents(), perBatch);
    // The batches of every epoch where they do not change (the whole graph, or mini-batches
    // in the graph's order): made once. Null for shuffled mini-batches.
    List<GraphTensor> fixedBatches = fullBatch ? List.of(graph)
        : options.shuffleComponents() ? null : ComponentBatches.split(graph, perBatch);
    int resumedEpochs = progress.epochs().size();
    // A resumed run draws the corruptions and dropout masks an uninterrupted run would.
    Replayable.skip(task, (long) resumedEpochs * steps);
    for (int epoch = resumedEpochs + 1; epoch <= options.epochs() && !stoppedEarly; epoch++) {
      optimizer.setEpoch(epoch - 1);
      long start = System.nanoTime();
      // Shuffled, mini-batches take the components in a new order each epoch, so that a data
      // set stored sorted (by class, say) does not give batches of one kind; counted in the
      // epoch's time.
      List<GraphTensor> batches = fixedBatches != null ? fixedBatches
          : ComponentBatches.split(graph, perBatch,
              ComponentBatches.shuffledOrder(graph.numComponents(), options.seed(), epoch));
      Map<String, Double> weightedLosses = new LinkedHashMap<>();
      double items = 0;
      Step last = null;
      boolean improved = false;
      int stepOfEpoch = 0;
      for (GraphTensor batch : batches) {
        Step step = forwardBackward(batch, encoder, task, epoch, ++stepOfEpoch,
            epoch == resumedEpochs + 1 && last == null ? (long) resumedEpochs * steps : 0);
        if (step.diverged() != null) {
          restore(store, best);
          throw new DivergenceException(epoch, step.diverged());
        }
        String bad = firstNonFiniteGradient(store);
        if (bad != null) {
          restore(store, best);
          throw new DivergenceException(epoch, "the gradient of parameter '" + bad
              + "' is not finite");
        }
        // Each batch weighs as many items as it has (as Keras weighs the batches of an epoch),
        // so that the epoch's loss of a per-item mean is the mean over all its items.
        double weight = fullBatch ? 1 : step.items();
        step.losses().forEach((k, v) -> weightedLosses.merge(k, v * weight, Double::sum));
        items += weight;
        if (fullBatch) {
          double loss = step.total();
          improved = loss < bestLoss - options.minDelta();
          if (improved) {
            // The loss was computed with the parameters before this step's update: keep those.
            bestLoss = loss;
            best = snapshot(store);
          }
        }
        optimizer.step();
        releaseNativeGarbage();
        last = step;
      }
      Map<String, Double> lossValues = new LinkedHashMap<>();
      double epochItems = items;
      weightedLosses.forEach((k, v) -> lossValues.put(k, v / epochItems));
      double lossValue = lossValues.values().stream().mapToDouble(Double::doubleValue).sum();
      if (!fullBatch) {
        // Mini-batches: the epoch's loss is known after its steps; keep the parameters then.
        improved = lossValue < bestLoss - options.minDelta();
        if (improved) {
          bestLoss = lossValue;
          best = snapshot(store);
        }
      }
      if (improved) {
        bestEpoch = epoch;
        sinceBest = 0;
      } else {
        sinceBest++;
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      stoppedEarly = TrainingProgress.outOfPatience(sinceBest, options.patience());

      Map<String, Double> metrics = new LinkedHashMap<>();
      // Every metricsEvery epochs and on the last, whether the epoch budget or early stopping
      // makes it the last.
      if (epoch % options.metricsEvery() == 0 || epoch == options.epochs() || stoppedEarly) {
        // On mini-batches, the metrics of the epoch's last batch.
        INDArray labels = last.views().pseudoLabels();
        INDArray output = last.predictions().output().value();
        INDArray representations = last.predictions().representations().value();
        for (TaskMetric metric : task.metrics()) {
          metrics.putAll(metric.apply(labels, output, representations));
        }
      }
      EpochResult result = new EpochResult(epoch, lossValue, lossValues, metrics, seconds);
      epochs.add(result);
      listener.epochFinished(result, improved,
          new TrainingProgress(epochs, bestLoss, bestEpoch, sinceBest, best));
    }
    Map<String, INDArray> last = snapshot(store);
    restore(store, best);
    return new TrainingResult(epochs, bestEpoch, bestLoss, stoppedEarly,
        new TrainingProgress(epochs, bestLoss, bestEpoch, sinceBest, best), last);
  }

  /**
   * One step's views, predictions and loss values; {@code items} is the number of items its
   * losses average over (the rows of the pseudo-labels, Keras' batch size); {@code diverged}
   * names a bad loss.
   */
  private record Step(Views views, Predictions predictions, Map<String, Double> losses,
      double total, long items, String diverged) {}

  /**
   * Preprocess, encode every view, predict, compute the losses and run the backward pass on
   * one graph (or batch), step {@code step} of {@code epoch}. {@code skipEncoderCalls} replays
   * the encoder's randomness when a run resumes.
   */
  private static Step forwardBackward(GraphTensor graph, Encoder encoder, Task task, int epoch,
      int step, long skipEncoderCalls) {
    Tape tape = new Tape();
    Views views = task.preprocess(graph);
    Replayable.skip(encoder, skipEncoderCalls * views.graphs().size());
    List<EncodedGraph> encoded = new ArrayList<>();
    for (GraphTensor view : views.graphs()) {
      encoded.add(encoder.encode(view, tape, true));
    }
    Predictions predictions = task.predict(encoded, tape, true);
    // Over fewer rows than the task needs its losses would not train. A run refuses a built-in
    // readout that would give some step too few before training; any readout is checked here,
    // a plugin's at the first step it reads too few (a count of the rows, so every step).
    long rows = predictions.representations().value().size(0);
    if (rows < task.minRowsPerStep()) {
      throw new TooFewRowsException(epoch, step, rows, "the task's readout", task,
          "the task " + task.getClass().getName());
    }
    Map<String, Double> lossValues = new LinkedHashMap<>();
    // Parameters an update made infinite (or a forward pass that overflowed) show up here first.
    // Losses that check their inputs (Barlow Twins, VICReg, triplet) would reject them with an
    // argument error rather than return a non-finite value, so this is where training diverges.
    Optional<NonFiniteElement> badOutput = NonFiniteElement.first(predictions.output().value());
    if (badOutput.isPresent()) {
      return new Step(views, predictions, lossValues, Double.NaN, items(views, graph),
          "the predictions are not finite (" + badOutput.get() + ")");
    }
    Tensor total = null;
    for (Map.Entry<String, TaskLoss> e : task.losses().entrySet()) {
      Tensor loss = e.getValue().apply(views.pseudoLabels(), predictions);
      double value = loss.item();
      if (!Double.isFinite(value)) {
        return new Step(views, predictions, lossValues, value, items(views, graph),
            "loss '" + e.getKey() + "' is " + value);
      }
      lossValues.put(e.getKey(), value);
      total = total == null ? loss : Ops.add(total, loss);
    }
    if (total == null) {
      throw new IllegalStateException(task.getClass().getSimpleName() + " has no losses");
    }
    tape.backward(total);
    double sum = lossValues.values().stream().mapToDouble(Double::doubleValue).sum();
    return new Step(views, predictions, lossValues, sum, items(views, graph), null);
  }

  /** The rows of the pseudo-labels, or the components of a task whose labels have no rows. */
  private static long items(Views views, GraphTensor graph) {
    INDArray labels = views.pseudoLabels();
    return labels != null && labels.rank() > 0 ? labels.size(0) : graph.numComponents();
  }

  /**
   * ND4J frees an array's native memory only when the garbage collector finds the array's Java
   * object, and those objects are small: without help a step's native garbage piles up (on
   * Cora about 150 MB per epoch). Once the process's resident memory passes JavaCPP's
   * off-heap limit (the heap size by default), collect. Counted in the epoch's time.
   */
  private static void releaseNativeGarbage() {
    long resident = Pointer.physicalBytes();
    if (shouldCollect(resident, Pointer.maxBytes(), residentAfterCollection.get())) {
      System.gc();
      residentAfterCollection.set(Pointer.physicalBytes());
    }
  }

  /**
   * The process's resident memory right after the last collection {@link #releaseNativeGarbage}
   * asked for (0 before the first); shared by the trainers of a JVM, as the memory is.
   */
  private static final AtomicLong residentAfterCollection = new AtomicLong();

  /**
   * Whether to collect: resident memory over the limit, and grown by a quarter of the limit
   * since the last collection. Without the second condition a process whose memory stays over
   * the limit whatever is collected (a heap committed and touched in full, {@code -Xms} equal to
   * {@code -Xmx}) stopped the whole JVM for a full collection on every step.
   */
  static boolean shouldCollect(long resident, long limit, long residentAfterLast) {
    return limit > 0 && resident > limit && resident - residentAfterLast > limit / 4;
  }

  private static Map<String, INDArray> snapshot(ParameterStore store) {
    Map<String, INDArray> copy = new LinkedHashMap<>();
    for (Parameter p : store) {
      copy.put(p.name(), p.value().dup());
    }
    return copy;
  }

  private static void restore(ParameterStore store, Map<String, INDArray> values) {
    for (Parameter p : store) {
      INDArray v = values.get(p.name());
      if (v != null) {
        p.assign(v);
      }
    }
  }

  private static String firstNonFiniteGradient(ParameterStore store) {
    for (Parameter p : store) {
      INDArray g = p.gradient();
      if (g != null && NonFiniteElement.first(g).isPresent()) {
        return p.name();
      }
    }
    return null;
  }
}
