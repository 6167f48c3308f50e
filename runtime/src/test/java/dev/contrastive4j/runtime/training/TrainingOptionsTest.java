package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Each {@code with...} of the training options changes its own field and keeps the others. */
class TrainingOptionsTest {
  private static final TrainingOptions BASE = new TrainingOptions(10, 3, 0.5, 2, 4, 9, false);

  @Test
  void eachWithChangesOnlyItsField() {
    assertEquals(new TrainingOptions(11, 3, 0.5, 2, 4, 9, false), BASE.withEpochs(11));
    assertEquals(new TrainingOptions(10, 0, 0.5, 2, 4, 9, false), BASE.withPatience(0));
    assertEquals(new TrainingOptions(10, 3, 0.5, 5, 4, 9, false), BASE.withMetricsEvery(5));
    assertEquals(new TrainingOptions(10, 3, 0.5, 2, 0, 9, false), BASE.withComponentsPerBatch(0));
    assertEquals(new TrainingOptions(10, 3, 0.5, 2, 4, 1, false), BASE.withSeed(1));
    assertEquals(new TrainingOptions(10, 3, 0.5, 2, 4, 9, true), BASE.withShuffleComponents(true));
  }

  @Test
  void theShorterConstructorsShuffleFromSeedZeroOrTrainFullBatch() {
    assertEquals(new TrainingOptions(10, 3, 0.5, 2, 0, 0, true),
        new TrainingOptions(10, 3, 0.5, 2));
    assertEquals(new TrainingOptions(10, 3, 0.5, 2, 4, 0, true),
        new TrainingOptions(10, 3, 0.5, 2, 4));
  }

  @Test
  void aTrainerTrainsAsItsOptionsSay() {
    assertSame(BASE, new Trainer(BASE).options());
  }
}
