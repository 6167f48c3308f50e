package dev.contrastive4j.runtime.corruptors;

/**
 * Where a feature lives: its kind of owner, the owner's name and the feature's name. Either name
 * may be the wildcard {@code "*"} when the address describes a {@link CorruptionSpec} entry.
 *
 * @param kind the kind of owner
 * @param setName the node or edge set's name; {@code null} for the context
 * @param featureName the feature's name
 */
public record FeatureAddress(SetKind kind, String setName, String featureName) {

  /** Checks that the kind and feature are given, and that a set name is given unless context. */
  public FeatureAddress {
    if (kind == null) {
      throw new CorruptionException("a feature address needs a kind of set, got null");
    }
    if (kind != SetKind.CONTEXT && (setName == null || setName.isEmpty())) {
      throw new CorruptionException((kind == SetKind.EDGE_SET ? "an " : "a ") + kind.label()
          + " feature address needs a set name, got " + (setName == null ? "null" : "''"));
    }
    if (kind == SetKind.CONTEXT) {
      setName = null;
    }
    if (featureName == null || featureName.isEmpty()) {
      throw new CorruptionException("a feature address needs a feature name, got "
          + (featureName == null ? "null" : "''") + " for "
          + (kind == SetKind.CONTEXT ? "the context" : kind.label() + " '" + setName + "'"));
    }
  }

  /** The address of a context feature. */
  public static FeatureAddress context(String featureName) {
    return new FeatureAddress(SetKind.CONTEXT, null, featureName);
  }

  /** Reads as in messages: {@code node set 'paper', feature 'feat'} or {@code context feature 'f'}. */
  @Override
  public String toString() {
    return kind == SetKind.CONTEXT
        ? "context feature '" + featureName + "'"
        : kind.label() + " '" + setName + "', feature '" + featureName + "'";
  }
}
