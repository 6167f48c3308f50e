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

  public static Context of(Map<String, Feature> features) {
    return new Context(features);
  }

  public static Context empty() {
    return new Context(Map.of());
  }

  public Map<String, Feature> features() {
    return features;
  }

  public boolean hasFeature(String name) {
    return features.containsKey(name);
  }

  public Feature feature(String name) {
    return FeatureChecks.require("context", features, name);
  }

  public Context withFeature(String name, Feature value) {
    return new Context(FeatureChecks.with(features, name, value));
  }

  public Context withFeatures(Map<String, Feature> newFeatures) {
    return new Context(newFeatures);
  }

  @Override
  public String toString() {
    return "Context" + features;
  }
}
