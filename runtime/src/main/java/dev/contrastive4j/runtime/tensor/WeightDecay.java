package dev.contrastive4j.runtime.tensor;

import dev.contrastive4j.api.tensor.Parameter;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Weight decay for the {@link Optimizer}, in one of two meanings:
 *
 * <ul>
 *   <li>{@link Mode#L2} (coupled; {@code torch.optim.Adam(weight_decay=...)}, the DGI default):
 *       {@code grad += coefficient * param} before the updater sees the gradient, so adaptive
 *       updaters rescale it;
 *   <li>{@link Mode#DECOUPLED} ({@code torch.optim.AdamW}): {@code param -= lr * coefficient *
 *       param} beside the updater's step, with the updater's current learning rate (or 1 for
 *       updaters without one).
 * </ul>
 *
 * It applies to the parameters the filter accepts (all by default).
 */
public final class WeightDecay {
  /** How the decay enters the update. */
  public enum Mode {
    /** Coupled: added to the gradient. */
    L2,
    /** Decoupled: shrinks the parameter directly. */
    DECOUPLED
  }

  private static final WeightDecay NONE = new WeightDecay(0.0, Mode.L2, p -> false);

  private final double coefficient;
  private final Mode mode;
  private final Predicate<Parameter> appliesTo;

  private WeightDecay(double coefficient, Mode mode, Predicate<Parameter> appliesTo) {
    if (!(coefficient >= 0) || Double.isInfinite(coefficient)) {
      throw new IllegalArgumentException(
          "weight decay coefficient must be finite and >= 0, got " + coefficient);
    }
    this.coefficient = coefficient;
    this.mode = Objects.requireNonNull(mode, "mode");
    this.appliesTo = Objects.requireNonNull(appliesTo, "appliesTo");
  }

  /** No weight decay. */
  public static WeightDecay none() {
    return NONE;
  }

  /**
   * Coupled (L2) decay: {@code grad += coefficient * param}. A coefficient that is negative, NaN
   * or infinite is refused with an {@link IllegalArgumentException}; 0 changes nothing.
   */
  public static WeightDecay l2(double coefficient) {
    return new WeightDecay(coefficient, Mode.L2, p -> true);
  }

  /**
   * Decoupled decay: {@code param -= lr * coefficient * param}. A coefficient that is negative,
   * NaN or infinite is refused with an {@link IllegalArgumentException}; 0 changes nothing.
   */
  public static WeightDecay decoupled(double coefficient) {
    return new WeightDecay(coefficient, Mode.DECOUPLED, p -> true);
  }

  /** The same decay restricted to parameters the filter accepts, e.g. to exclude biases. */
  public WeightDecay onlyFor(Predicate<Parameter> filter) {
    Objects.requireNonNull(filter, "filter");
    return new WeightDecay(coefficient, mode, appliesTo.and(filter));
  }

  /** The coefficient, finite and at least 0; 0 (as for {@link #none()}) changes nothing. */
  public double coefficient() {
    return coefficient;
  }

  /** How the decay enters the update ({@link Mode#L2} for {@link #none()}). */
  public Mode mode() {
    return mode;
  }

  /** Whether this decay changes the given parameter. */
  public boolean appliesTo(Parameter parameter) {
    return coefficient > 0 && appliesTo.test(parameter);
  }

  @Override
  public String toString() {
    return coefficient == 0
        ? "WeightDecay[none]"
        : "WeightDecay[" + mode + ", " + coefficient + "]";
  }
}
