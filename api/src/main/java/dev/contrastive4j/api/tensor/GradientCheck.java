package dev.contrastive4j.api.tensor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Compares the tape's analytic gradients with float64 central differences, element by element (or
 * on a seeded sample of elements for large arrays). The difference quotient is the fourth-order
 * central one, {@code (8 (f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / 12h}: its truncation error is
 * O(h^4), so h can be large enough (1e-4) that rounding in f stays far below a 1e-6 relative
 * tolerance even for small gradients of a large sum. Kinks (relu at 0) must be further than 2h from
 * the checked values. The error of one element is {@code |a - n| / max(|a|, |n|, floor)}; the
 * result reports the largest.
 *
 * <p>Inputs must be {@link DataType#DOUBLE}. The function must be deterministic (use fixed dropout
 * seeds); it is evaluated once on a recording tape and four times per checked element on an {@link
 * Tape#inference()} tape.
 */
public final class GradientCheck {
  private GradientCheck() {}

  /**
   * Settings of a check.
   *
   * @param epsilon the step h
   * @param floor the smallest denominator of the relative error, so gradients near zero are
   *     compared absolutely
   * @param maxElementsPerInput elements checked per input; larger inputs are sampled
   * @param seed the seed of the sample
   */
  public record Options(double epsilon, double floor, int maxElementsPerInput, long seed) {
    /**
     * Refuses, with an {@link IllegalArgumentException}, an {@code epsilon} or {@code floor} that
     * is not greater than 0 (NaN included) and a {@code maxElementsPerInput} below 1.
     */
    public Options {
      if (!(epsilon > 0) || !(floor > 0) || maxElementsPerInput < 1) {
        throw new IllegalArgumentException("gradient check: epsilon and floor must be > 0 and"
            + " maxElementsPerInput >= 1, got " + epsilon + ", " + floor + ", "
            + maxElementsPerInput);
      }
    }

    /** h = 1e-4, floor = 1e-6, up to 400 elements per input, seed 42. */
    public static Options defaults() {
      return new Options(1e-4, 1e-6, 400, 42L);
    }

    /** The same options with another step. */
    public Options withEpsilon(double value) {
      return new Options(value, floor, maxElementsPerInput, seed);
    }

    /** The same options with another floor. */
    public Options withFloor(double value) {
      return new Options(epsilon, value, maxElementsPerInput, seed);
    }

    /** The same options with another per-input element budget. */
    public Options withMaxElementsPerInput(int value) {
      return new Options(epsilon, floor, value, seed);
    }
  }

  /**
   * The outcome of a check.
   *
   * @param maxRelativeError the largest relative error over all checked elements (NaN if any
   *     gradient was NaN)
   * @param checkedElements how many elements were compared
   * @param worst where the largest error occurred, with both values
   */
  public record Result(double maxRelativeError, int checkedElements, String worst) {
    /** Whether the largest error is below the tolerance (false for NaN). */
    public boolean passes(double tolerance) {
      return maxRelativeError < tolerance;
    }

    @Override
    public String toString() {
      return "max relative error " + maxRelativeError + " over " + checkedElements
          + " elements; worst at " + worst;
    }
  }

  /** Checks the gradients of {@code f} with respect to each input, with default options. */
  public static Result check(Function<List<Tensor>, Tensor> f, INDArray... inputs) {
    return check(f, List.of(inputs), Options.defaults());
  }

  /**
   * Checks the gradients of {@code f} with respect to each input. The inputs are copied; {@code f}
   * receives them as leaves of the tape it should record on and returns a one-element loss.
   */
  public static Result check(Function<List<Tensor>, Tensor> f, List<INDArray> inputs,
      Options options) {
    Objects.requireNonNull(f, "f");
    List<INDArray> arrays = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      arrays.add(requireDouble("input " + i, inputs.get(i)).dup('c'));
    }
    Tape tape = new Tape();
    List<Tensor> leaves = new ArrayList<>();
    for (INDArray a : arrays) {
      leaves.add(tape.leaf(a));
    }
    tape.backward(scalar(f.apply(leaves)));
    List<INDArray> analytic = new ArrayList<>();
    for (int i = 0; i < arrays.size(); i++) {
      INDArray g = leaves.get(i).grad();
      analytic.add(g != null ? g : Nd4j.zeros(DataType.DOUBLE, arrays.get(i).shape()));
    }
    Function<Tape, Double> forward = t -> {
      List<Tensor> constants = new ArrayList<>();
      for (INDArray a : arrays) {
        constants.add(t.constant(a));
      }
      return scalar(f.apply(constants)).item();
    };
    List<String> names = new ArrayList<>();
    for (int i = 0; i < arrays.size(); i++) {
      names.add("input " + i);
    }
    return compare(names, arrays, analytic, forward, options);
  }

  /** Checks the gradients of a loss with respect to the given parameters, default options. */
  public static Result check(Iterable<Parameter> parameters, Function<Tape, Tensor> loss) {
    return check(parameters, loss, Options.defaults());
  }

  /**
   * Checks the gradients of a loss with respect to float64 parameters (for example every
   * parameter of the runtime's {@code ParameterStore}, which is iterable). {@code loss}
   * builds the loss on the tape it is given (binding parameters with {@link Tape#param}). The
   * parameters' values are perturbed in place and restored exactly; their gradients are cleared.
   */
  public static Result check(Iterable<Parameter> parameters, Function<Tape, Tensor> loss,
      Options options) {
    Objects.requireNonNull(parameters, "parameters");
    Objects.requireNonNull(loss, "loss");
    List<Parameter> params = new ArrayList<>();
    parameters.forEach(params::add);
    List<String> names = new ArrayList<>();
    List<INDArray> arrays = new ArrayList<>();
    for (Parameter p : params) {
      names.add("parameter '" + p.name() + "'");
      arrays.add(requireDouble("parameter '" + p.name() + "'", p.value()));
    }
    params.forEach(Parameter::clearGradient);
    Tape tape = new Tape();
    tape.backward(scalar(loss.apply(tape)));
    List<INDArray> analytic = new ArrayList<>();
    for (Parameter p : params) {
      INDArray g = p.gradient();
      analytic.add(g != null ? g : Nd4j.zeros(DataType.DOUBLE, p.shape()));
    }
    params.forEach(Parameter::clearGradient);
    return compare(names, arrays, analytic, t -> scalar(loss.apply(t)).item(), options);
  }

  private static Result compare(List<String> names, List<INDArray> arrays,
      List<INDArray> analytic, Function<Tape, Double> forward, Options options) {
    double worstError = 0;
    String worst = "nothing checked";
    int checked = 0;
    for (int i = 0; i < arrays.size(); i++) {
      INDArray a = arrays.get(i);
      INDArray g = analytic.get(i).castTo(DataType.DOUBLE).dup('c');
      for (long k : sample(a.length(), options.maxElementsPerInput(), options.seed() + i)) {
        double original = a.getDouble(k);
        double h = options.epsilon();
        double plus1 = evaluateAt(a, k, original + h, forward);
        double minus1 = evaluateAt(a, k, original - h, forward);
        double plus2 = evaluateAt(a, k, original + 2 * h, forward);
        double minus2 = evaluateAt(a, k, original - 2 * h, forward);
        a.putScalar(k, original);
        double numeric = (8 * (plus1 - minus1) - (plus2 - minus2)) / (12 * h);
        double exact = g.getDouble(k);
        double error = Math.abs(exact - numeric)
            / Math.max(Math.max(Math.abs(exact), Math.abs(numeric)), options.floor());
        checked++;
        if (checked == 1 || Double.isNaN(error) || error > worstError) {
          worstError = error;
          worst = names.get(i) + " element " + k + " of shape " + Broadcast.format(a.shape())
              + ": analytic " + exact + ", numeric " + numeric;
          if (Double.isNaN(error)) {
            return new Result(error, checked, worst);
          }
        }
      }
    }
    return new Result(worstError, checked, worst);
  }

  private static double evaluateAt(INDArray a, long k, double value,
      Function<Tape, Double> forward) {
    a.putScalar(k, value);
    return forward.apply(Tape.inference());
  }

  /** All indices when they fit the budget, else a seeded sample without repeats. */
  private static long[] sample(long length, int budget, long seed) {
    if (length <= budget) {
      long[] all = new long[(int) length];
      for (int k = 0; k < all.length; k++) {
        all[k] = k;
      }
      return all;
    }
    java.util.Random random = new java.util.Random(seed);
    Set<Long> picked = new LinkedHashSet<>();
    while (picked.size() < budget) {
      picked.add((long) (random.nextDouble() * length));
    }
    return picked.stream().mapToLong(Long::longValue).toArray();
  }

  private static INDArray requireDouble(String what, INDArray a) {
    Objects.requireNonNull(a, what);
    if (a.dataType() != DataType.DOUBLE) {
      throw new IllegalArgumentException(
          "gradient check needs float64 values; " + what + " is " + a.dataType());
    }
    return a;
  }

  private static Tensor scalar(Tensor t) {
    Objects.requireNonNull(t, "the checked function returned null");
    if (t.length() != 1) {
      throw new ShapeMismatchException("gradient check: the function must return one element, got"
          + " shape " + Broadcast.format(t.shape()));
    }
    return t;
  }
}
