package dev.contrastive4j.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.TaskSpec;

/** JSON text of defaults and scaffolds. */
final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** One line: {@code {"type":"noise","sigma":0.1}}. */
  static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The experiment scaffold of a task: every default of the experiment, the training schedule
   * that of {@code base} (the built-in task it extends, null for none), with {@code task}
   * replaced by the task's spec written out in full (null where the runtime decides).
   */
  static String scaffold(ObjectNode task, TaskSpec base) {
    Experiment defaults = Experiment.defaults();
    ObjectNode experiment = MAPPER.valueToTree(base == null ? defaults : defaults.withTask(base));
    experiment.set("task", task);
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    try {
      return MAPPER.writer(printer).writeValueAsString(experiment) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
