package dev.contrastive4j.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.contrastive4j.api.experiment.Experiment;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields in which two experiments differ, named as in their configuration files: what a
 * resumed run reports when it is asked to continue with another configuration than the one it
 * was made with.
 */
public final class ExperimentDifferences {
  private ExperimentDifferences() {}

  /**
   * One entry per differing field, {@code path: saved<where>changed here}, for example
   * {@code training.learning_rate: 0.001 in run/config.json, 0.5 here}; a changed {@code type}
   * (another task, encoder, corruptor...) stands for its whole object. Empty when they agree.
   *
   * @param where what follows the saved value, naming where it is recorded
   */
  public static List<String> between(Experiment saved, Experiment changed, String where) {
    ExperimentMapper mapper = ExperimentMapper.withPlugins();
    List<String> out = new ArrayList<>();
    collect(mapper.toTree(saved), mapper.toTree(changed), "", where, out);
    return out;
  }

  private static void collect(JsonNode saved, JsonNode changed, String path, String where,
      List<String> out) {
    if (saved instanceof ObjectNode a && changed instanceof ObjectNode b
        && Objects.equals(a.get("type"), b.get("type"))) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        collect(a.get(name), b.get(name), path.isEmpty() ? name : path + "." + name, where, out);
      }
    } else if (!Objects.equals(saved, changed)) {
      String field = saved instanceof ObjectNode || changed instanceof ObjectNode
          ? path + ".type" : path;
      out.add(field + ": " + text(saved, field) + where + text(changed, field) + " here");
    }
  }

  private static String text(JsonNode node, String field) {
    if (node instanceof ObjectNode o && field.endsWith(".type") && o.has("type")) {
      return o.get("type").asText();
    }
    return node == null || node.isNull() ? "unset" : node.isValueNode() ? node.asText()
        : node.toString();
  }
}
