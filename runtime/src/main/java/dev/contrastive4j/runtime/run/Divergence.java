package dev.contrastive4j.runtime.run;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What {@code diverged.json} holds: the epoch at which a run's training stopped being finite
 * and what went bad first. A run whose training diverged writes it, so that {@code evaluate}
 * and {@code train --resume} can say what happened rather than guess.
 *
 * @param epoch the 1-based epoch at which training diverged
 * @param what the predictions, loss or parameter gradient that went bad first
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Divergence(int epoch, String what) {
  /** What happened, as the messages about such a run say it. */
  public String describe() {
    return "the run's training diverged at epoch " + epoch + " (" + what + ")";
  }
}
