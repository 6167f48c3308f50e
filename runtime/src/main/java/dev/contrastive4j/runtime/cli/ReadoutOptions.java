package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import dev.contrastive4j.runtime.config.ExperimentMapper;
import dev.contrastive4j.runtime.config.Suggestions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code train --readout TYPE} and {@code --readout-param NAME=VALUE}: the readout a task reads
 * its representations with, set as a configuration's {@code task.readout} is
 * ({@code {type: pool, pooling: sum}} is {@code --readout pool --readout-param pooling=sum}).
 * Each is checked as the configuration's field would be, and a refusal names the option.
 */
final class ReadoutOptions {
  /** Reads a value that is a JSON number or boolean as one; anything else is text. */
  private static final ObjectMapper SCALARS = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private ReadoutOptions() {}

  /**
   * {@code task} with the readout of type {@code type} (null: its own), then with each of
   * {@code parameters} ({@code NAME=VALUE}) set on that readout, in order.
   *
   * @throws ConfigValidationException naming the option: an unknown type, a parameter that is
   *     not {@code NAME=VALUE} or that the readout does not have, a value its field refuses
   */
  static TaskSpec apply(TaskSpec task, @Nullable String type, List<String> parameters) {
    ExperimentMapper mapper = ExperimentMapper.withPlugins();
    TaskSpec t = type == null ? task : withType(mapper, task, type);
    for (String p : parameters) {
      int equals = p.indexOf('=');
      if (equals <= 0) {
        throw new ConfigValidationException("--readout-param " + p, List.of("must be "
            + "NAME=VALUE, such as pooling=sum"));
      }
      t = withParameter(mapper, t, p.substring(0, equals), p.substring(equals + 1));
    }
    return t;
  }

  /**
   * {@code task} with the readout of type {@code type} and that type's defaults, or as it is if
   * its readout is of that type already (its parameters, such as a pooling, stay).
   */
  private static TaskSpec withType(ExperimentMapper mapper, TaskSpec task, String type) {
    ObjectNode tree = mapper.toTree(Experiment.defaults().withTask(task));
    ObjectNode target = (ObjectNode) tree.get("task");
    JsonNode current = target.get("readout");
    if (current == null || !current.path("type").asText().equals(type)) {
      target.set("readout", tree.objectNode().put("type", type));
    }
    return mapper.fromTree(tree, "--readout " + type).task();
  }

  private static TaskSpec withParameter(ExperimentMapper mapper, TaskSpec task, String name,
      String value) {
    String option = "--readout-param " + name + "=" + value;
    ObjectNode tree = mapper.toTree(Experiment.defaults().withTask(task));
    ObjectNode target = (ObjectNode) tree.get("task");
    // A task without a readout reads every node.
    ObjectNode readout = target.get("readout") instanceof ObjectNode r ? r
        : target.putObject("readout").put("type", "all-nodes");
    String type = readout.path("type").asText();
    if (name.equals("type")) {
      throw refused(option, "task.readout.type", "choose the readout's type with --readout");
    }
    List<String> known = mapper.parameterNames(ReadoutSpec.class, type);
    if (!known.contains(name)) {
      String suggestion = Suggestions.didYouMean(name, known);
      throw refused(option, "task.readout." + name, known.isEmpty()
          ? "the " + type + " readout has no parameters"
          : "the " + type + " readout has no parameter '" + name + "'"
              + (suggestion.isEmpty() ? "; its parameters: " + String.join(", ", known)
                  : suggestion));
    }
    readout.set(name, valueOf(value));
    return mapper.fromTree(tree, option).task();
  }

  /**
   * {@code text} as a configuration file would give it: a number, true or false, or text. A
   * plugin's {@code boolean} or number {@code @Param} takes only a JSON boolean or number, not
   * the text {@code "true"} or {@code "2"} (see {@code ConfigTree}).
   */
  static JsonNode valueOf(String text) {
    try {
      JsonNode node = SCALARS.readTree(text);
      if (node != null && (node.isNumber() || node.isBoolean())) {
        return node;
      }
    } catch (JsonProcessingException notJson) {
      // A name such as 'sum': text.
    }
    return TextNode.valueOf(text);
  }

  private static ConfigValidationException refused(String option, String path, String problem) {
    return new ConfigValidationException(option, List.of(path + ": " + problem));
  }
}
