package dev.contrastive4j.api.annotations;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StandardParametersTest {

  /**
   * {@code contrastive4j tasks} shows this text for every task, and a null clean view of Barlow
   * Twins and VICReg (built in or generated) is the default augmentation, not the clean graph.
   */
  @Test
  void cleanViewSaysWhatTwoViewTasksDoWithoutOne() {
    String text = StandardParameters.describe("clean_view");
    assertTrue(text.contains("null: the clean graph"), text);
    assertTrue(text.contains("Barlow Twins") && text.contains("VICReg")
        && text.contains("drop edges and mask columns"), text);
  }

  /**
   * DGI and triplet keep a null corruptor in their specs (their default shuffle is seeded with
   * the task's seed itself), so the listing shows {@code null}: the text must say what that is.
   */
  @Test
  void corruptorSaysWhatTheShuffleTasksDoWithoutOne() {
    String text = StandardParameters.describe("corruptor");
    assertTrue(text.contains("null: the task's default"), text);
    assertTrue(text.contains("DGI") && text.contains("triplet")
        && text.contains("shuffle the feature rows"), text);
  }
}
