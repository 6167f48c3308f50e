package dev.contrastive4j.api.data;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a {@link GraphDataset}'s labels and split are about, and so what its linear probe
 * classifies: the nodes of its target node set, or its graphs (the components of its graph). In
 * JSON (a run's {@code summary.json}) a level is written as {@link #id()}.
 */
public enum LabelLevel {
  /**
   * One label per node of the target node set; the split holds node indices, and the probe
   * classifies each node by its embedding.
   */
  NODE,
  /**
   * One label per graph (component of the data set's graph); the split holds component indices,
   * and the probe classifies each graph by the mean embedding of its nodes of the target node
   * set.
   */
  GRAPH;

  /** The lower-case name, {@code node} or {@code graph}, as JSON writes it. */
  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return id();
  }
}
