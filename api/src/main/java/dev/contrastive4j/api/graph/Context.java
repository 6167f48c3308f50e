package dev.contrastive4j.api.graph;

import java.util.Map;

/**
 * Graph-level features: one row per component (for example a label per graph of a batch).
 */
public final class Context {
  private final Map<String, Feature> features;

  private Context(Map<String, Feature> features) {
    this.features = FeatureChecks.copy("context", features);
  }

  /**
   * A context with {@code features}, one row per component.
   *
   * @throws InvalidGraphException if the map is null, or a name is empty or a value null
   */
  public static Context of(Map<String, Feature> features) {
    return new Context(features);
  }

  /** A context without features. */
  public static Context empty() {
    return new Context(Map.of());
  }

  /** All features, by name, in insertion order (unmodifiable). */
  public Map<String, Feature> features() {
    return features;
  }

  /** Whether there is a feature called {@code name}. */
  public boolean hasFeature(String name) {
    return features.containsKey(name);
  }

  /**
   * The feature called {@code name}.
   *
   * @throws InvalidGraphException if there is none; the message lists the features there are
   */
  public Feature feature(String name) {
    return FeatureChecks.require("context", features, name);
  }

  /** A copy with {@code name} set to {@code value} (added or replaced). */
  public Context withFeature(String name, Feature value) {
    return new Context(FeatureChecks.with(features, name, value));
  }

  /** A copy whose features are exactly {@code newFeatures}. */
  public Context withFeatures(Map<String, Feature> newFeatures) {
    return new Context(newFeatures);
  }

  @Override
  public String toString() {
    return "Context" + features;
  }
}
