package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * Weight decay in float64 against central differences: a plain SGD step with decay follows the
 * gradient of the loss plus {@code (coefficient / 2) |w|^2}, the penalty L2 decay stands for (and
 * decoupled decay equals under plain SGD). The loss is not quadratic, so a decay that scaled the
 * loss's gradient instead of adding its own would not pass.
 */
class WeightDecayGradientTest {
  private static final double[] X = {0.3, -1.2, 0.7, 2.0, -0.4};
  private static final double[] W = {0.5, -0.8, 1.3, -0.2, 0.9};
  private static final double COEFFICIENT = 0.37;
  private static final double LEARNING_RATE = 0.01;
  private static final double STEP = 1e-5;
  private static final double TOLERANCE = 1e-6;

  @ParameterizedTest
  @EnumSource(WeightDecay.Mode.class)
  void aStepFollowsTheGradientOfTheLossPlusTheDecaysPenalty(WeightDecay.Mode mode) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter w = store.add("w", Nd4j.createFromArray(W.clone()));
    Tape tape = new Tape();
    tape.backward(
        Ops.sum(Ops.tanh(Ops.mul(tape.param(w), tape.constant(Nd4j.createFromArray(X))))));
    WeightDecay decay = mode == WeightDecay.Mode.L2
        ? WeightDecay.l2(COEFFICIENT) : WeightDecay.decoupled(COEFFICIENT);
    new Optimizer(store, new Sgd(LEARNING_RATE), decay).step();

    double[] after = w.value().toDoubleVector();
    for (int i = 0; i < W.length; i++) {
      double followed = (W[i] - after[i]) / LEARNING_RATE;
      double numeric = centralDifference(i);
      double error = Math.abs(followed - numeric) / Math.max(Math.abs(numeric), 1e-6);
      assertTrue(error < TOLERANCE, mode + " w[" + i + "]: step " + followed
          + ", finite difference " + numeric + ", relative error " + error);
    }
  }

  /** sum(tanh(x w)) + (coefficient / 2) |w|^2, in plain doubles. */
  private static double penalizedLoss(double[] w) {
    double loss = 0;
    for (int i = 0; i < w.length; i++) {
      loss += Math.tanh(X[i] * w[i]) + COEFFICIENT / 2 * w[i] * w[i];
    }
    return loss;
  }

  /** The fourth-order central difference of the penalized loss in {@code w[i]}. */
  private static double centralDifference(int i) {
    double[] w = Arrays.copyOf(W, W.length);
    double[] values = new double[4];
    double[] offsets = {-2 * STEP, -STEP, STEP, 2 * STEP};
    for (int k = 0; k < 4; k++) {
      w[i] = W[i] + offsets[k];
      values[k] = penalizedLoss(w);
    }
    return (values[0] - 8 * values[1] + 8 * values[2] - values[3]) / (12 * STEP);
  }
}
