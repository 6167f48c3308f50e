package dev.contrastive4j.runtime.inject;

import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.api.task.Task;
import dev.contrastive4j.runtime.tasks.TaskSettings;
import dev.contrastive4j.runtime.tensor.ParameterStore;

/**
 * Makes the task a {@link TaskSpec} describes, once the common parameters are resolved into
 * {@link TaskSettings}. Built-in tasks are bound in {@link ComponentsModule}; generated and
 * user tasks add theirs to the {@code MapBinder} keyed by spec class.
 */
@FunctionalInterface
public interface TaskFactory {
  /**
   * @param spec the configured task (its method-specific parameters)
   * @param settings the resolved common parameters (node set, corruptor, readout, projector)
   * @param store where the task creates its parameters
   * @param representationDim the encoder's output width
   * @param corruptors builds any further corruptor specs the task has
   */
  Task create(TaskSpec spec, TaskSettings settings, ParameterStore store, long representationDim,
      Corruptors corruptors);
}
