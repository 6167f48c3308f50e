package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code --task NAME} makes of a configuration's task of another type: the new type's
 * defaults with the {@linkplain #SHARED_FIELDS parameters every task has} that the configuration
 * set, so that {@code --task} changes the type, not the readout, corruptors or projector. What
 * the old type put in by default (a two-view task's augmentations, a plugin's readout) gives way
 * to the new type's. The old type's own parameters (Barlow Twins' {@code lambda}) are not the
 * new type's and are left out; those the configuration set are listed, for a note.
 *
 * @param task the task to train
 * @param fromType the configured task's type, such as {@code dgi}
 * @param leftOut the configured type's own parameters the configuration set, left out, each as
 *     {@code task.lambda (0.01)}
 */
record TaskTypeSwitch(TaskSpec task, String fromType, List<String> leftOut) {

  /**
   * The parameters every task has (TF-GNN's {@code ContrastiveLossTask} parameters), by JSON
   * name: {@code --task} keeps those the configuration's task sets.
   */
  static final List<String> SHARED_FIELDS = List.of("node_set", "feature", "projector_units",
      "seed", "corruptor", "clean_view", "readout");

  /**
   * The task {@code --task name} makes of {@code configured}, given the new type's
   * {@code defaults}.
   */
  static TaskTypeSwitch of(TaskSpec defaults, TaskSpec configured, String name) {
    ExperimentMapper mapper = ExperimentMapper.withPlugins();
    ObjectNode tree = mapper.toTree(Experiment.defaults().withTask(defaults));
    ObjectNode target = (ObjectNode) tree.get("task");
    JsonNode source = taskTree(mapper, configured);
    JsonNode configuredDefaults = TaskCatalog.load().find(TaskSpec.typeName(configured))
        .map(entry -> taskTree(mapper, entry.defaults())).orElse(null);
    List<String> leftOut = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      JsonNode value = field.getValue();
      // Unset (null, no projector, or the old type's default): the new task's own default stays.
      boolean set = !value.isNull() && !(value.isArray() && value.isEmpty())
          && (configuredDefaults == null || !value.equals(configuredDefaults.get(field.getKey())));
      if (!set || field.getKey().equals("type")) {
        continue;
      }
      if (SHARED_FIELDS.contains(field.getKey())) {
        target.set(field.getKey(), value);
      } else {
        leftOut.add("task." + field.getKey() + " (" + (value.isTextual() ? value.asText()
            : value.toString()) + ")");
      }
    }
    return new TaskTypeSwitch(mapper.fromTree(tree, "--task " + name).task(),
        TaskSpec.typeName(configured), leftOut);
  }

  /**
   * The note on stderr that says what was left out, or null when nothing was: a user who
   * switches a configuration's task on the command line may not expect its settings to go.
   */
  @Nullable String note() {
    if (leftOut.isEmpty()) {
      return null;
    }
    String type = TaskSpec.typeName(task);
    return "contrastive4j: note: --task " + type + " left out " + String.join(", ", leftOut)
        + ", set for the configuration's " + fromType + " task: "
        + (leftOut.size() == 1 ? "it is not a parameter" : "they are not parameters")
        + " of every task, and " + type + " starts from its own defaults";
  }

  private static JsonNode taskTree(ExperimentMapper mapper, TaskSpec task) {
    return mapper.toTree(Experiment.defaults().withTask(task)).get("task");
  }
}
