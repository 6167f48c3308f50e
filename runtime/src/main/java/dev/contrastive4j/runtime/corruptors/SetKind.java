package dev.contrastive4j.runtime.corruptors;

/** The three kinds of feature owners of a graph, as the three maps of a {@link CorruptionSpec}. */
public enum SetKind {
  /** Features of a node set, one row per node. */
  NODE_SET("node set"),
  /** Features of an edge set, one row per edge. */
  EDGE_SET("edge set"),
  /** Graph-level features, one row per component. */
  CONTEXT("context");

  private final String label;

  SetKind(String label) {
    this.label = label;
  }

  /** The words used in messages: "node set", "edge set" or "context". */
  public String label() {
    return label;
  }
}
