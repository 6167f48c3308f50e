package dev.contrastive4j.api.experiment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfigProblemsTest {
  @Test
  void reportedAtTellsWhetherAFieldOrAnythingInItHasAProblem() {
    ConfigProblems root = ConfigProblems.root();
    ConfigProblems training = root.at("training");
    training.report("batch_components", "must be an integer, was \"ten\"");
    root.at("task").at("corruptor").at("steps").at(1).report("rate", "must be in [0, 1]");
    assertTrue(training.reportedAt("batch_components"));
    assertTrue(root.reportedAt("training"));
    assertTrue(root.at("task").reportedAt("corruptor"));
    assertTrue(root.at("task").at("corruptor").reportedAt("steps"));
    // Only the field itself: not another one its name starts with, nor one beside it.
    assertFalse(training.reportedAt("batch"));
    assertFalse(training.reportedAt("shuffle_components"));
    assertFalse(root.at("task").reportedAt("clean_view"));
  }
}
