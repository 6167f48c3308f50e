package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.experiment.ConfigValidationException;
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
 * defaults with the parameters the configuration set that the new type takes too. So {@code
 * --task} changes the type, not the readout, corruptors or projector (parameters every task has,
 * as TF-GNN's {@code ContrastiveLossTask} has them), nor a parameter two types share by name (the
 * discriminator of {@code dgi} and of a plugin extending it). What the old type put in by default
 * (a two-view task's augmentations, a plugin's readout) gives way to the new type's. The old
 * type's parameters the new one does not take (Barlow Twins' {@code lambda} under VICReg), or
 * whose value it refuses, are left out; those the configuration set are listed, for a note.
 *
 * @param task the task to train
 * @param fromType the configured task's type, such as {@code dgi}
 * @param leftOut the configured type's parameters the configuration set that the new type does
 *     not take, each as {@code task.lambda (0.01)}
 */
record TaskTypeSwitch(TaskSpec task, String fromType, List<String> leftOut) {

  /**
   * The task {@code --task name} makes of {@code configured}.
   *
   * @param catalog the tasks by name, among them {@code name} and (unless it is a plugin's that
   *     is no longer on the class path) the configured task's type
   * @param mapper a mapper that knows the catalog's plugins, such as {@link
   *     ExperimentMapper#withPlugins()}
   */
  static TaskTypeSwitch of(TaskCatalog catalog, ExperimentMapper mapper, String name,
      TaskSpec configured) {
    TaskCatalog.Entry entry = catalog.get(name);
    ObjectNode tree = mapper.toTree(Experiment.defaults().withTask(entry.defaults()));
    ObjectNode target = (ObjectNode) tree.get("task");
    List<String> takes = entry.parameters().stream().map(ParameterInfo::name).toList();
    JsonNode source = taskTree(mapper, configured);
    JsonNode configuredDefaults = catalog.find(TaskSpec.typeName(configured))
        .map(e -> taskTree(mapper, e.defaults())).orElse(null);
    List<String> leftOut = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = source.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String key = field.getKey();
      JsonNode value = field.getValue();
      // Unset (null, no projector, or the old type's default): the new task's own default stays.
      boolean set = !value.isNull() && !(value.isArray() && value.isEmpty())
          && (configuredDefaults == null || !value.equals(configuredDefaults.get(key)));
      if (!set || key.equals("type")) {
        continue;
      }
      if (takes.contains(key) && reads(mapper, tree, key, value)) {
        target.set(key, value);
      } else {
        leftOut.add("task." + key + " (" + (value.isTextual() ? value.asText()
            : value.toString()) + ")");
      }
    }
    return new TaskTypeSwitch(mapper.fromTree(tree, "--task " + name).task(),
        TaskSpec.typeName(configured), leftOut);
  }

  /**
   * Whether the new type takes {@code value} for its parameter {@code key}: a parameter of the
   * same name may be of another kind (a string where the old type had a number).
   */
  private static boolean reads(ExperimentMapper mapper, ObjectNode tree, String key,
      JsonNode value) {
    ObjectNode trial = tree.deepCopy();
    ((ObjectNode) trial.get("task")).set(key, value);
    try {
      mapper.fromTree(trial, null);
      return true;
    } catch (ConfigValidationException e) {
      return false;
    }
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
        + ", set for the configuration's " + fromType + " task: " + type + " does not take "
        + (leftOut.size() == 1 ? "it" : "them") + ", and starts from its own defaults";
  }

  private static JsonNode taskTree(ExperimentMapper mapper, TaskSpec task) {
    return mapper.toTree(Experiment.defaults().withTask(task)).get("task");
  }
}
