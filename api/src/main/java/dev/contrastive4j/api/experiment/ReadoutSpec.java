package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How representations are read from the encoded graph, chosen by {@code type}:
 * {@code first-node}, {@code all-nodes} or {@code pool}. Open for plugins, which register more
 * type names with the runtime's {@code ExperimentMapper}.
 */
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
   * @param pooling one of {@link #POOLINGS} (default {@code mean})
   */
  @JsonTypeName("pool")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Pool(@Nullable String pooling) implements ReadoutSpec {
    /** The pooling names, in the order the runtime lists them. */
    public static final List<String> POOLINGS = List.of("mean", "sum", "max");

    /** Puts the default in for a null pooling. */
    public Pool {
      pooling = pooling == null ? "mean" : SettingNames.canonical(pooling, POOLINGS);
    }

    /** The pooling name; never null. */
    @Override
    public String pooling() {
      return pooling;
    }
  }
}
