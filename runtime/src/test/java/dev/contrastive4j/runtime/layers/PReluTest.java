package dev.contrastive4j.runtime.layers;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertClose;
import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@link PRelu} with one slope per channel: its start, values by hand and float64 gradients. */
class PReluTest {
  private static final INDArray X =
      Nd4j.createFromArray(new double[][] {{-2, 1, -0.5}, {3, -4, 0.25}});

  @Test
  void startsAt025AndScalesEachChannelsNegativesByItsOwnSlope() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    PRelu prelu = new PRelu(store, "act", 3);
    assertEquals(Nd4j.valueArrayOf(new long[] {3}, 0.25, DataType.DOUBLE),
        store.get("act/alpha").value());
    store.get("act/alpha").assign(Nd4j.createFromArray(0.5, -1.0, 2.0));
    Tape tape = Tape.inference();
    // Column c: x where x > 0, alpha_c · x elsewhere.
    assertClose(Nd4j.createFromArray(new double[][] {{-1, 1, -1}, {3, 4, 0.25}}),
        prelu.apply(tape, tape.constant(X)).value(), 0, "per-channel slopes");
  }

  @Test
  void float64GradientsOfTheSlopesAndTheInput() {
    // Inputs stay at least 0.25 away from the kink at 0.
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    PRelu prelu = new PRelu(store, "act", 3);
    store.get("act/alpha").assign(Nd4j.createFromArray(0.5, -1.0, 2.0));
    assertPasses(GradientCheck.check(store, tape -> project(prelu.apply(tape,
        tape.constant(X)))), "slopes");
    assertPasses(GradientCheck.check(in -> project(prelu.apply(in.get(0).tape(), in.get(0))), X),
        "input");
  }
}
