package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** How representations are read from the encoded graph, chosen by {@code type}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(ReadoutSpec.FirstNode.class),
    @JsonSubTypes.Type(ReadoutSpec.AllNodes.class),
    @JsonSubTypes.Type(ReadoutSpec.Pool.class)})
public interface ReadoutSpec {

  /** The first node of each component (TF-GNN's {@code ReadoutFirstNode}). */
  @JsonTypeName("first-node")
  record FirstNode() implements ReadoutSpec {}

  /** Every node of the node set: transductive training on one graph. */
  @JsonTypeName("all-nodes")
  record AllNodes() implements ReadoutSpec {}

  /**
   * A pooled summary per component.
   *
   * @param pooling {@code mean}, {@code sum} or {@code max}
   */
  @JsonTypeName("pool")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Pool(String pooling) implements ReadoutSpec {
    public Pool {
      pooling = pooling == null ? "mean" : pooling;
    }
  }
}
