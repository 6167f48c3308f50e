package dev.contrastive4j.runtime.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.task.Encoder;
import dev.contrastive4j.api.task.Readout;
import dev.contrastive4j.runtime.encoders.EncoderOptions;
import dev.contrastive4j.runtime.encoders.GcnEncoder;
import dev.contrastive4j.runtime.tasks.BarlowTwins;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.Optimizer;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import dev.contrastive4j.runtime.testing.SmallGraphs;
import dev.contrastive4j.runtime.testing.ThinningReadout;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.Sgd;

/**
 * The trainer stops at the first step whose readout gives the task fewer rows than it needs
 * ({@code Task.minRowsPerStep()}), as a plugin readout may, whose rows a run cannot count
 * before it reads: Barlow Twins trained on one row without a word, its loss a constant.
 */
class TrainerStepRowsTest {
  /** Four rings of 3 to 5 nodes, the components of one graph. */
  private static final GraphTensor RINGS = SmallGraphs.rings(3, 4, 5, 4).graph();

  private static final String BARLOW_TWINS_REASON = "Barlow Twins standardizes each dimension "
      + "over the rows (normalize_batch): its loss would be constant and nothing would train; "
      + "set normalize_batch to false";

  /** A task that needs 3 rows and says no more about it. */
  static final class ThreeRows extends BarlowTwins {
    ThreeRows(TaskSettings settings, ParameterStore store, long dim) {
      super(settings, store, dim, null, true);
    }

    @Override
    public int minRowsPerStep() {
      return 3;
    }

    @Override
    public String minRowsPerStepReason() {
      return "";
    }
  }

  /** The epochs heard of a run of Barlow Twins reading with {@code readout}. */
  private static List<Integer> barlowTwins(Readout readout, boolean normalizeBatch,
      TrainingOptions options) {
    ParameterStore store = new ParameterStore(3);
    Encoder encoder = gcn(store);
    BarlowTwins task = new BarlowTwins(settings(readout), store, encoder.outputDim(), null,
        normalizeBatch);
    return train(task, encoder, store, options);
  }

  private static Encoder gcn(ParameterStore store) {
    return new GcnEncoder(store, "encoder", "node", null, "feat", SmallGraphs.WIDTH,
        EncoderOptions.of(4));
  }

  private static TaskSettings settings(Readout readout) {
    return TaskSettings.of("node").withReadout(readout).withSeed(1);
  }

  private static List<Integer> train(BarlowTwins task, Encoder encoder, ParameterStore store,
      TrainingOptions options) {
    List<Integer> heard = new ArrayList<>();
    new Trainer(options).train(RINGS, encoder, task, store,
        new Optimizer(store, new Sgd(0.1)), (result, improved, progress) ->
            heard.add(result.epoch()));
    return heard;
  }

  @Test
  void oneRowStopsBarlowTwinsAtTheFirstStep() {
    TooFewRowsException e = assertThrows(TooFewRowsException.class,
        () -> barlowTwins(new ThinningReadout(1, 0), true, new TrainingOptions(3, 0, 0, 1)));
    assertEquals("training stopped in step 1 of epoch 1: the task's readout gave that step one "
        + "row, and " + BARLOW_TWINS_REASON + "; or use a readout that gives every step at "
        + "least 2 rows", e.getMessage());
    assertEquals(List.of(1, 1, 1L), List.of(e.epoch(), e.step(), e.rows()));
  }

  @Test
  void theFirstShortStepIsNamedAfterTheEpochsBeforeIt() {
    // Two mini-batches an epoch, each read twice (two views): the fourth step is short.
    List<Integer> heard = new ArrayList<>();
    TooFewRowsException e = assertThrows(TooFewRowsException.class, () -> heard.addAll(
        barlowTwins(new ThinningReadout(1, 6), true,
            new TrainingOptions(3, 0, 0, 1, 2, 0, false))));
    assertEquals("training stopped in step 2 of epoch 2: the task's readout gave that step one "
        + "row, and " + BARLOW_TWINS_REASON + "; or use a readout that gives every step at "
        + "least 2 rows", e.getMessage());
    assertEquals(List.of(2, 2, 1L), List.of(e.epoch(), e.step(), e.rows()));
  }

  @Test
  void aTaskWithoutAReasonIsNamedByItsClassWithTheRowsItDeclares() {
    ParameterStore store = new ParameterStore(3);
    Encoder encoder = gcn(store);
    ThreeRows task = new ThreeRows(settings(new ThinningReadout(2, 0)), store,
        encoder.outputDim());
    TooFewRowsException e = assertThrows(TooFewRowsException.class,
        () -> train(task, encoder, store, new TrainingOptions(3, 0, 0, 1)));
    assertEquals("training stopped in step 1 of epoch 1: the task's readout gave that step 2 "
        + "rows, and the task " + ThreeRows.class.getName() + " needs at least 3 rows per step "
        + "(its minRowsPerStep()); use a readout that gives every step at least 3 rows",
        e.getMessage());
  }

  @Test
  void stepsOfEnoughRowsTrain() {
    TrainingOptions threeEpochs = new TrainingOptions(3, 0, 0, 1);
    assertEquals(List.of(1, 2, 3), barlowTwins(new ThinningReadout(2, 0), true, threeEpochs));
    // Without standardization Barlow Twins trains on one row.
    assertEquals(List.of(1, 2, 3), barlowTwins(new ThinningReadout(1, 0), false, threeEpochs));
  }
}
