package dev.contrastive4j.runtime.training;

import dev.contrastive4j.api.task.Task;
import java.util.List;

/**
 * A training step gave the task fewer representation rows than it needs ({@link
 * Task#minRowsPerStep()}): its losses take statistics over the rows, and over fewer they would
 * not train. A run refuses a built-in readout that would give some step too few before it
 * trains; the rows of any other readout (a plugin's) are known only when it reads, and the
 * {@link Trainer} stops at the first step they are too few, before its update. The message names
 * the step, the readout, the rows it gave and why the task needs more.
 */
public final class TooFewRowsException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The 1-based epoch of the step. */
  private final int epoch;
  /** The 1-based step in its epoch. */
  private final int step;
  /** The rows the readout gave it. */
  private final long rows;

  /**
   * The step {@code step} of epoch {@code epoch} got {@code rows} rows from {@code readout}.
   *
   * @param readout the readout as the message names it, such as {@code the readout 'x'
   *     (com.example.X)}
   * @param task the task, whose declaration says why it needs more rows
   * @param namedTask the task as the message names it, such as {@link RowsNeeded#task}
   */
  public TooFewRowsException(int epoch, int step, long rows, String readout, Task task,
      String namedTask) {
    super("training stopped in step " + step + " of epoch " + epoch + ": " + readout
        + " gave that step " + (rows == 1 ? "one row" : rows + " rows") + ", and "
        + RowsNeeded.why(task, namedTask, List.of("use a readout that gives every step at "
            + "least " + task.minRowsPerStep() + " rows")));
    this.epoch = epoch;
    this.step = step;
    this.rows = rows;
  }

  /** The 1-based epoch of the step. */
  public int epoch() {
    return epoch;
  }

  /** The 1-based step in its epoch. */
  public int step() {
    return step;
  }

  /** The rows the readout gave the step. */
  public long rows() {
    return rows;
  }
}
