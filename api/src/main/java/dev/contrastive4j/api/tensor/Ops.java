package dev.contrastive4j.api.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.Gather;
import org.nd4j.linalg.api.ops.impl.transforms.segment.UnsortedSegmentSum;
import org.nd4j.linalg.api.ops.random.impl.UniformDistribution;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The differentiable operations of the tape, as static functions meant for static import:
 * {@code mean(square(sub(matmul(x, w), y)))}. Each computes its value with ND4J and records its
 * backward on the tape of its inputs (inputs of one operation must share a tape). Elementwise
 * binary operations broadcast by NumPy rules and their backward sums over broadcast axes. Axes may
 * be negative (counted from the end). Shape errors throw {@link ShapeMismatchException} naming the
 * operation and the shapes; inputs of one operation from different tapes, or of different data
 * types, throw {@link IllegalArgumentException}.
 *
 * <p>Operations with their own backward (graph kernels, losses) are added with {@link
 * Tape#record}, not here.
 */
public final class Ops {
  private Ops() {}

  // ---------------------------------------------------------------- linear algebra

  /** The matrix product {@code a · b} of two rank-2 tensors. */
  public static Tensor matmul(Tensor a, Tensor b) {
    return matmul(a, b, false, false);
  }

  /**
   * The matrix product {@code op(a) · op(b)} where {@code op} transposes when asked, without
   * materializing the transposes.
   */
  public static Tensor matmul(Tensor a, Tensor b, boolean transposeA, boolean transposeB) {
    String op = "matmul";
    Tape tape = tapeOf(op, a, b);
    if (a.rank() != 2 || b.rank() != 2) {
      throw new ShapeMismatchException(op + ": needs two rank-2 tensors, got shapes "
          + fmt(a.shape()) + " and " + fmt(b.shape()));
    }
    long innerA = transposeA ? a.size(0) : a.size(1);
    long innerB = transposeB ? b.size(1) : b.size(0);
    if (innerA != innerB) {
      throw new ShapeMismatchException(op + ": shapes " + fmt(a.shape())
          + (transposeA ? " (transposed)" : "") + " and " + fmt(b.shape())
          + (transposeB ? " (transposed)" : "") + " do not fit (inner dimensions " + innerA
          + " and " + innerB + ")");
    }
    sameType(op, a, b);
    INDArray av = a.value();
    INDArray bv = b.value();
    INDArray c = Nd4j.gemm(av, bv, transposeA, transposeB);
    return tape.record(op, c, List.of(a, b), (g, in) -> {
      if (in.needs(0)) {
        in.accumulate(0, transposeA
            ? Nd4j.gemm(bv, g, transposeB, true)
            : Nd4j.gemm(g, bv, false, !transposeB));
      }
      if (in.needs(1)) {
        in.accumulate(1, transposeB
            ? Nd4j.gemm(g, av, true, transposeA)
            : Nd4j.gemm(av, g, !transposeA, false));
      }
    });
  }

  // ---------------------------------------------------------------- elementwise, binary

  /** {@code a + b} with broadcasting. */
  public static Tensor add(Tensor a, Tensor b) {
    String op = "add";
    Tape tape = tapeOf(op, a, b);
    long[] shape = binaryShape(op, a, b);
    long[] sa = a.shape();
    long[] sb = b.shape();
    INDArray y = checked(op, a.value().add(b.value()), shape);
    return tape.record(op, y, List.of(a, b), (g, in) -> {
      if (in.needs(0)) {
        in.accumulate(0, Broadcast.reduceTo(g, sa));
      }
      if (in.needs(1)) {
        in.accumulate(1, Broadcast.reduceTo(g, sb));
      }
    });
  }

  /** {@code a - b} with broadcasting. */
  public static Tensor sub(Tensor a, Tensor b) {
    String op = "sub";
    Tape tape = tapeOf(op, a, b);
    long[] shape = binaryShape(op, a, b);
    long[] sa = a.shape();
    long[] sb = b.shape();
    INDArray y = checked(op, a.value().sub(b.value()), shape);
    return tape.record(op, y, List.of(a, b), (g, in) -> {
      if (in.needs(0)) {
        in.accumulate(0, Broadcast.reduceTo(g, sa));
      }
      if (in.needs(1)) {
        in.accumulate(1, Broadcast.reduceTo(g.neg(), sb));
      }
    });
  }

  /** {@code a * b} elementwise with broadcasting. */
  public static Tensor mul(Tensor a, Tensor b) {
    String op = "mul";
    Tape tape = tapeOf(op, a, b);
    long[] shape = binaryShape(op, a, b);
    INDArray av = a.value();
    INDArray bv = b.value();
    INDArray y = checked(op, av.mul(bv), shape);
    return tape.record(op, y, List.of(a, b), (g, in) -> {
      if (in.needs(0)) {
        in.accumulate(0, Broadcast.reduceTo(g.mul(bv), av.shape()));
      }
      if (in.needs(1)) {
        in.accumulate(1, Broadcast.reduceTo(g.mul(av), bv.shape()));
      }
    });
  }

  /** {@code a / b} elementwise with broadcasting. */
  public static Tensor div(Tensor a, Tensor b) {
    String op = "div";
    Tape tape = tapeOf(op, a, b);
    long[] shape = binaryShape(op, a, b);
    INDArray av = a.value();
    INDArray bv = b.value();
    long[] sa = av.shape();
    INDArray y = checked(op, av.div(bv), shape);
    return tape.record(op, y, List.of(a, b), (g, in) -> {
      if (in.needs(0)) {
        in.accumulate(0, Broadcast.reduceTo(g.div(bv), sa));
      }
      if (in.needs(1)) {
        // d(a/b)/db = -a/b^2 = -y/b
        in.accumulate(1, Broadcast.reduceTo(g.mul(y).divi(bv).negi(), bv.shape()));
      }
    });
  }

  /** {@code x + c} for a scalar {@code c}; a NaN {@code c} gives NaN. */
  public static Tensor add(Tensor x, double c) {
    return x.tape().record("addScalar", x.value().add(operand(x, c)), List.of(x),
        (g, in) -> in.accumulate(0, g));
  }

  /** {@code x * c} for a scalar {@code c}; a NaN {@code c} gives NaN. */
  public static Tensor mul(Tensor x, double c) {
    INDArray cv = operand(x, c);
    return x.tape().record("mulScalar", x.value().mul(cv), List.of(x),
        (g, in) -> in.accumulate(0, g.mul(cv)));
  }

  /**
   * {@code c} as a rank-0 array of {@code x}'s type: ND4J's scalar operations turn a NaN operand
   * into a number ({@code x.mul(Double.NaN)} is {@code x * 1e-5}), arrays keep it NaN, and the
   * arithmetic is otherwise the same.
   */
  private static INDArray operand(Tensor x, double c) {
    return Nd4j.scalar(x.dataType(), c);
  }

  // ---------------------------------------------------------------- elementwise, unary

  /** {@code -x}. */
  public static Tensor neg(Tensor x) {
    return x.tape().record("neg", x.value().neg(), List.of(x),
        (g, in) -> in.accumulate(0, g.neg()));
  }

  /** {@code e^x}. */
  public static Tensor exp(Tensor x) {
    INDArray y = Transforms.exp(x.value(), true);
    return x.tape().record("exp", y, List.of(x), (g, in) -> in.accumulate(0, g.mul(y)));
  }

  /**
   * The natural logarithm, with no clamp: {@code -Infinity} at 0 and NaN below, and the gradient
   * {@code 1/x} is infinite at 0. Keep {@code x} positive (add an epsilon) where it can reach 0.
   */
  public static Tensor log(Tensor x) {
    INDArray xv = x.value();
    return x.tape().record("log", Transforms.log(xv, true), List.of(x),
        (g, in) -> in.accumulate(0, g.div(xv)));
  }

  /**
   * The square root. Its gradient {@code 1 / (2 sqrt(x))} is infinite at 0, so where {@code x}
   * can be 0 add an epsilon first, as the runtime's VICReg variance term takes
   * {@code sqrt(var + 1e-4)}.
   */
  public static Tensor sqrt(Tensor x) {
    INDArray y = Transforms.sqrt(x.value(), true);
    return x.tape().record("sqrt", y, List.of(x),
        (g, in) -> in.accumulate(0, g.div(y).muli(0.5)));
  }

  /** {@code x^p} for a scalar exponent. */
  public static Tensor pow(Tensor x, double p) {
    INDArray xv = x.value();
    INDArray y = Transforms.pow(xv, p, true);
    return x.tape().record("pow", y, List.of(x), (g, in) -> {
      if (p == 0) {
        in.accumulate(0, Nd4j.zeros(xv.dataType(), xv.shape()));
      } else if (p == 1) {
        in.accumulate(0, g);
      } else if (p == 2) {
        in.accumulate(0, g.mul(xv).muli(2.0));
      } else {
        in.accumulate(0, g.mul(Transforms.pow(xv, p - 1, true)).muli(p));
      }
    });
  }

  /** {@code x * x}. */
  public static Tensor square(Tensor x) {
    INDArray xv = x.value();
    return x.tape().record("square", xv.mul(xv), List.of(x),
        (g, in) -> in.accumulate(0, g.mul(xv).muli(2.0)));
  }

  /** {@code max(x, 0)}; the gradient at 0 is 0. */
  public static Tensor relu(Tensor x) {
    INDArray xv = x.value();
    return x.tape().record("relu", Transforms.relu(xv, true), List.of(x),
        (g, in) -> in.accumulate(0, positive(xv).muli(g)));
  }

  /**
   * Parametric ReLU: {@code x} where {@code x > 0}, else {@code alpha * x}, with {@code alpha}
   * broadcast against {@code x} (per channel: shape {@code [C]} for {@code x} of shape {@code [N,
   * C]}). Differentiable in both.
   */
  public static Tensor prelu(Tensor x, Tensor alpha) {
    String op = "prelu";
    Tape tape = tapeOf(op, x, alpha);
    long[] shape = binaryShape(op, x, alpha);
    if (!Arrays.equals(shape, x.shape())) {
      throw new ShapeMismatchException(op + ": alpha of shape " + fmt(alpha.shape())
          + " must broadcast to the input's shape " + fmt(x.shape()) + " without enlarging it");
    }
    INDArray xv = x.value();
    INDArray av = alpha.value();
    // ND4J's native prelu op gives the same values but took 1.6 times as long on Cora's
    // [2708, 512] (and its backward op refuses inputs that long).
    INDArray positivePart = Transforms.relu(xv, true);
    // (x - relu(x)) * alpha + relu(x), in the negative part's array: one new array fewer.
    INDArray y = xv.sub(positivePart).muli(av).addi(positivePart);
    return tape.record(op, y, List.of(x, alpha), (g, in) -> {
      if (in.needs(0)) {
        // The slope, 1 where x > 0 and alpha elsewhere, as mask + (1 - mask) * alpha: exact.
        INDArray mask = positive(xv);
        in.accumulate(0, mask.rsub(1.0).muli(av).addi(mask).muli(g));
      }
      if (in.needs(1)) {
        INDArray negativePart = Transforms.min(xv, 0.0, true);
        in.accumulate(1, Broadcast.reduceTo(negativePart.muli(g), av.shape()));
      }
    });
  }


  /** The logistic sigmoid {@code 1 / (1 + e^-x)}. */
  public static Tensor sigmoid(Tensor x) {
    INDArray y = Transforms.sigmoid(x.value(), true);
    return x.tape().record("sigmoid", y, List.of(x),
        (g, in) -> in.accumulate(0, g.mul(y).muli(y.rsub(1.0))));
  }

  /** The hyperbolic tangent. */
  public static Tensor tanh(Tensor x) {
    INDArray y = Transforms.tanh(x.value(), true);
    return x.tape().record("tanh", y, List.of(x),
        (g, in) -> in.accumulate(0, g.mul(y.mul(y).rsubi(1.0))));
  }

  /** {@code log(sigmoid(x)) = min(x, 0) - log1p(e^-|x|)}, finite for any finite x. */
  public static Tensor logSigmoid(Tensor x) {
    INDArray xv = x.value();
    INDArray y = Transforms.min(xv, 0.0, true).subi(log1pExpNegAbs(xv));
    return x.tape().record("logSigmoid", y, List.of(x),
        (g, in) -> in.accumulate(0, g.mul(Transforms.sigmoid(xv.neg(), false))));
  }

  /** {@code log(1 + e^x) = max(x, 0) + log1p(e^-|x|)}, finite for any finite x. */
  public static Tensor softplus(Tensor x) {
    INDArray xv = x.value();
    INDArray y = Transforms.relu(xv, true).addi(log1pExpNegAbs(xv));
    return x.tape().record("softplus", y, List.of(x),
        (g, in) -> in.accumulate(0, g.mul(Transforms.sigmoid(xv, true))));
  }

  // ---------------------------------------------------------------- reductions

  /** The sum of all elements, as a rank-0 tensor. */
  public static Tensor sum(Tensor x) {
    INDArray xv = x.value();
    long[] shape = xv.shape();
    DataType type = xv.dataType();
    return x.tape().record("sum", xv.sum(), List.of(x),
        (g, in) -> in.accumulate(0, Nd4j.valueArrayOf(shape, g.getDouble(0), type)));
  }

  /** The sum over one axis, keeping it as size 1 when {@code keepDims}. */
  public static Tensor sum(Tensor x, int axis, boolean keepDims) {
    int ax = axis("sum", x, axis);
    INDArray xv = x.value();
    long[] shape = xv.shape();
    long[] kept = keptShape(shape, ax);
    return x.tape().record("sum", ColumnSums.sum(xv, ax, keepDims), List.of(x),
        (g, in) -> in.accumulate(0, expand(g, kept, shape)));
  }

  /** The mean of all elements, as a rank-0 tensor. */
  public static Tensor mean(Tensor x) {
    INDArray xv = x.value();
    long[] shape = xv.shape();
    DataType type = xv.dataType();
    double n = xv.length();
    return x.tape().record("mean", xv.mean(), List.of(x),
        (g, in) -> in.accumulate(0, Nd4j.valueArrayOf(shape, g.getDouble(0) / n, type)));
  }

  /** The mean over one axis, keeping it as size 1 when {@code keepDims}. */
  public static Tensor mean(Tensor x, int axis, boolean keepDims) {
    int ax = axis("mean", x, axis);
    INDArray xv = x.value();
    long[] shape = xv.shape();
    long[] kept = keptShape(shape, ax);
    double n = shape[ax];
    return x.tape().record("mean", ColumnSums.mean(xv, ax, keepDims), List.of(x),
        (g, in) -> in.accumulate(0, expand(g.div(n), kept, shape)));
  }

  /** The population variance (divisor N) of all elements, as a rank-0 tensor. */
  public static Tensor variance(Tensor x) {
    return variance(x, false);
  }

  /**
   * The variance of all elements, as a rank-0 tensor; divisor N, or N - 1 when {@code unbiased}.
   */
  public static Tensor variance(Tensor x, boolean unbiased) {
    INDArray xv = x.value();
    double divisor = xv.length() - (unbiased ? 1 : 0);
    return x.tape().record("variance", xv.var(unbiased), List.of(x), (g, in) -> {
      // The mean and g as arrays, not as doubles: ND4J's scalar ops turn a NaN operand into a
      // number.
      INDArray centered = xv.sub(xv.mean());
      in.accumulate(0, centered.muli(g.mul(2.0 / divisor)));
    });
  }

  /** The population variance (divisor N) over one axis, keeping it when {@code keepDims}. */
  public static Tensor variance(Tensor x, int axis, boolean keepDims) {
    return variance(x, axis, keepDims, false);
  }

  /**
   * The variance over one axis, keeping it as size 1 when {@code keepDims}; divisor N, or N - 1
   * when {@code unbiased}.
   */
  public static Tensor variance(Tensor x, int axis, boolean keepDims, boolean unbiased) {
    int ax = axis("variance", x, axis);
    INDArray xv = x.value();
    long[] shape = xv.shape();
    long[] kept = keptShape(shape, ax);
    double divisor = shape[ax] - (unbiased ? 1 : 0);
    INDArray y = xv.var(unbiased, ax);
    y = keepDims ? y.reshape('c', kept) : y;
    return x.tape().record("variance", y, List.of(x), (g, in) -> {
      // d var / d x_i = 2 (x_i - mean) / divisor; recomputed here rather than kept from forward.
      INDArray centered = xv.sub(ColumnSums.mean(xv, ax, true));
      in.accumulate(0, centered.mul(g.reshape('c', kept)).muli(2.0 / divisor));
    });
  }

  // ---------------------------------------------------------------- shape

  /** The transpose of a rank-2 tensor (a c-ordered copy). */
  public static Tensor transpose(Tensor x) {
    if (x.rank() != 2) {
      throw new ShapeMismatchException(
          "transpose: needs a rank-2 tensor, got shape " + fmt(x.shape()));
    }
    return x.tape().record("transpose", x.value().transpose().dup('c'), List.of(x),
        (g, in) -> in.accumulate(0, g.transpose()));
  }

  /** The axes reordered: output axis i is input axis {@code axes[i]} (a c-ordered copy). */
  public static Tensor permute(Tensor x, int... axes) {
    int rank = x.rank();
    int[] inverse = new int[rank];
    boolean[] seen = new boolean[rank];
    boolean valid = axes.length == rank;
    for (int i = 0; valid && i < rank; i++) {
      valid = axes[i] >= 0 && axes[i] < rank && !seen[axes[i]];
      if (valid) {
        seen[axes[i]] = true;
        inverse[axes[i]] = i;
      }
    }
    if (!valid) {
      throw new ShapeMismatchException("permute: " + Arrays.toString(axes)
          + " is not a permutation of the axes of shape " + fmt(x.shape()));
    }
    return x.tape().record("permute", x.value().permute(axes).dup('c'), List.of(x),
        (g, in) -> in.accumulate(0, g.permute(inverse)));
  }

  /** The elements in c order under a new shape; one dimension may be -1 (inferred). */
  public static Tensor reshape(Tensor x, long... shape) {
    long[] from = x.shape();
    long[] to = resolveShape(from, x.length(), shape);
    return x.tape().record("reshape", x.value().reshape('c', to), List.of(x),
        (g, in) -> in.accumulate(0, g.reshape('c', from)));
  }

  /** Joins tensors along an existing axis; all other dimensions must agree. */
  public static Tensor concat(int axis, List<Tensor> tensors) {
    String op = "concat";
    Tape tape = tapeOf(op, tensors.toArray(new Tensor[0]));
    Tensor first = tensors.get(0);
    int ax = axis(op, first, axis);
    long[] offsets = new long[tensors.size() + 1];
    for (int i = 0; i < tensors.size(); i++) {
      Tensor t = tensors.get(i);
      sameType(op, first, t);
      if (!sameExcept(first.shape(), t.shape(), ax)) {
        throw new ShapeMismatchException(op + ": shapes " + fmt(first.shape()) + " and "
            + fmt(t.shape()) + " (inputs 0 and " + i + ") differ outside axis " + ax);
      }
      offsets[i + 1] = offsets[i] + t.size(ax);
    }
    if (tensors.size() == 1) {
      return first;
    }
    INDArray y = Nd4j.concat(ax, values(tensors));
    return tape.record(op, y, tensors, (g, in) -> {
      for (int i = 0; i < offsets.length - 1; i++) {
        if (in.needs(i)) {
          in.accumulate(i, g.get(along(g.rank(), ax,
              NDArrayIndex.interval(offsets[i], offsets[i + 1]))).dup('c'));
        }
      }
    });
  }

  /** {@link #concat(int, List)} for an array of tensors. */
  public static Tensor concat(int axis, Tensor... tensors) {
    return concat(axis, List.of(tensors));
  }

  /**
   * Stacks tensors of one shape along a new axis (0 to rank): two {@code [N, D]} tensors stacked on
   * axis 1 give {@code [N, 2, D]}.
   */
  public static Tensor stack(int axis, List<Tensor> tensors) {
    String op = "stack";
    Tape tape = tapeOf(op, tensors.toArray(new Tensor[0]));
    Tensor first = tensors.get(0);
    int rank = first.rank();
    int ax = axis < 0 ? axis + rank + 1 : axis;
    if (ax < 0 || ax > rank) {
      throw new ShapeMismatchException(op + ": axis " + axis + " out of range for stacking shape "
          + fmt(first.shape()));
    }
    for (int i = 1; i < tensors.size(); i++) {
      Tensor t = tensors.get(i);
      sameType(op, first, t);
      if (!Arrays.equals(first.shape(), t.shape())) {
        throw new ShapeMismatchException(op + ": shapes " + fmt(first.shape()) + " and "
            + fmt(t.shape()) + " (inputs 0 and " + i + ") differ");
      }
    }
    INDArray y = Nd4j.stack(ax, values(tensors));
    int count = tensors.size();
    return tape.record(op, y, tensors, (g, in) -> {
      for (int i = 0; i < count; i++) {
        if (in.needs(i)) {
          in.accumulate(i, g.get(along(g.rank(), ax, NDArrayIndex.point(i))).dup('c'));
        }
      }
    });
  }

  /** {@link #stack(int, List)} for an array of tensors. */
  public static Tensor stack(int axis, Tensor... tensors) {
    return stack(axis, List.of(tensors));
  }

  /** Splits a tensor along an axis into its slices, the inverse of {@link #stack}. */
  public static List<Tensor> unstack(Tensor x, int axis) {
    int ax = axis("unstack", x, axis);
    INDArray xv = x.value();
    long[] shape = xv.shape();
    DataType type = xv.dataType();
    List<Tensor> out = new ArrayList<>();
    for (int i = 0; i < shape[ax]; i++) {
      INDArrayIndex[] at = along(shape.length, ax, NDArrayIndex.point(i));
      out.add(x.tape().record("unstack", xv.get(at).dup('c'), List.of(x), (g, in) -> {
        INDArray full = Nd4j.zeros(type, shape);
        full.put(at, g);
        in.accumulate(0, full);
      }));
    }
    return out;
  }

  /** Rows {@code from} (inclusive) to {@code to} (exclusive) along axis 0. */
  public static Tensor rows(Tensor x, long from, long to) {
    if (x.rank() < 1 || from < 0 || to < from || to > x.size(0)) {
      throw new ShapeMismatchException("rows: range [" + from + ", " + to
          + ") does not fit shape " + fmt(x.shape()));
    }
    INDArray xv = x.value();
    long[] shape = xv.shape();
    DataType type = xv.dataType();
    INDArrayIndex[] range = along(shape.length, 0, NDArrayIndex.interval(from, to));
    return x.tape().record("rows", xv.get(range).dup('c'), List.of(x), (g, in) -> {
      INDArray full = Nd4j.zeros(type, shape);
      full.put(range, g);
      in.accumulate(0, full);
    });
  }

  /**
   * Rows of {@code x} picked along axis 0 by an integer vector of indices (repeats allowed); the
   * backward adds each output row's gradient back to its source row.
   *
   * @throws ShapeMismatchException if an index is out of range or the indices are not an integer
   *     vector
   */
  public static Tensor gatherRows(Tensor x, INDArray indices) {
    String op = "gatherRows";
    if (x.rank() < 1) {
      throw new ShapeMismatchException(op + ": cannot gather rows of a rank-0 tensor");
    }
    // ND4J gives empty arrays rank 0, so an empty index list of any rank is accepted.
    if ((indices.rank() != 1 && !indices.isEmpty()) || !indices.dataType().isIntType()) {
      throw new ShapeMismatchException(op + ": indices must be an integer vector, got "
          + indices.dataType() + " of shape " + fmt(indices.shape()));
    }
    long rowCount = x.size(0);
    INDArray xv = x.value();
    long[] shape = xv.shape();
    DataType type = xv.dataType();
    long[] outShape = shape.clone();
    outShape[0] = indices.length();
    if (indices.length() == 0) {
      return x.tape().record(op, Nd4j.create(type, outShape), List.of(x),
          (g, in) -> in.accumulate(0, Nd4j.zeros(type, shape)));
    }
    long min = indices.minNumber().longValue();
    long max = indices.maxNumber().longValue();
    if (min < 0 || max >= rowCount) {
      long[] all = indices.toLongVector();
      for (int i = 0; i < all.length; i++) {
        if (all[i] < 0 || all[i] >= rowCount) {
          throw new ShapeMismatchException(op + ": index " + all[i] + " at position " + i
              + " is out of range for " + rowCount + " rows (shape " + fmt(shape) + ")");
        }
      }
    }
    INDArray idx =
        indices.dataType() == DataType.INT32 ? indices : indices.castTo(DataType.INT32);
    INDArray y = Nd4j.exec(new Gather(xv, idx, 0))[0].reshape('c', outShape);
    int segments = Math.toIntExact(rowCount);
    return x.tape().record(op, y, List.of(x), (g, in) ->
        in.accumulate(0, Nd4j.exec(new UnsortedSegmentSum(g, idx, segments))[0]));
  }

  /** {@link #gatherRows(Tensor, INDArray)} with Java indices. */
  public static Tensor gatherRows(Tensor x, int... indices) {
    return gatherRows(x, Nd4j.createFromArray(indices));
  }

  // ---------------------------------------------------------------- regularization

  /**
   * Inverted dropout: when training, zeroes each element with probability {@code rate} and scales
   * the rest by {@code 1 / (1 - rate)}; the identity (the same tensor) when not training or when
   * {@code rate} is 0. The mask depends only on {@code seed} and the shape, so the same seed gives
   * the same mask.
   *
   * @throws IllegalArgumentException if {@code rate} is not in [0, 1)
   */
  public static Tensor dropout(Tensor x, double rate, boolean training, long seed) {
    if (!(rate >= 0 && rate < 1)) {
      throw new IllegalArgumentException("dropout: rate must be in [0, 1), got " + rate);
    }
    if (!training || rate == 0) {
      return x;
    }
    INDArray xv = x.value();
    INDArray uniform = Nd4j.createUninitialized(xv.dataType(), xv.shape());
    // A generator of its own, so the mask depends on the seed only, not on other draws.
    Random random = Nd4j.getRandomFactory().getNewRandomInstance(seed);
    try {
      Nd4j.getExecutioner().exec(new UniformDistribution(uniform, 0.0, 1.0), random);
    } finally {
      close(random);
    }
    INDArray mask = uniform.gte(rate).castTo(xv.dataType()).divi(1.0 - rate);
    return x.tape().record("dropout", xv.mul(mask), List.of(x),
        (g, in) -> in.accumulate(0, g.mul(mask)));
  }

  // ---------------------------------------------------------------- losses

  /**
   * The mean over all elements of the binary cross-entropy between {@code sigmoid(logits)} and
   * {@code labels}, computed stably as {@code max(x, 0) - x z + log1p(e^-|x|)} (as
   * {@code tf.nn.sigmoid_cross_entropy_with_logits} followed by a mean). Finite for any finite
   * logits. Differentiable in both arguments; labels are usually constants.
   */
  public static Tensor binaryCrossEntropyWithLogits(Tensor logits, Tensor labels) {
    String op = "binaryCrossEntropyWithLogits";
    Tape tape = tapeOf(op, logits, labels);
    if (!Arrays.equals(logits.shape(), labels.shape())) {
      throw new ShapeMismatchException(op + ": logits of shape " + fmt(logits.shape())
          + " and labels of shape " + fmt(labels.shape()) + " differ");
    }
    sameType(op, logits, labels);
    INDArray x = logits.value();
    INDArray z = labels.value();
    double n = x.length();
    INDArray perElement = Transforms.relu(x, true).subi(x.mul(z)).addi(log1pExpNegAbs(x));
    INDArray y = perElement.mean();
    return tape.record(op, y, List.of(logits, labels), (g, in) -> {
      // g as an array, not as a double: ND4J's scalar ops turn a NaN operand into a number.
      INDArray scale = g.mul(1.0 / n);
      if (in.needs(0)) {
        in.accumulate(0, Transforms.sigmoid(x, true).subi(z).muli(scale));
      }
      if (in.needs(1)) {
        in.accumulate(1, x.mul(scale).negi());
      }
    });
  }

  // ---------------------------------------------------------------- helpers

  private static String fmt(long[] shape) {
    return Broadcast.format(shape);
  }

  /** The common tape of the inputs. */
  private static Tape tapeOf(String op, Tensor... tensors) {
    if (tensors.length == 0) {
      throw new IllegalArgumentException(op + ": needs at least one input");
    }
    Tape tape = Objects.requireNonNull(tensors[0], op + ": input 0").tape();
    for (int i = 1; i < tensors.length; i++) {
      if (Objects.requireNonNull(tensors[i], op + ": input " + i).tape() != tape) {
        throw new IllegalArgumentException(
            op + ": input " + i + " was made on another tape than input 0");
      }
    }
    return tape;
  }

  private static void sameType(String op, Tensor a, Tensor b) {
    if (a.dataType() != b.dataType()) {
      throw new IllegalArgumentException(op + ": data types differ (" + a.dataType() + " of shape "
          + fmt(a.shape()) + " and " + b.dataType() + " of shape " + fmt(b.shape()) + ")");
    }
  }

  private static long[] binaryShape(String op, Tensor a, Tensor b) {
    long[] shape = Broadcast.shape(op, a.shape(), b.shape());
    sameType(op, a, b);
    return shape;
  }

  /** Guards against ND4J broadcasting differently from NumPy. */
  private static INDArray checked(String op, INDArray y, long[] expected) {
    if (!Arrays.equals(y.shape(), expected)) {
      throw new IllegalStateException(op + ": ND4J produced shape " + fmt(y.shape())
          + " where broadcasting gives " + fmt(expected));
    }
    return y;
  }

  private static int axis(String op, Tensor x, int axis) {
    int rank = x.rank();
    int ax = axis < 0 ? axis + rank : axis;
    if (ax < 0 || ax >= rank) {
      throw new ShapeMismatchException(
          op + ": axis " + axis + " is out of range for shape " + fmt(x.shape()));
    }
    return ax;
  }

  private static long[] keptShape(long[] shape, int axis) {
    long[] kept = shape.clone();
    kept[axis] = 1;
    return kept;
  }

  /**
   * Broadcasts a reduced gradient back to the input shape. Adding it into zeros is several times
   * faster than ND4J's {@code broadcast} (whose copy took 15 % of a DGI epoch, in the readout's
   * mean), and {@code assign} is no way out: it fills only the first row.
   */
  private static INDArray expand(INDArray g, long[] kept, long[] shape) {
    INDArray k = g.reshape('c', kept);
    return Arrays.equals(kept, shape) ? k : Nd4j.zeros(g.dataType(), shape).addi(k);
  }

  private static void close(Random random) {
    try {
      random.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not release a native random generator", e);
    }
  }

  /** 1 where x > 0, else 0 (NaN too), in x's data type: ND4J's step, one pass. */
  private static INDArray positive(INDArray x) {
    return Transforms.step(x, true);
  }

  /** {@code log1p(exp(-|x|))}, the stable tail shared by softplus, log-sigmoid and BCE. */
  private static INDArray log1pExpNegAbs(INDArray x) {
    INDArray t = Transforms.abs(x, true).negi();
    Transforms.exp(t, false);
    return log1p(t);
  }

  /**
   * {@code log(1 + t)} to full relative precision for tiny t. ND4J's log1p evaluates log(1 + t)
   * directly, which returns 0 below t = 1e-16 and is off by 1e-3 at 1e-14; Goldberg's identity
   * {@code log(u) * t / (u - 1)} with {@code u = 1 + t} cancels the rounding of u, and t itself is
   * the answer where u rounds to 1.
   */
  private static INDArray log1p(INDArray t) {
    INDArray u = t.add(1.0);
    INDArray d = u.sub(1.0);
    INDArray roundsToOne = d.eq(0.0).castTo(t.dataType());
    INDArray logU = Transforms.log(u, false);
    return logU.muli(t).divi(d.addi(roundsToOne)).addi(t.mul(roundsToOne));
  }

  private static INDArray[] values(List<Tensor> tensors) {
    INDArray[] out = new INDArray[tensors.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = tensors.get(i).value();
    }
    return out;
  }

  private static boolean sameExcept(long[] a, long[] b, int axis) {
    if (a.length != b.length) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      if (i != axis && a[i] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /** Indices selecting everything except {@code at} along {@code axis}. */
  private static INDArrayIndex[] along(int rank, int axis, INDArrayIndex at) {
    INDArrayIndex[] idx = new INDArrayIndex[rank];
    for (int i = 0; i < rank; i++) {
      idx[i] = i == axis ? at : NDArrayIndex.all();
    }
    return idx;
  }

  private static long[] resolveShape(long[] from, long length, long[] shape) {
    long known = 1;
    int inferred = -1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == -1 && inferred < 0) {
        inferred = i;
      } else if (shape[i] < 0) {
        throw new ShapeMismatchException("reshape: cannot reshape " + fmt(from) + " to "
            + fmt(shape) + " (only one dimension may be -1)");
      } else {
        known *= shape[i];
      }
    }
    long[] to = shape.clone();
    if (inferred >= 0) {
      if (known == 0 || length % known != 0) {
        throw new ShapeMismatchException("reshape: cannot reshape " + fmt(from) + " ("
            + length + " elements) to " + fmt(shape));
      }
      to[inferred] = length / known;
    } else if (known != length) {
      throw new ShapeMismatchException("reshape: cannot reshape " + fmt(from) + " (" + length
          + " elements) to " + fmt(shape) + " (" + known + " elements)");
    }
    return to;
  }
}
