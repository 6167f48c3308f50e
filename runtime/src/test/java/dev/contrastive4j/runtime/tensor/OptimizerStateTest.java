package dev.contrastive4j.runtime.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contrastive4j.api.tensor.Ops;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.ParameterException;
import dev.contrastive4j.api.tensor.Tape;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The optimizer's state, as a checkpoint saves and restores it: an optimizer restored from
 * another's state and step count takes the same next step.
 */
class OptimizerStateTest {
  /** One step of loss sum(w^3) (a gradient that changes from step to step). */
  private static void step(Parameter w, Optimizer optimizer) {
    Tape tape = new Tape();
    tape.backward(Ops.sum(Ops.mul(Ops.square(tape.param(w)), tape.param(w))));
    optimizer.step();
  }

  @Test
  void anAdamStateRestoredTakesTheStepTheOriginalWouldHaveTaken() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter w = store.add("w", Nd4j.createFromArray(1.0, -0.5, 2.0));
    Optimizer original = new Optimizer(store, new Adam(0.1));
    step(w, original);
    step(w, original);
    Map<String, INDArray> state = original.stateArrays();
    // Adam keeps two moments per element, in one flat array.
    assertEquals(6, state.get("w").length());

    ParameterStore copy = new ParameterStore(1, DataType.DOUBLE);
    Parameter v = copy.add("w", w.value());
    Optimizer restored = new Optimizer(copy, new Adam(0.1));
    restored.restore(state, original.iteration());
    assertEquals(2, restored.iteration());
    step(w, original);
    step(v, restored);
    assertEquals(w.value(), v.value());
  }

  @Test
  void sgdHasNoStateAndAWrongSizedStateIsRefused() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    Parameter w = store.add("w", Nd4j.createFromArray(1.0, 2.0));
    Optimizer sgd = new Optimizer(store, new Sgd(0.1));
    step(w, sgd);
    assertTrue(sgd.stateArrays().isEmpty());
    Optimizer adam = new Optimizer(store, new Adam(0.1));
    ParameterException e = assertThrows(ParameterException.class,
        () -> adam.restore(Map.of("w", Nd4j.zeros(DataType.DOUBLE, 3)), 1));
    assertEquals("optimizer state of parameter 'w' has 3 values, the updater needs 4",
        e.getMessage());
  }

  @Test
  void theOptimizerKeepsItsConfiguration() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    WeightDecay decay = WeightDecay.l2(0.5);
    Sgd sgd = new Sgd(0.25);
    Optimizer optimizer = new Optimizer(store, sgd, decay);
    assertSame(decay, optimizer.weightDecay());
    assertEquals(sgd, optimizer.updater());
    assertEquals(0, optimizer.epoch());
    optimizer.setEpoch(4);
    assertEquals(4, optimizer.epoch());
    // Copies: changing the configuration given or returned changes nothing.
    sgd.setLearningRate(1.0);
    assertEquals(0.25, optimizer.updater().getLearningRate(0, 0), 0);
  }
}
