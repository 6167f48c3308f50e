package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * Epochs and patience an experiment leaves unset are its task's: DGI stops early, the other
 * built-in tasks train a fixed number of epochs; whatever is given is kept.
 */
class TaskScheduleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Experiment of(TaskSpec task) {
    return Experiment.defaults().withTask(task);
  }

  @Test
  void eachBuiltInTaskHasItsSchedule() {
    assertEquals(new TrainingSpec(1000, null, null, 20, null),
        of(TaskSpec.DgiSpec.DEFAULT).training());
    assertEquals(new TrainingSpec(100, null, null, 0, null),
        of(TaskSpec.BarlowTwinsSpec.DEFAULT).training());
    assertEquals(new TrainingSpec(200, null, null, 0, null),
        of(TaskSpec.VicRegSpec.DEFAULT).training());
    assertEquals(new TrainingSpec(50, null, null, 0, null),
        of(TaskSpec.TripletSpec.DEFAULT).training());
  }

  @Test
  void givenEpochsOrPatienceAreKeptAndTheOtherIsTheTasks() {
    Experiment vicreg = of(TaskSpec.VicRegSpec.DEFAULT);
    assertEquals(new TrainingSpec(300, 0.01, null, 0, null),
        vicreg.withTraining(new TrainingSpec(300, 0.01, null, null, null)).training());
    assertEquals(new TrainingSpec(200, null, null, 20, null),
        vicreg.withTraining(new TrainingSpec(null, null, null, 20, null)).training());
    TrainingSpec both = new TrainingSpec(7, null, null, 3, null);
    assertEquals(both, vicreg.withTraining(both).training());
  }

  @Test
  void anotherTaskBringsItsOwnScheduleWhereNoneWasGiven() {
    Experiment dgi = Experiment.defaults();
    assertEquals(200, dgi.withTask(TaskSpec.VicRegSpec.DEFAULT).training().epochs());
    Experiment fixed = dgi.withTraining(new TrainingSpec(40, null, null, null, null));
    assertEquals(new TrainingSpec(40, null, null, 0, null),
        fixed.withTask(TaskSpec.TripletSpec.DEFAULT).training());
  }

  @Test
  void aRunsConfigurationRecordsTheScheduleAndReadsBackAsTheSameExperiment() throws Exception {
    Experiment triplet = of(TaskSpec.TripletSpec.DEFAULT);
    String written = JSON.writeValueAsString(triplet);
    JsonNode training = JSON.readTree(written).get("training");
    assertEquals(50, training.get("epochs").asInt());
    assertEquals(0, training.get("patience").asInt());
    Experiment read = JSON.readValue(written, Experiment.class);
    assertEquals(triplet, read);
    assertEquals(triplet.hashCode(), read.hashCode());
    assertEquals(read.toString(), triplet.toString());
    assertTrue(triplet.toString().contains(", training=TrainingSpec[epochs=50, "),
        triplet.toString());
    assertNotEquals(triplet.hashCode(),
        triplet.withTraining(new TrainingSpec(51, null, null, null, null)).hashCode());
    // Written out, the schedule no longer follows the task.
    assertEquals(50, read.withTask(TaskSpec.DgiSpec.DEFAULT).training().epochs());
    assertNotEquals(triplet.withTask(TaskSpec.DgiSpec.DEFAULT),
        read.withTask(TaskSpec.DgiSpec.DEFAULT));
  }

  @Test
  void aTrainingSpecAloneLeavesThemUnset() {
    assertNull(TrainingSpec.DEFAULT.epochs());
    assertNull(TrainingSpec.DEFAULT.patience());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        TrainingSpec.DEFAULT::firstCheckpointEpoch);
    assertEquals("training.epochs is unset; the first checkpoint is that of an experiment's "
        + "settings, which have the task's epochs", e.getMessage());
  }
}
