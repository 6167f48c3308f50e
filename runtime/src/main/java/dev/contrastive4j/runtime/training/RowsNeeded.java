package dev.contrastive4j.runtime.training;

import dev.contrastive4j.api.task.Task;
import java.util.List;

/**
 * Why a task needs more rows in a training step than the step gives it, in the words of both
 * messages about it: the refusal of a run in which a built-in readout would give some step too
 * few ({@code task.readout}), and {@link TooFewRowsException}, when a step that could not be
 * foreseen does.
 */
public final class RowsNeeded {
  private RowsNeeded() {}

  /**
   * The task's {@link Task#minRowsPerStepReason()}, or else that it needs its {@link
   * Task#minRowsPerStep()} rows; then {@code remedies}, the ways to more rows outside the task,
   * as alternatives to the reason's own remedy (a reason ends with what to set in the task).
   *
   * @param named the task as the message names it, such as {@link #task}
   */
  public static String why(Task task, String named, List<String> remedies) {
    String reason = task.minRowsPerStepReason();
    boolean ownReason = reason != null && !reason.isBlank();
    String why = ownReason ? reason : named + " needs at least " + task.minRowsPerStep()
        + " rows per step (its minRowsPerStep())";
    return remedies.isEmpty() ? why
        : why + "; " + (ownReason ? "or " : "") + String.join("; or ", remedies);
  }

  /** {@code the task 'TYPE' (CLASS)}: a task named by its type name and its class. */
  public static String task(String typeName, Task task) {
    return "the task '" + typeName + "' (" + task.getClass().getName() + ")";
  }
}
