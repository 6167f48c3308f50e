package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The encoder being trained, chosen by {@code type}: {@code gcn}, {@code sage} or {@code hetero}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(EncoderSpec.GcnSpec.class),
    @JsonSubTypes.Type(EncoderSpec.SageSpec.class),
    @JsonSubTypes.Type(EncoderSpec.HeteroSpec.class)})
public sealed interface EncoderSpec {
  /** Units of each layer; the last is the embedding width. */
  List<Long> units();

  /** Activation after each layer: {@code prelu}, {@code relu}, {@code tanh}, {@code sigmoid}, {@code none}. */
  String activation();

  /** Dropout rate between layers, in [0, 1). */
  Double dropout();

  /** The embedding width (the last layer's units). */
  default long outputDim() {
    return units().get(units().size() - 1);
  }

  /**
   * Graph convolutions (Kipf and Welling) with symmetric normalization.
   *
   * @param selfLoops whether to add a self loop per node before normalizing
   */
  @JsonTypeName("gcn")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record GcnSpec(List<Long> units, String activation, Double dropout, Boolean selfLoops)
      implements EncoderSpec {
    /** DGI's encoder: one layer of 512 units with PReLU. */
    public static final GcnSpec DGI = new GcnSpec(null, null, null, null);

    public GcnSpec {
      units = units == null || units.isEmpty() ? List.of(512L) : List.copyOf(units);
      activation = activation == null ? "prelu" : activation;
      dropout = dropout == null ? 0.0 : dropout;
      selfLoops = selfLoops == null || selfLoops;
    }
  }

  /** GraphSAGE with the mean aggregator. */
  @JsonTypeName("sage")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record SageSpec(List<Long> units, String activation, Double dropout) implements EncoderSpec {
    public SageSpec {
      units = units == null || units.isEmpty() ? List.of(512L) : List.copyOf(units);
      activation = activation == null ? "prelu" : activation;
      dropout = dropout == null ? 0.0 : dropout;
    }
  }

  /**
   * One convolution per edge set, summed or averaged into each target node set (R-GCN), for
   * graphs with several node and edge sets.
   *
   * @param aggregation {@code mean} or {@code sum} over each edge set's messages
   * @param selfTransform whether each node set also transforms its own state
   */
  @JsonTypeName("hetero")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record HeteroSpec(List<Long> units, String activation, Double dropout, String aggregation,
      Boolean selfTransform) implements EncoderSpec {
    public HeteroSpec {
      units = units == null || units.isEmpty() ? List.of(512L) : List.copyOf(units);
      activation = activation == null ? "prelu" : activation;
      dropout = dropout == null ? 0.0 : dropout;
      aggregation = aggregation == null ? "mean" : aggregation;
      selfTransform = selfTransform == null || selfTransform;
    }
  }
}
