package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The checkpoint settings of {@link TrainingSpec}. */
class TrainingSpecTest {
  @Test
  void theFirstCheckpointIsAtTheIntervalOrAtTheLastEpochIfThatComesFirst() {
    assertEquals(50, TrainingSpec.DEFAULT.resolvedFor(TaskSpec.DgiSpec.DEFAULT)
        .firstCheckpointEpoch());
    assertEquals(30, new TrainingSpec(30, null, null, null, null, null, null, 50)
        .firstCheckpointEpoch());
    assertEquals(7, new TrainingSpec(30, null, null, null, null, null, null, 7)
        .firstCheckpointEpoch());
  }

  @Test
  void aResumeTakesOnlyTheEpochsAndTheIntervalOfTheOtherSettings() {
    TrainingSpec saved = new TrainingSpec(100, 0.01, 0.0, 5, 10, null, null, 50);
    TrainingSpec asked = new TrainingSpec(300, 0.5, 0.1, 7, 3, null, null, 9);
    assertEquals(new TrainingSpec(300, 0.01, 0.0, 5, 10, null, null, 9),
        saved.withResumableSettingsOf(asked));
  }
}
