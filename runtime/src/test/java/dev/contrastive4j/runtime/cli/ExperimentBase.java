package dev.contrastive4j.runtime.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A valid experiment that {@link ConfigMutations} breaks one change at a time, with the changes
 * whose refusal rightly names another field than the one changed: a rule between two fields
 * ({@code training.batch_components} 0 makes a {@code shuffle_components: false} pointless) or
 * a default that does not fit the rest ({@code dataset.name} left out is the one-graph CSBM,
 * which has no node set {@code paper}).
 *
 * @param fileName the file's name, whose extension says JSON or YAML
 * @param tree the experiment
 * @param refusedAt the field named by the refusal of a change, by the change's label
 *     ({@code without dataset.name}, {@code training.batch_components = 0})
 */
record ExperimentBase(String fileName, ObjectNode tree, Map<String, String> refusedAt) {

  ExperimentBase {
    refusedAt = Map.copyOf(refusedAt);
  }

  /** {@code tree} as {@code fileName}, every change refused at its own field. */
  static ExperimentBase of(String fileName, ObjectNode tree) {
    return new ExperimentBase(fileName, tree, Map.of());
  }

  /** This base where each change in {@code labels} is refused at {@code field}. */
  ExperimentBase refusedAt(String field, String... labels) {
    Map<String, String> more = new HashMap<>(refusedAt);
    for (String label : labels) {
      more.put(label, field);
    }
    return new ExperimentBase(fileName, tree, more);
  }
}
