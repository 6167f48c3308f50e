package dev.contrastive4j.api.experiment;

/**
 * A task, corruptor or readout spec from outside the built-in set (a generated task, a user's
 * corruptor) that checks its own settings. {@link ExperimentValidator} calls {@link #check}
 * with the spec's place in the experiment, after its own checks of what every spec of that kind
 * has (for a task: node set, projector units, corruptors, readout).
 */
public interface CheckedSpec {
  /**
   * Reports every problem of this spec's own settings to {@code problems}, which stands at the
   * spec's place (for example {@code task}); report a setting's problem with
   * {@code problems.report("my_setting", "must be ...")} or one of the checks there.
   */
  void check(ConfigProblems problems);
}
