package dev.contrastive4j.runtime.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.tensor.ParameterStore;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rows per step each built-in task declares it needs, and why: the runs refuse a readout
 * that gives fewer by these values, so each term that takes statistics over the rows counts.
 */
class TaskRowsPerStepTest {
  private static final String VICREG_REASON = "VICReg's variance and covariance terms "
      + "(var_weight, cov_weight) are taken over the rows: over one row they are constant, and "
      + "only the invariance term would train, towards collapse; set var_weight and cov_weight "
      + "to 0 for the invariance term alone";

  @Test
  void barlowTwinsNeedsTwoRowsOnlyWhenItStandardizesTheBatch() {
    Task normalized = new BarlowTwins(TaskSettings.of("paper"), new ParameterStore(1), 4, null,
        true);
    assertEquals(2, normalized.minRowsPerStep());
    assertEquals("Barlow Twins standardizes each dimension over the rows (normalize_batch): its "
        + "loss would be constant and nothing would train; set normalize_batch to false",
        normalized.minRowsPerStepReason());
    Task plain = new BarlowTwins(TaskSettings.of("paper"), new ParameterStore(1), 4, null, false);
    assertEquals(1, plain.minRowsPerStep());
    assertEquals("", plain.minRowsPerStepReason());
  }

  @Test
  void vicRegNeedsTwoRowsWithAVarianceOrCovarianceTerm() {
    // Weights of 1 rather than the defaults: "> 0" and ">= 0" differ only at 0.
    for (double[] w : List.of(new double[] {1, 1, 1}, new double[] {0, 1, 0},
        new double[] {0, 0, 1})) {
      Task task = vicReg(w);
      assertEquals(2, task.minRowsPerStep(), java.util.Arrays.toString(w));
      assertEquals(VICREG_REASON, task.minRowsPerStepReason(), java.util.Arrays.toString(w));
    }
    Task invariance = vicReg(new double[] {1, 0, 0});
    assertEquals(1, invariance.minRowsPerStep());
    assertEquals("", invariance.minRowsPerStepReason());
  }

  @Test
  void theOtherTasksNeedOneRow() {
    assertEquals(1, new DeepGraphInfomax(TaskSettings.of("paper"), new ParameterStore(1), 4)
        .minRowsPerStep());
    assertEquals(1, new Triplet(TaskSettings.of("paper"), new ParameterStore(1), 4, 1.0, null)
        .minRowsPerStep());
  }

  private static Task vicReg(double[] w) {
    return new VicReg(TaskSettings.of("paper"), new ParameterStore(1), 4, w[0], w[1], w[2]);
  }
}
