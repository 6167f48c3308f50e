package dev.contrastive4j.api.graph;

import dev.contrastive4j.api.tensor.Finiteness;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Shared validation of feature maps and size vectors; every message names the piece at fault. */
final class FeatureChecks {
  private FeatureChecks() {}

  /** An unmodifiable copy of {@code features}; names must be non-empty, values non-null. */
  static Map<String, Feature> copy(String owner, Map<String, Feature> features) {
    if (features == null) {
      throw new InvalidGraphException(owner + ": features must not be null (use Map.of())");
    }
    Map<String, Feature> copy = new LinkedHashMap<>();
    for (Map.Entry<String, Feature> e : features.entrySet()) {
      String name = e.getKey();
      if (name == null || name.isEmpty()) {
        throw new InvalidGraphException(owner + ": feature names must be non-empty");
      }
      if (e.getValue() == null) {
        throw new InvalidGraphException(owner + ", feature '" + name + "': value is null");
      }
      copy.put(name, e.getValue());
    }
    return Collections.unmodifiableMap(copy);
  }

  /**
   * Checks that each feature has {@code rows} rows and, if floating point, finite values; the
   * values of features in {@code alreadyChecked} (by identity) are not scanned again.
   */
  static void check(String owner, long rows, Map<String, Feature> features,
      Set<Feature> alreadyChecked) {
    for (Map.Entry<String, Feature> e : features.entrySet()) {
      String name = e.getKey();
      Feature f = e.getValue();
      if (f.rows() != rows) {
        throw new InvalidGraphException(owner + ", feature '" + name + "': has " + f.rows()
            + " rows but the set has " + rows + " items (shape " + Arrays.toString(f.shape())
            + ")");
      }
      if (f instanceof Feature.Dense d && !alreadyChecked.contains(f)
          && Finiteness.hasNonFinite(d.values())) {
        throw new InvalidGraphException(owner + ", feature '" + name
            + "': contains NaN or infinite values");
      }
    }
  }

  /**
   * Checks a sizes vector, one size per component, and returns its sum: it must not be null or
   * empty (a set belongs to at least one graph), and its sizes must be 0 or more and add up to
   * at most {@link Long#MAX_VALUE}.
   */
  static long total(String owner, long[] sizes) {
    if (sizes == null) {
      throw new InvalidGraphException(owner + ": sizes must not be null (one size per "
          + "component)");
    }
    if (sizes.length == 0) {
      throw new InvalidGraphException(owner + ": sizes is empty; a set has one size per "
          + "component (graph), and a graph at least one component");
    }
    long sum = 0;
    for (int i = 0; i < sizes.length; i++) {
      if (sizes[i] < 0) {
        throw new InvalidGraphException(owner + ": size of component " + i + " is negative ("
            + sizes[i] + ")");
      }
      if (sum > Long.MAX_VALUE - sizes[i]) {
        throw new InvalidGraphException(owner + ": sizes add up to more than "
            + Long.MAX_VALUE + " at component " + i);
      }
      sum += sizes[i];
    }
    return sum;
  }

  /** Looks a feature up, or throws naming the owner and the features that do exist. */
  static Feature require(String owner, Map<String, Feature> features, String name) {
    Feature f = features.get(name);
    if (f == null) {
      throw new InvalidGraphException(owner + " has no feature '" + name + "'; it has "
          + features.keySet());
    }
    return f;
  }

  static Map<String, Feature> with(Map<String, Feature> features, String name, Feature value) {
    Map<String, Feature> copy = new LinkedHashMap<>(features);
    copy.put(name, value);
    return copy;
  }
}
