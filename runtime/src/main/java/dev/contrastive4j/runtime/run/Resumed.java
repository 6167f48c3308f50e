package dev.contrastive4j.runtime.run;

import java.util.List;

/**
 * What {@link ExperimentRun#resumeWithOutcome} did with a run directory.
 *
 * @param summary the run's summary: the one this resume wrote, or the recorded one of a run that
 *     had already finished
 * @param alreadyFinished whether the run had already finished (training over and
 *     {@code summary.json} written): then nothing was trained or probed
 * @param rewritten the files of the run directory (by name) whose content the resume changed
 *     before it went on: {@code config.json} for another {@code training.epochs},
 *     {@code metrics.jsonl} when it did not hold the checkpoint's lines; of a run that had
 *     already finished, no other file changed
 */
public record Resumed(RunSummary summary, boolean alreadyFinished, List<String> rewritten) {
  /** Copies {@code rewritten}. */
  public Resumed {
    rewritten = List.copyOf(rewritten);
  }
}
