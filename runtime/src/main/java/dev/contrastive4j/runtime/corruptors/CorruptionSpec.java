package dev.contrastive4j.runtime.corruptors;

import dev.contrastive4j.api.graph.EdgeSet;
import dev.contrastive4j.api.graph.Feature;
import dev.contrastive4j.api.graph.GraphTensor;
import dev.contrastive4j.api.graph.NodeSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which features a corruptor touches and how hard: a rate per node set feature, per edge set
 * feature and per context feature, as TF-GNN's {@code CorruptionSpec}. Immutable.
 *
 * <p>The key {@link #WILDCARD} ({@code "*"}) stands for every set or every feature not named.
 * {@link #rateFor} resolves a feature exactly as TF-GNN's {@code _Corruptor} does:
 *
 * <ol>
 *   <li>For a node or edge set, take the entry of the set's own name if there is one, otherwise
 *       the {@code "*"} set entry. A named set's entry wins as a whole: its features never fall
 *       back to the {@code "*"} set's entries.
 *   <li>In the chosen entry (or in the context map), take the feature's own name if present,
 *       otherwise its {@code "*"} feature.
 * </ol>
 *
 * <p>Defaults come from {@link #withDefaultRate}, TF-GNN's {@code with_default_rate}: it adds
 * {@code "*"} entries holding the default wherever the spec has none, that is a {@code "*"} set
 * with a {@code "*"} feature for node and edge sets, a {@code "*"} feature in every named set
 * without one, and a {@code "*"} context feature. So a feature of a named set that the set's entry
 * does not mention gets the default, not the {@code "*"} set's rate. The corruptors apply their own
 * default this way ({@link ShuffleFeaturesGlobally}: 1, {@link DropoutFeatures} and {@link
 * MaskFeatureColumns}: 0). A default already present wins over a later one, as in TF-GNN.
 *
 * <p>Rates must lie in [0, 1]; the builder rejects others naming the set and feature. A spec that
 * names a set or feature the graph lacks is rejected when applied ({@link #checkNamesIn}).
 */
public final class CorruptionSpec {
  /** The key that stands for every set or every feature not named otherwise. */
  public static final String WILDCARD = "*";

  private static final CorruptionSpec EMPTY = new CorruptionSpec(Map.of(), Map.of(), Map.of());

  private final Map<String, Map<String, Double>> nodeSets;
  private final Map<String, Map<String, Double>> edgeSets;
  private final Map<String, Double> context;

  private CorruptionSpec(Map<String, Map<String, Double>> nodeSets,
      Map<String, Map<String, Double>> edgeSets, Map<String, Double> context) {
    this.nodeSets = freezeSets(nodeSets);
    this.edgeSets = freezeSets(edgeSets);
    this.context = Collections.unmodifiableMap(new LinkedHashMap<>(context));
  }

  /** The spec with no entries; every lookup fails until a default is added. */
  public static CorruptionSpec empty() {
    return EMPTY;
  }

  /** Every feature of every node set, edge set and the context at {@code rate}. */
  public static CorruptionSpec uniform(double rate) {
    return EMPTY.withDefaultRate(rate);
  }

  /**
   * Every node set feature at {@code rate}, edge set and context features untouched (rate 0):
   * the corruption of the DGI paper, which shuffles node features only.
   */
  public static CorruptionSpec nodeSetsOnly(double rate) {
    return builder().nodeSet(WILDCARD, WILDCARD, rate).edgeSet(WILDCARD, WILDCARD, 0.0)
        .context(WILDCARD, 0.0).build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A copy with {@code rate} filling every gap, as TF-GNN's {@code with_default_rate}: a {@code
   * "*"} set with a {@code "*"} feature for node and edge sets, a {@code "*"} feature in each named
   * set that lacks one, and a {@code "*"} context feature. Existing entries, wildcards included,
   * are kept, so a default already present wins.
   *
   * @throws CorruptionException if {@code rate} is not in [0, 1]
   */
  public CorruptionSpec withDefaultRate(double rate) {
    checkRate("default corruption rate", rate);
    return new CorruptionSpec(withDefault(nodeSets, rate), withDefault(edgeSets, rate),
        withDefaultFeature(context, rate));
  }

  /**
   * The rate of one feature, resolved as the class comment describes.
   *
   * @param kind node set, edge set or context
   * @param setName the set's name; ignored for the context (may be {@code null})
   * @param featureName the feature's name
   * @throws CorruptionException if the spec has neither an entry nor a wildcard for the feature
   *     (only possible before a default was added)
   */
  public double rateFor(SetKind kind, String setName, String featureName) {
    FeatureAddress address = new FeatureAddress(kind, setName, featureName);
    Map<String, Double> features;
    if (kind == SetKind.CONTEXT) {
      features = context;
    } else {
      Map<String, Map<String, Double>> sets = setRates(kind);
      features = sets.get(setName);
      if (features == null) {
        features = sets.get(WILDCARD);
      }
      if (features == null) {
        throw new CorruptionException("corruption spec has no rate for " + address + ": no entry "
            + "for " + kind.label() + " '" + setName + "' and no '*' " + kind.label()
            + " (add a default rate)");
      }
    }
    Double rate = features.get(featureName);
    if (rate == null) {
      rate = features.get(WILDCARD);
    }
    if (rate == null) {
      throw new CorruptionException("corruption spec has no rate for " + address + ": no entry "
          + "for the feature and no '*' feature (add a default rate)");
    }
    return rate;
  }

  /** The rate of the feature at {@code address}; see {@link #rateFor(SetKind, String, String)}. */
  public double rateFor(FeatureAddress address) {
    return rateFor(address.kind(), address.setName(), address.featureName());
  }

  /** Node set entries: set name (or "*") to feature name (or "*") to rate. Unmodifiable. */
  public Map<String, Map<String, Double>> nodeSetRates() {
    return nodeSets;
  }

  /** Edge set entries: set name (or "*") to feature name (or "*") to rate. Unmodifiable. */
  public Map<String, Map<String, Double>> edgeSetRates() {
    return edgeSets;
  }

  /** Context entries: feature name (or "*") to rate. Unmodifiable. */
  public Map<String, Double> contextRates() {
    return context;
  }

  /**
   * Checks that every named (non-wildcard) set exists in {@code graph}, that every feature named
   * for a named set or for the context exists there, and that a feature named for the {@code "*"}
   * set exists in at least one set of its kind. TF-GNN ignores such names silently; here they are
   * almost always typos, so they fail loudly.
   *
   * @throws CorruptionException naming the first set or feature the graph lacks and listing what
   *     it has
   */
  public void checkNamesIn(GraphTensor graph) {
    checkSets(SetKind.NODE_SET, nodeSets, graph.nodeSets());
    checkSets(SetKind.EDGE_SET, edgeSets, graph.edgeSets());
    for (String feature : context.keySet()) {
      if (!feature.equals(WILDCARD) && !graph.context().hasFeature(feature)) {
        throw new CorruptionException("corruption spec names context feature '" + feature
            + "', which the graph's context does not have; its features are "
            + graph.context().features().keySet());
      }
    }
  }

  private void checkSets(SetKind kind, Map<String, Map<String, Double>> entries,
      Map<String, ?> sets) {
    for (Map.Entry<String, Map<String, Double>> entry : entries.entrySet()) {
      String set = entry.getKey();
      if (set.equals(WILDCARD)) {
        for (String feature : entry.getValue().keySet()) {
          if (!feature.equals(WILDCARD)
              && sets.values().stream().noneMatch(s -> features(s).containsKey(feature))) {
            throw new CorruptionException("corruption spec names feature '" + feature
                + "' for every " + kind.label() + " ('*'), but no " + kind.label()
                + " of the graph has it; its " + kind.label() + "s are " + sets.keySet());
          }
        }
        continue;
      }
      Object owner = sets.get(set);
      if (owner == null) {
        throw new CorruptionException("corruption spec names " + kind.label() + " '" + set
            + "', which the graph does not have; its " + kind.label() + "s are " + sets.keySet());
      }
      Map<String, Feature> present = features(owner);
      for (String feature : entry.getValue().keySet()) {
        if (!feature.equals(WILDCARD) && !present.containsKey(feature)) {
          throw new CorruptionException("corruption spec names feature '" + feature + "' of "
              + kind.label() + " '" + set + "', which that set does not have; its features are "
              + present.keySet());
        }
      }
    }
  }

  private static Map<String, Feature> features(Object set) {
    return set instanceof NodeSet n ? n.features() : ((EdgeSet) set).features();
  }

  /** The node or edge set entries; {@code kind} must not be the context. */
  Map<String, Map<String, Double>> setRates(SetKind kind) {
    return switch (kind) {
      case NODE_SET -> nodeSets;
      case EDGE_SET -> edgeSets;
      case CONTEXT -> throw new IllegalArgumentException("the context has no sets");
    };
  }

  /** Mirrors {@code {"*": {"*": d}}} followed by {@code k: {"*": d, **v}} for each entry. */
  private static Map<String, Map<String, Double>> withDefault(
      Map<String, Map<String, Double>> sets, double rate) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    out.put(WILDCARD, Map.of(WILDCARD, rate));
    sets.forEach((set, features) -> out.put(set, withDefaultFeature(features, rate)));
    return out;
  }

  /** Mirrors {@code {"*": d, **features}}: the entry's own "*" (if any) replaces the default. */
  private static Map<String, Double> withDefaultFeature(Map<String, Double> features,
      double rate) {
    Map<String, Double> out = new LinkedHashMap<>();
    out.put(WILDCARD, rate);
    out.putAll(features);
    return out;
  }

  private static Map<String, Map<String, Double>> freezeSets(
      Map<String, Map<String, Double>> sets) {
    Map<String, Map<String, Double>> copy = new LinkedHashMap<>();
    sets.forEach((set, features) ->
        copy.put(set, Collections.unmodifiableMap(new LinkedHashMap<>(features))));
    return Collections.unmodifiableMap(copy);
  }

  static void checkRate(String what, double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new CorruptionException(what + " must be in [0, 1], got " + rate);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorruptionSpec s && nodeSets.equals(s.nodeSets)
        && edgeSets.equals(s.edgeSets) && context.equals(s.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nodeSets, edgeSets, context);
  }

  @Override
  public String toString() {
    return "CorruptionSpec{nodeSets=" + nodeSets + ", edgeSets=" + edgeSets + ", context="
        + context + "}";
  }

  /**
   * Collects entries, then {@link #build()}s an immutable spec. A later entry for the same set
   * and feature replaces the earlier one, as a later key of a Python dict literal does.
   */
  public static final class Builder {
    private final Map<String, Map<String, Double>> nodeSets = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> edgeSets = new LinkedHashMap<>();
    private final Map<String, Double> context = new LinkedHashMap<>();
    private Double defaultRate;

    private Builder() {}

    /**
     * Sets the rate of feature {@code feature} (or "*") of node set {@code set} (or "*").
     *
     * @throws CorruptionException if a name is empty or the rate is not in [0, 1]
     */
    public Builder nodeSet(String set, String feature, double rate) {
      return put(nodeSets, new FeatureAddress(SetKind.NODE_SET, set, feature), rate);
    }

    /**
     * Sets the rate of feature {@code feature} (or "*") of edge set {@code set} (or "*").
     *
     * @throws CorruptionException if a name is empty or the rate is not in [0, 1]
     */
    public Builder edgeSet(String set, String feature, double rate) {
      return put(edgeSets, new FeatureAddress(SetKind.EDGE_SET, set, feature), rate);
    }

    /**
     * Sets the rate of context feature {@code feature} (or "*").
     *
     * @throws CorruptionException if the name is empty or the rate is not in [0, 1]
     */
    public Builder context(String feature, double rate) {
      FeatureAddress address = FeatureAddress.context(feature);
      checkRate("corruption rate for " + address, rate);
      context.put(feature, rate);
      return this;
    }

    /**
     * Makes {@link #build()} apply {@link CorruptionSpec#withDefaultRate} with {@code rate}.
     *
     * @throws CorruptionException if the rate is not in [0, 1]
     */
    public Builder defaultRate(double rate) {
      checkRate("default corruption rate", rate);
      this.defaultRate = rate;
      return this;
    }

    /** The spec, with the default rate applied if one was given. */
    public CorruptionSpec build() {
      CorruptionSpec spec = new CorruptionSpec(nodeSets, edgeSets, context);
      return defaultRate == null ? spec : spec.withDefaultRate(defaultRate);
    }

    private Builder put(Map<String, Map<String, Double>> sets, FeatureAddress address,
        double rate) {
      checkRate("corruption rate for " + address, rate);
      sets.computeIfAbsent(address.setName(), k -> new LinkedHashMap<>())
          .put(address.featureName(), rate);
      return this;
    }
  }
}
