package dev.contrastive4j.runtime.training;

import static dev.contrastive4j.runtime.training.TrainerFixtures.taskWithLoss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.contrastive4j.api.task.Task;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How the messages about too few rows name a task and list the remedies. */
class RowsNeededTest {
  @Test
  void aTaskIsNamedByItsTypeNameAndClass() {
    Task task = taskWithLoss(UnaryOperator.identity());
    assertEquals("the task 'mine' (" + task.getClass().getName() + ")",
        RowsNeeded.task("mine", task));
  }

  @Test
  void withoutAReasonTheRowsTheTaskDeclaresAreTheReason() {
    Task task = taskWithLoss(UnaryOperator.identity());
    assertEquals("the task needs at least 1 rows per step (its minRowsPerStep())",
        RowsNeeded.why(task, "the task", List.of()));
    assertEquals("the task needs at least 1 rows per step (its minRowsPerStep()); a; or b",
        RowsNeeded.why(task, "the task", List.of("a", "b")));
  }
}
