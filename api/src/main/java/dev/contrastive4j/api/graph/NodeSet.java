package dev.contrastive4j.api.graph;

import java.util.Arrays;
import java.util.Map;

/**
 * A set of nodes of one type, split into components (one per graph of a batch), with named
 * features of one row per node. Immutable: the {@code with...} methods return new node sets.
 * A {@link GraphTensor} checks the features against the sizes, naming the set.
 */
public final class NodeSet {
  private final long[] sizes;
  private final long totalSize;
  private final Map<String, Feature> features;

  private NodeSet(long[] sizes, Map<String, Feature> features) {
    this.totalSize = FeatureChecks.total("node set", sizes);
    this.sizes = sizes.clone();
    this.features = FeatureChecks.copy("node set", features);
  }

  /**
   * A node set with one component per entry of {@code sizes} (its number of nodes; 0 is valid,
   * for a graph of a batch without nodes of this set); a
   * {@link GraphTensor} checks that every feature has {@code sum(sizes)} rows.
   *
   * @throws InvalidGraphException if {@code sizes} is null or empty (a graph has at least one
   *     component), a size is negative or the sizes add up past {@link Long#MAX_VALUE}, or the
   *     feature map is null or holds an empty name or a null value
   */
  public static NodeSet of(long[] sizes, Map<String, Feature> features) {
    return new NodeSet(sizes, features);
  }

  /**
   * A node set of {@code size} nodes in a single graph (one component).
   *
   * @throws InvalidGraphException as {@link #of(long[], Map)}
   */
  public static NodeSet of(long size, Map<String, Feature> features) {
    return of(new long[] {size}, features);
  }

  /** Numbers of nodes per component; a copy. */
  public long[] sizes() {
    return sizes.clone();
  }

  /** Number of nodes over all components. */
  public long totalSize() {
    return totalSize;
  }

  /** Number of components: the length of {@link #sizes()}. */
  public int numComponents() {
    return sizes.length;
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
    return FeatureChecks.require("node set", features, name);
  }

  /** A copy with {@code name} set to {@code value} (added or replaced). */
  public NodeSet withFeature(String name, Feature value) {
    return new NodeSet(sizes, FeatureChecks.with(features, name, value));
  }

  /** A copy whose features are exactly {@code newFeatures}. */
  public NodeSet withFeatures(Map<String, Feature> newFeatures) {
    return new NodeSet(sizes, newFeatures);
  }

  @Override
  public String toString() {
    return "NodeSet[sizes=" + Arrays.toString(sizes) + ", features=" + features + "]";
  }
}
