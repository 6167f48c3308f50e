package dev.contrastive4j.runtime.encoders;

import static dev.contrastive4j.runtime.testing.GraphFixtures.assertPasses;
import static dev.contrastive4j.runtime.testing.GraphFixtures.project;
import static dev.contrastive4j.runtime.testing.GraphFixtures.uniform;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.tensor.GradientCheck;
import dev.contrastive4j.api.tensor.Parameter;
import dev.contrastive4j.api.tensor.Tape;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * {@code prelu_shared}, the DGI paper's {@code nn.PReLU()}: one slope for every channel, against
 * {@code prelu}'s one per channel.
 */
class SharedPReluTest {

  @Test
  void oneSlopeOfOneElementInitially025() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    HiddenActivation.PRELU_SHARED.create(store, "layer0/act", 512);
    assertEquals(1, store.size());
    assertEquals(1, store.elementCount());
    Parameter alpha = store.get("layer0/act/alpha");
    assertArrayEquals(new long[] {1}, alpha.shape());
    assertEquals(0.25, alpha.value().getDouble(0));

    ParameterStore perChannel = new ParameterStore(1, DataType.DOUBLE);
    HiddenActivation.PRELU.create(perChannel, "layer0/act", 512);
    assertEquals(512, perChannel.elementCount());
  }

  @Test
  void theSlopeScalesTheNegativeValuesOfEveryChannel() {
    ParameterStore store = new ParameterStore(1, DataType.DOUBLE);
    HiddenActivation.Applied prelu = HiddenActivation.PRELU_SHARED.create(store, "a", 2);
    store.get("a/alpha").value().assign(0.5);
    Tape tape = new Tape();
    INDArray x = Nd4j.createFromArray(new double[][] {{-2, 1}, {3, -4}});
    INDArray y = prelu.apply(tape, tape.constant(x)).value();
    assertEquals(Nd4j.createFromArray(new double[][] {{-1, 1}, {3, -2}}), y);
  }

  @Test
  void float64GradientsOfTheSharedSlopeAndTheInput() {
    ParameterStore store = new ParameterStore(2, DataType.DOUBLE);
    HiddenActivation.Applied prelu = HiddenActivation.PRELU_SHARED.create(store, "a", 4);
    INDArray x = uniform(71, 6, 4);
    // The slope's gradient sums over all 24 elements, not over the rows of one channel.
    assertPasses(GradientCheck.check(store, tape -> project(prelu.apply(tape,
        tape.constant(x)))), "shared slope");
    assertPasses(GradientCheck.check(in -> project(prelu.apply(in.get(0).tape(), in.get(0))),
        x), "input");
  }
}
