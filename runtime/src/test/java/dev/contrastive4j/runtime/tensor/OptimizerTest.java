package dev.contrastive4j.runtime.tensor;

import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.api.tensor.Tensor;
import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Sgd;

/** The optimizer runs ND4J updaters with per-parameter state and weight decay. */
class OptimizerTest {
  private static final double[] TARGET = {1.0, -2.0, 3.0};

  /** Runs {@code steps} steps on sum((w - TARGET)^2) from w = 0 and returns w. */
  private static double[] minimizeQuadratic(IUpdater updater, WeightDecay decay, int steps) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter w = store.zeros("w", 3);
    Optimizer optimizer = new Optimizer(store, updater, decay);
    INDArray target = Nd4j.createFromArray(TARGET);
    for (int i = 0; i < steps; i++) {
      Tape tape = new Tape();
      Tensor diff = Ops.sub(tape.param(w), tape.constant(target));
      tape.backward(Ops.sum(Ops.square(diff)));
      optimizer.step();
    }
    assertEquals(steps, optimizer.iteration());
    return w.value().toDoubleVector();
  }

  /** One step on loss = sum(w * x) from w = [1, 2] with x = [3, 4]; returns w. */
  private static double[] oneLinearStep(IUpdater updater, WeightDecay decay) {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter w = store.add("w", Nd4j.createFromArray(1.0, 2.0));
    Tape tape = new Tape();
    tape.backward(Ops.sum(Ops.mul(tape.param(w), tape.constant(Nd4j.createFromArray(3.0, 4.0)))));
    new Optimizer(store, updater, decay).step();
    assertNull(w.gradient(), "step clears the gradient");
    return w.value().toDoubleVector();
  }

  @Test
  void adamConvergesOnAQuadratic() {
    double[] w = minimizeQuadratic(new Adam(0.05), WeightDecay.none(), 1500);
    assertArrayEquals(TARGET, w, 1e-3);
  }

  @Test
  void coupledWeightDecayMovesTheOptimumAsL2Does() {
    // grad of sum((w - t)^2) + (wd / 2) |w|^2 vanishes at w = 2t / (2 + wd)
    double wd = 0.5;
    double[] w = minimizeQuadratic(new Adam(0.05), WeightDecay.l2(wd), 1500);
    for (int i = 0; i < 3; i++) {
      assertEquals(2 * TARGET[i] / (2 + wd), w[i], 1e-3);
    }
  }

  @Test
  void sgdStepsFollowTheTextbookFormulas() {
    // w - lr g = [1, 2] - 0.1 [3, 4]
    assertArrayEquals(new double[] {0.7, 1.6},
        oneLinearStep(new Sgd(0.1), WeightDecay.none()), 1e-12);
    // L2: g + wd w = [3.5, 5]
    assertArrayEquals(new double[] {0.65, 1.5},
        oneLinearStep(new Sgd(0.1), WeightDecay.l2(0.5)), 1e-12);
    // decoupled: w (1 - lr wd) - lr g, the same as L2 for plain SGD
    assertArrayEquals(new double[] {0.65, 1.5},
        oneLinearStep(new Sgd(0.1), WeightDecay.decoupled(0.5)), 1e-12);
  }

  @Test
  void adamDistinguishesCoupledFromDecoupledDecay() {
    // Adam's first step moves each weight by lr * g / (|g| + eps): lr for positive g.
    assertArrayEquals(new double[] {0.9, 1.9},
        oneLinearStep(new Adam(0.1), WeightDecay.none()), 1e-7);
    // L2 only changes g, which stays positive: still a step of lr.
    assertArrayEquals(new double[] {0.9, 1.9},
        oneLinearStep(new Adam(0.1), WeightDecay.l2(0.5)), 1e-7);
    // decoupled shrinks w by (1 - lr wd) as well: w 0.95 - 0.1
    assertArrayEquals(new double[] {0.85, 1.8},
        oneLinearStep(new Adam(0.1), WeightDecay.decoupled(0.5)), 1e-7);
  }

  @Test
  void decayFilterSparesExcludedParameters() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter w = store.constant("w", 1.0, 2);
    Parameter b = store.constant("b", 1.0, 2);
    WeightDecay decay = WeightDecay.decoupled(0.5).onlyFor(p -> !p.name().equals("b"));
    Optimizer optimizer = new Optimizer(store, new Sgd(0.1), decay);
    Tape tape = new Tape();
    tape.backward(Ops.mul(Ops.sum(Ops.add(tape.param(w), tape.param(b))), 0.0));
    optimizer.step();
    assertArrayEquals(new double[] {0.95, 0.95}, w.value().toDoubleVector(), 1e-12);
    assertArrayEquals(new double[] {1.0, 1.0}, b.value().toDoubleVector(), 0);
  }

  @Test
  void parametersWithoutGradientAreLeftAlone() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter used = store.constant("used", 1.0, 2);
    Parameter unused = store.constant("unused", 1.0, 2);
    Optimizer optimizer = new Optimizer(store, new Adam(0.1), WeightDecay.l2(0.1));
    Tape tape = new Tape();
    tape.backward(Ops.sum(tape.param(used)));
    optimizer.step();
    assertArrayEquals(new double[] {1.0, 1.0}, unused.value().toDoubleVector(), 0);
    assertNotEquals(1.0, used.value().getDouble(0));
  }

  @Test
  void sameSeedGivesIdenticalTraining() {
    assertEquals(train(17), train(17));
    assertNotEquals(train(17), train(18));
  }

  /** A small two-layer model with dropout trained for a few Adam steps. */
  private static INDArray train(long seed) {
    ParameterStore store = new ParameterStore(seed);
    Parameter w1 = store.create("w1", WeightInit.XAVIER_UNIFORM, 6, 8);
    Parameter alpha = store.preluAlpha("alpha", 8);
    Parameter w2 = store.create("w2", WeightInit.XAVIER, 8, 1);
    Optimizer optimizer = new Optimizer(store, new Adam(0.01), WeightDecay.l2(1e-4));
    Nd4j.getRandom().setSeed(seed);
    INDArray x = Nd4j.rand(DataType.FLOAT, 16, 6);
    INDArray y = x.sum(true, 1).gt(3.0).castTo(DataType.FLOAT);
    for (int step = 0; step < 20; step++) {
      Tape tape = new Tape();
      Tensor h = Ops.prelu(Ops.matmul(tape.constant(x), tape.param(w1)), tape.param(alpha));
      h = Ops.dropout(h, 0.2, true, seed * 1000 + step);
      Tensor logits = Ops.matmul(h, tape.param(w2));
      tape.backward(Ops.binaryCrossEntropyWithLogits(logits, tape.constant(y)));
      optimizer.step();
    }
    return Nd4j.concat(0, w1.value().reshape(-1), alpha.value(), w2.value().reshape(-1));
  }
}
