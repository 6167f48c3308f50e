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
 * was made with, and what {@code summarize} reports of runs that differ in more than the seed.
 */
public final class ExperimentDifferences {
  private ExperimentDifferences() {}

  /**
   * One entry per field in which experiment {@code b} differs from experiment {@code a},
   * {@code path: valueA whereA, valueB whereB}, but for the fields at the paths {@code ignored};
   * a changed {@code type} (another task, encoder, corruptor...) stands for its whole object.
   * For example {@code training.learning_rate: 0.001 in run/config.json, 0.5 here} (a saved run
   * against the options given) or {@code training.epochs: 1000 in runs/a, 100 in runs/b}. Empty
   * when they agree in every other field.
   *
   * @param whereA where {@code a} is recorded, such as {@code in run/config.json}
   * @param whereB where {@code b} is recorded, such as {@code here}
   */
  public static List<String> between(Experiment a, String whereA, Experiment b, String whereB,
      Set<String> ignored) {
    List<String> out = new ArrayList<>();
    walk(a, b, (field, x, y) -> {
      if (!ignored.contains(field)) {
        out.add(field + ": " + text(x, field) + " " + whereA + ", " + text(y, field) + " "
            + whereB);
      }
    });
    return out;
  }

  /**
   * The paths of the fields in which {@code changed} differs from {@code saved}, as
   * {@link #between} names them (a changed {@code type} as {@code path.type}, a list as a
   * whole); empty when they agree.
   */
  public static List<String> fields(Experiment saved, Experiment changed) {
    List<String> out = new ArrayList<>();
    walk(saved, changed, (field, a, b) -> out.add(field));
    return out;
  }

  /** One differing field: its path and both values (null where a tree lacks it). */
  private interface Difference {
    void at(String field, JsonNode saved, JsonNode changed);
  }

  private static void walk(Experiment saved, Experiment changed, Difference found) {
    ExperimentMapper mapper = ExperimentMapper.withPlugins();
    collect(mapper.toTree(saved), mapper.toTree(changed), "", found);
  }

  private static void collect(JsonNode saved, JsonNode changed, String path, Difference found) {
    if (saved instanceof ObjectNode a && changed instanceof ObjectNode b
        && Objects.equals(a.get("type"), b.get("type"))) {
      Set<String> names = new LinkedHashSet<>();
      a.fieldNames().forEachRemaining(names::add);
      b.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        collect(a.get(name), b.get(name), path.isEmpty() ? name : path + "." + name, found);
      }
    } else if (!Objects.equals(saved, changed)) {
      found.at(saved instanceof ObjectNode || changed instanceof ObjectNode
          ? path + ".type" : path, saved, changed);
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
