package dev.contrastive4j.runtime.tensor;

import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ParameterException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.IUpdater;

/**
 * Applies ND4J updaters ({@link org.nd4j.linalg.learning.config.Adam}, {@link
 * org.nd4j.linalg.learning.config.Sgd}, ...) to the parameters of a {@link ParameterStore}, with
 * one updater state per parameter (made when the parameter first has a gradient), plus optional
 * {@link WeightDecay}.
 *
 * <p>Typical step: build a {@link Tape}, compute the loss, {@link Tape#backward}, then {@link
 * #step()}, which applies and then clears every parameter's gradient.
 */
public final class Optimizer {
  private final ParameterStore store;
  private final IUpdater updater;
  private final WeightDecay weightDecay;
  private final Map<Parameter, GradientUpdater<?>> states = new IdentityHashMap<>();
  // The flat state array behind each updater (Adam's two moments), for checkpoints.
  private final Map<Parameter, INDArray> stateViews = new IdentityHashMap<>();
  private int iteration;
  private int epoch;

  /** An optimizer without weight decay. */
  public Optimizer(ParameterStore store, IUpdater updater) {
    this(store, updater, WeightDecay.none());
  }

  /**
   * An optimizer.
   *
   * @param store the parameters to update (including any added later)
   * @param updater the ND4J updater configuration; copied, so later changes to it have no effect
   * @param weightDecay the weight decay
   */
  public Optimizer(ParameterStore store, IUpdater updater, WeightDecay weightDecay) {
    this.store = Objects.requireNonNull(store, "store");
    this.updater = Objects.requireNonNull(updater, "updater").clone();
    this.weightDecay = Objects.requireNonNull(weightDecay, "weightDecay");
  }

  /**
   * Updates every parameter that has a gradient, then clears its gradient; parameters without one
   * are left alone (their updater state does not advance). Counts one iteration.
   *
   * <p>The iteration passed to the updater is the optimizer's, shared by all parameters: it
   * drives learning-rate schedules and Adam's bias correction alike (ND4J's updaters take one
   * count for both). A parameter that gets its first gradient late is therefore corrected as if
   * it had been updated from the first step (PyTorch's Adam counts steps per parameter). The
   * built-in tasks give every parameter a gradient on every step, where the two agree.
   */
  public void step() {
    for (Parameter p : store) {
      INDArray gradient = p.gradient();
      if (gradient == null) {
        continue;
      }
      long n = p.length();
      // The gradient is ours (the tape hands parameters their own copy, in their data type),
      // so the updater may overwrite it with the update. ND4J updaters expect a [1, n] row.
      INDArray row = gradient.ordering() == 'c' && !gradient.isView()
          ? gradient.reshape('c', 1, n)
          : gradient.dup('c').reshape('c', 1, n);
      INDArray value = p.value();
      boolean decay = weightDecay.appliesTo(p);
      if (decay && weightDecay.mode() == WeightDecay.Mode.L2) {
        row.addi(value.reshape('c', 1, n).mul(weightDecay.coefficient()));
      }
      stateOf(p).applyUpdater(row, iteration, epoch);
      if (decay && weightDecay.mode() == WeightDecay.Mode.DECOUPLED) {
        double lr = updater.hasLearningRate() ? updater.getLearningRate(iteration, epoch) : 1.0;
        value.muli(1.0 - lr * weightDecay.coefficient());
      }
      value.subi(row.reshape('c', p.shape()));
      p.clearGradient();
    }
    iteration++;
  }

  /** The number of steps taken (the iteration ND4J schedules and Adam's bias correction see). */
  public int iteration() {
    return iteration;
  }

  /** The epoch passed to the updater (for epoch-based learning-rate schedules). */
  public int epoch() {
    return epoch;
  }

  /** Sets the epoch passed to the updater. */
  public void setEpoch(int epoch) {
    this.epoch = epoch;
  }

  /**
   * Whether this optimizer updates the parameters of {@code store} (is the optimizer of that very
   * store): an optimizer of another store would leave them untrained.
   */
  public boolean updates(ParameterStore store) {
    return this.store == store;
  }

  /** A copy of the updater configuration. */
  public IUpdater updater() {
    return updater.clone();
  }

  /** The weight decay, {@link WeightDecay#none()} when none was given; never null. */
  public WeightDecay weightDecay() {
    return weightDecay;
  }

  private GradientUpdater<?> stateOf(Parameter p) {
    return states.computeIfAbsent(p, key -> {
      long size = updater.stateSize(key.length());
      INDArray view = size > 0 ? Nd4j.zeros(key.dataType(), 1, size) : null;
      if (view != null) {
        stateViews.put(key, view);
      }
      return updater.instantiate(view, true);
    });
  }

  /**
   * The updater state of every parameter that has one (for Adam, both moments in one flat
   * array), by parameter name: what a checkpoint needs, with {@link #iteration()}, to continue
   * exactly.
   */
  public Map<String, INDArray> stateArrays() {
    Map<String, INDArray> out = new java.util.LinkedHashMap<>();
    for (Parameter p : store) {
      INDArray view = stateViews.get(p);
      if (view != null) {
        out.put(p.name(), view.dup());
      }
    }
    return out;
  }

  /**
   * Restores the state {@link #stateArrays()} returned and the step count.
   *
   * @throws ParameterException for an unknown parameter name or a state of the wrong size
   */
  public void restore(Map<String, INDArray> stateArrays, int iterationCount) {
    for (Map.Entry<String, INDArray> e : stateArrays.entrySet()) {
      Parameter p = store.get(e.getKey());
      long size = updater.stateSize(p.length());
      if (e.getValue().length() != size) {
        throw new ParameterException("optimizer state of parameter '" + p.name() + "' has "
            + e.getValue().length() + " values, the updater needs " + size);
      }
      INDArray view = e.getValue().castTo(p.dataType()).reshape('c', 1, size).dup('c');
      stateViews.put(p, view);
      states.put(p, updater.instantiate(view, false));
    }
    this.iteration = iterationCount;
  }
}
