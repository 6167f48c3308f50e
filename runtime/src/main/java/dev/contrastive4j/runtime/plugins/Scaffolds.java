package dev.contrastive4j.runtime.plugins;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.annotations.ParameterInfo;
import dev.contrastive4j.api.annotations.TaskPlugin;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Experiment scaffolds: JSON with every parameter of the experiment and of one task, each at
 * its default, to copy and edit. Plugin tasks carry theirs as a resource the processor wrote;
 * built-in tasks get theirs written out here in the same form.
 */
public final class Scaffolds {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Scaffolds() {}

  /**
   * The scaffold the processor wrote for {@code task}.
   *
   * @throws PluginException if the resource is missing from the task's jar
   */
  public static String of(TaskPlugin task) {
    ClassLoader loader = task.specType().getClassLoader();
    try (InputStream in = loader.getResourceAsStream(task.scaffoldResource())) {
      if (in == null) {
        throw new PluginException("the task '" + task.name() + "' has no scaffold "
            + task.scaffoldResource() + " next to " + task.implementation() + "; rebuild it "
            + "with the contrastive4j processor");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PluginException("the scaffold " + task.scaffoldResource() + " of task '"
          + task.name() + "' cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The scaffold of a built-in task: the default experiment with {@code defaults} as its task
   * (and the task's training schedule), every task parameter written out (null where the
   * runtime decides).
   *
   * @throws IllegalArgumentException if {@code defaults} is not a record with a type name
   */
  public static String of(TaskSpec defaults) {
    JsonTypeName type = defaults.getClass().getAnnotation(JsonTypeName.class);
    if (type == null || !(defaults instanceof Record record)) {
      throw new IllegalArgumentException(defaults.getClass().getName() + " is not a built-in "
          + "task spec (a record with @JsonTypeName)");
    }
    ObjectNode task = JSON.createObjectNode();
    task.put("type", type.value());
    try {
      for (ParameterInfo p : SpecParameters.of(record)) {
        task.set(p.name(), JSON.readTree(p.defaultValue()));
      }
      ObjectNode experiment = JSON.valueToTree(Experiment.defaults().withTask(defaults));
      experiment.set("task", task);
      DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
      return JSON.writer(printer).writeValueAsString(experiment) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the scaffold of " + type.value(), e);
    }
  }
}
