package dev.contrastive4j.api.annotations;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the parameters every task shares (and those of the built-in methods) mean, by JSON name.
 * The processor copies these texts into the {@link ParameterInfo}s it generates, and the command
 * line shows them for built-in tasks, so both describe a parameter the same way.
 */
public final class StandardParameters {
  private static final Map<String, String> DESCRIPTIONS = descriptions();

  private StandardParameters() {}

  /** The description of {@code jsonName}, or the empty string for a parameter not listed. */
  public static String describe(String jsonName) {
    return DESCRIPTIONS.getOrDefault(jsonName, "");
  }

  /** Every described name and its text, in the order tasks list them. */
  public static Map<String, String> all() {
    return DESCRIPTIONS;
  }

  private static Map<String, String> descriptions() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("node_set", "node set to read out; null: the data set's target node set");
    d.put("feature", "encoded feature to read out; null: hidden_state");
    d.put("projector_units", "units of the dense ReLU projector on both views; empty: none");
    d.put("seed", "seed of the task's corruptors; null: the experiment's seed");
    d.put("corruptor", "makes the second (corrupted) view; null: the task's default (DGI, "
        + "triplet: shuffle the feature rows)");
    d.put("clean_view", "augments the first view; null: the clean graph (Barlow Twins, "
        + "VICReg: drop edges and mask columns)");
    d.put("readout", "reads representations; null: every node of the node set");
    d.put("lambda", "weight of the off-diagonal terms, >= 0; null: 1 / dim");
    d.put("normalize_batch", "standardize each dimension over the batch");
    d.put("sim_weight", "weight of the invariance term, >= 0");
    d.put("var_weight", "weight of the variance term, >= 0");
    d.put("cov_weight", "weight of the covariance term, >= 0");
    d.put("margin", "hinge margin of the triplet loss, >= 0");
    d.put("positive_view", "makes the positive sample; null: drop edges and mask columns");
    d.put("discriminator", "uniform: kernel U(-1/sqrt(d), 1/sqrt(d)), no bias (PyTorch "
        + "Geometric); bilinear_glorot: Glorot kernel over fans d*d and d, plus a bias (the DGI "
        + "paper's code)");
    return java.util.Collections.unmodifiableMap(d);
  }
}
