package dev.contrastive4j.api.graph;

import java.util.Arrays;
import java.util.Map;

/**
 * A set of edges of one type between two node sets, split into components, with named features
 * of one row per edge. Immutable: the {@code with...} methods return new edge sets.
 */
public final class EdgeSet {
  private final long[] sizes;
  private final long totalSize;
  private final Adjacency adjacency;
  private final Map<String, Feature> features;

  private EdgeSet(long[] sizes, Adjacency adjacency, Map<String, Feature> features) {
    this.totalSize = FeatureChecks.total("edge set", sizes);
    this.sizes = sizes.clone();
    if (adjacency == null) {
      throw new InvalidGraphException("edge set: adjacency must not be null");
    }
    if (adjacency.size() != totalSize) {
      throw new InvalidGraphException("edge set " + adjacency.sourceSet() + " -> "
          + adjacency.targetSet() + ": sizes add up to " + totalSize + " edges but the "
          + "adjacency has " + adjacency.size());
    }
    this.adjacency = adjacency;
    this.features = FeatureChecks.copy("edge set", features);
  }

  /**
   * An edge set with one component per entry of {@code sizes}; the edges of component
   * {@code c} are the next {@code sizes[c]} entries of {@code adjacency}.
   *
   * @throws InvalidGraphException if {@code sizes} is null or empty (a graph has at least one
   *     component), a size is negative, the sizes do not add up to the adjacency's edges, the
   *     adjacency is null, or the feature map is null or holds an empty name or a null value
   */
  public static EdgeSet of(long[] sizes, Adjacency adjacency, Map<String, Feature> features) {
    return new EdgeSet(sizes, adjacency, features);
  }

  /**
   * An edge set of a single graph (one component).
   *
   * @throws InvalidGraphException as {@link #of(long[], Adjacency, Map)}
   */
  public static EdgeSet of(Adjacency adjacency, Map<String, Feature> features) {
    // A null adjacency reaches the constructor, which refuses it by name.
    return new EdgeSet(new long[] {adjacency == null ? 0 : adjacency.size()}, adjacency,
        features);
  }

  /** Sizes (numbers of edges) per component; a copy. */
  public long[] sizes() {
    return sizes.clone();
  }

  /** Number of edges over all components; equals {@code adjacency().size()}. */
  public long totalSize() {
    return totalSize;
  }

  /** Number of components: the length of {@link #sizes()}. */
  public int numComponents() {
    return sizes.length;
  }

  /** The endpoints of the edges. */
  public Adjacency adjacency() {
    return adjacency;
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
    return FeatureChecks.require("edge set", features, name);
  }

  /** A copy with {@code name} set to {@code value} (added or replaced). */
  public EdgeSet withFeature(String name, Feature value) {
    return new EdgeSet(sizes, adjacency, FeatureChecks.with(features, name, value));
  }

  /** A copy whose features are exactly {@code newFeatures}. */
  public EdgeSet withFeatures(Map<String, Feature> newFeatures) {
    return new EdgeSet(sizes, adjacency, newFeatures);
  }

  /**
   * A copy with other edges and sizes, and features that match them.
   *
   * @throws InvalidGraphException as {@link #of(long[], Adjacency, Map)}
   */
  public EdgeSet withAdjacency(long[] newSizes, Adjacency newAdjacency,
      Map<String, Feature> newFeatures) {
    return new EdgeSet(newSizes, newAdjacency, newFeatures);
  }

  @Override
  public String toString() {
    return "EdgeSet[" + adjacency.sourceSet() + " -> " + adjacency.targetSet() + ", sizes="
        + Arrays.toString(sizes) + ", features=" + features + "]";
  }
}
