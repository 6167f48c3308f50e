package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The encoder being trained, chosen by {@code type}: {@code gcn}, {@code sage} or
 * {@code hetero}. Null settings take the defaults given with each kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(EncoderSpec.GcnSpec.class),
    @JsonSubTypes.Type(EncoderSpec.SageSpec.class),
    @JsonSubTypes.Type(EncoderSpec.HeteroSpec.class)})
public sealed interface EncoderSpec {
  /**
   * The activation names, in the order the runtime lists them (case and {@code -}/{@code _}
   * do not matter when reading).
   */
  List<String> ACTIVATIONS = List.of("none", "relu", "sigmoid", "tanh", "prelu", "prelu_shared");

  /** The units of every encoder when none are given: DGI's one layer of 512. */
  List<Integer> DEFAULT_UNITS = List.of(512);

  /**
   * Units of each layer; the last is the embedding width. Never empty. Integers, as a task's
   * {@link TaskSpec#projectorUnits() projector units} are.
   */
  List<Integer> units();

  /**
   * Activation after each layer: one of {@link #ACTIVATIONS}; {@code prelu} learns one slope
   * per channel (PyTorch Geometric's DGI example), {@code prelu_shared} one slope for all of a
   * layer's channels (the DGI paper's code, PyTorch's {@code nn.PReLU()}).
   */
  String activation();

  /**
   * Dropout rate between layers, in [0, 1), applied when training to every layer's output but
   * the last (so a one-layer encoder has none).
   */
  Double dropout();

  /** The embedding width (the last layer's units). */
  default long outputDim() {
    return units().get(units().size() - 1);
  }

  /**
   * Graph convolutions (Kipf and Welling) with symmetric normalization.
   *
   * @param units units of each layer (default [512]; null or empty means the default)
   * @param activation one of {@link #ACTIVATIONS} (default {@code prelu})
   * @param dropout dropout rate between layers, in [0, 1) (default 0)
   * @param selfLoops whether to add a self loop per node before normalizing (default true)
   */
  @JsonTypeName("gcn")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record GcnSpec(@Nullable List<Integer> units, @Nullable String activation,
      @Nullable Double dropout, @Nullable Boolean selfLoops) implements EncoderSpec {
    /** DGI's encoder: one layer of 512 units with PReLU. */
    public static final GcnSpec DGI = new GcnSpec(null, null, null, null);

    /** Puts the default in for every null setting. */
    public GcnSpec {
      units = units == null || units.isEmpty() ? DEFAULT_UNITS : List.copyOf(units);
      activation = activation == null ? "prelu"
          : SettingNames.canonical(activation, ACTIVATIONS);
      dropout = dropout == null ? 0.0 : dropout;
      selfLoops = selfLoops == null || selfLoops;
    }

    @Override
    public List<Integer> units() {
      return units;
    }

    @Override
    public String activation() {
      return activation;
    }

    @Override
    public Double dropout() {
      return dropout;
    }

    /** Whether to add self loops; never null. */
    @Override
    public Boolean selfLoops() {
      return selfLoops;
    }
  }

  /**
   * GraphSAGE with the mean aggregator.
   *
   * @param units units of each layer (default [512]; null or empty means the default)
   * @param activation one of {@link #ACTIVATIONS} (default {@code prelu})
   * @param dropout dropout rate between layers, in [0, 1) (default 0)
   */
  @JsonTypeName("sage")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record SageSpec(@Nullable List<Integer> units, @Nullable String activation,
      @Nullable Double dropout) implements EncoderSpec {
    /** One layer of 512 units with PReLU. */
    public static final SageSpec DEFAULT = new SageSpec(null, null, null);

    /** Puts the default in for every null setting. */
    public SageSpec {
      units = units == null || units.isEmpty() ? DEFAULT_UNITS : List.copyOf(units);
      activation = activation == null ? "prelu"
          : SettingNames.canonical(activation, ACTIVATIONS);
      dropout = dropout == null ? 0.0 : dropout;
    }

    @Override
    public List<Integer> units() {
      return units;
    }

    @Override
    public String activation() {
      return activation;
    }

    @Override
    public Double dropout() {
      return dropout;
    }
  }

  /**
   * One convolution per edge set, summed or averaged into each target node set (R-GCN), for
   * graphs with several node and edge sets.
   *
   * @param units units of each layer (default [512]; null or empty means the default)
   * @param activation one of {@link #ACTIVATIONS} (default {@code prelu})
   * @param dropout dropout rate between layers, in [0, 1) (default 0)
   * @param aggregation one of {@link #AGGREGATIONS} over each edge set's messages (default
   *     {@code mean})
   * @param selfTransform whether each node set also transforms its own state (default true)
   */
  @JsonTypeName("hetero")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record HeteroSpec(@Nullable List<Integer> units, @Nullable String activation,
      @Nullable Double dropout, @Nullable String aggregation, @Nullable Boolean selfTransform)
      implements EncoderSpec {
    /** The aggregation names, in the order the runtime lists them. */
    public static final List<String> AGGREGATIONS = List.of("mean", "sum");

    /** One layer of 512 units with PReLU, mean aggregation and self transforms. */
    public static final HeteroSpec DEFAULT = new HeteroSpec(null, null, null, null, null);

    /** Puts the default in for every null setting. */
    public HeteroSpec {
      units = units == null || units.isEmpty() ? DEFAULT_UNITS : List.copyOf(units);
      activation = activation == null ? "prelu"
          : SettingNames.canonical(activation, ACTIVATIONS);
      dropout = dropout == null ? 0.0 : dropout;
      aggregation = aggregation == null ? "mean"
          : SettingNames.canonical(aggregation, AGGREGATIONS);
      selfTransform = selfTransform == null || selfTransform;
    }

    @Override
    public List<Integer> units() {
      return units;
    }

    @Override
    public String activation() {
      return activation;
    }

    @Override
    public Double dropout() {
      return dropout;
    }

    /** The aggregation name; never null. */
    @Override
    public String aggregation() {
      return aggregation;
    }

    /** Whether each node set transforms its own state; never null. */
    @Override
    public Boolean selfTransform() {
      return selfTransform;
    }
  }
}
