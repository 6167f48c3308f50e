package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A corruptor (view maker), chosen by {@code type}. Rates are in [0, 1]; a null seed means
 * one derived from the experiment's seed.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(CorruptorSpec.ShuffleFeatures.class),
    @JsonSubTypes.Type(CorruptorSpec.DropoutFeatures.class),
    @JsonSubTypes.Type(CorruptorSpec.DropEdges.class),
    @JsonSubTypes.Type(CorruptorSpec.MaskFeatureColumns.class),
    @JsonSubTypes.Type(CorruptorSpec.Compose.class)})
public interface CorruptorSpec {

  /** Permutes the rows of every feature across the whole set (DGI's corruption). */
  @JsonTypeName("shuffle-features")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ShuffleFeatures(Double rate, Long seed) implements CorruptorSpec {
    public ShuffleFeatures {
      rate = rate == null ? 1.0 : rate;
    }
  }

  /** Zeroes feature entries with probability {@code rate}, scaling the rest. */
  @JsonTypeName("dropout-features")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DropoutFeatures(Double rate, Long seed) implements CorruptorSpec {
    public DropoutFeatures {
      rate = rate == null ? 0.1 : rate;
    }
  }

  /** Drops each edge with probability {@code rate}. */
  @JsonTypeName("drop-edges")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DropEdges(Double rate, Long seed) implements CorruptorSpec {
    public DropEdges {
      rate = rate == null ? 0.2 : rate;
    }
  }

  /** Zeroes a random share {@code rate} of feature columns, the same for every row. */
  @JsonTypeName("mask-feature-columns")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record MaskFeatureColumns(Double rate, Long seed) implements CorruptorSpec {
    public MaskFeatureColumns {
      rate = rate == null ? 0.2 : rate;
    }
  }

  /** Applies {@code steps} in order. */
  @JsonTypeName("compose")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Compose(List<CorruptorSpec> steps) implements CorruptorSpec {
    public Compose {
      steps = steps == null ? List.of() : List.copyOf(steps);
    }
  }
}
