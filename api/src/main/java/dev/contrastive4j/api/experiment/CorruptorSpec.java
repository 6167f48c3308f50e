package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A corruptor (view maker), chosen by {@code type}: {@code shuffle-features},
 * {@code dropout-features}, {@code drop-edges}, {@code mask-feature-columns} or {@code compose}.
 * Rates are in [0, 1] (dropout below 1); a null seed means one derived from the task's seed.
 * Open for plugins (user corruptors), which register more type names with the runtime's
 * {@code ExperimentMapper}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(CorruptorSpec.ShuffleFeatures.class),
    @JsonSubTypes.Type(CorruptorSpec.DropoutFeatures.class),
    @JsonSubTypes.Type(CorruptorSpec.DropEdges.class),
    @JsonSubTypes.Type(CorruptorSpec.MaskFeatureColumns.class),
    @JsonSubTypes.Type(CorruptorSpec.Compose.class)})
public interface CorruptorSpec {
  /**
   * Graph Barlow Twins' augmentation: drop 20 % of the edges, then mask 20 % of the feature
   * columns, each step seeded from the task's seed. The default views of Barlow Twins and
   * VICReg and the triplet task's default positive view.
   */
  Compose DEFAULT_AUGMENTATION = new Compose(List.of(new DropEdges(0.2, null),
      new MaskFeatureColumns(0.2, null)));

  /**
   * Permutes the rows of every feature across the whole set (DGI's corruption).
   *
   * @param rate the share of rows that move, in [0, 1] (default 1)
   * @param seed the seed; null derives one from the task's seed
   */
  @JsonTypeName("shuffle-features")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record ShuffleFeatures(@Nullable Double rate, @Nullable Long seed) implements CorruptorSpec {
    /** The default rate. */
    public static final double DEFAULT_RATE = 1.0;

    /** Puts the default in for a null rate. */
    public ShuffleFeatures {
      rate = rate == null ? DEFAULT_RATE : rate;
    }

    /** The rate, never null: {@link #DEFAULT_RATE} when none was given. */
    @Override
    public Double rate() {
      return rate;
    }
  }

  /**
   * Zeroes feature entries with probability {@code rate}, scaling the rest by
   * {@code 1 / (1 - rate)}.
   *
   * @param rate the dropout probability, in [0, 1) (default 0.1)
   * @param seed the seed; null derives one from the task's seed
   */
  @JsonTypeName("dropout-features")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DropoutFeatures(@Nullable Double rate, @Nullable Long seed) implements CorruptorSpec {
    /** The default rate. */
    public static final double DEFAULT_RATE = 0.1;

    /** Puts the default in for a null rate. */
    public DropoutFeatures {
      rate = rate == null ? DEFAULT_RATE : rate;
    }

    /** The rate, never null: {@link #DEFAULT_RATE} when none was given. */
    @Override
    public Double rate() {
      return rate;
    }
  }

  /**
   * Drops each edge with probability {@code rate}.
   *
   * @param rate the drop probability, in [0, 1] (default 0.2)
   * @param seed the seed; null derives one from the task's seed
   */
  @JsonTypeName("drop-edges")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record DropEdges(@Nullable Double rate, @Nullable Long seed) implements CorruptorSpec {
    /** The default rate. */
    public static final double DEFAULT_RATE = 0.2;

    /** Puts the default in for a null rate. */
    public DropEdges {
      rate = rate == null ? DEFAULT_RATE : rate;
    }

    /** The rate, never null: {@link #DEFAULT_RATE} when none was given. */
    @Override
    public Double rate() {
      return rate;
    }
  }

  /**
   * Zeroes a random share {@code rate} of feature columns, the same for every row.
   *
   * @param rate the share of columns masked, in [0, 1] (default 0.2)
   * @param seed the seed; null derives one from the task's seed
   */
  @JsonTypeName("mask-feature-columns")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record MaskFeatureColumns(@Nullable Double rate, @Nullable Long seed)
      implements CorruptorSpec {
    /** The default rate. */
    public static final double DEFAULT_RATE = 0.2;

    /** Puts the default in for a null rate. */
    public MaskFeatureColumns {
      rate = rate == null ? DEFAULT_RATE : rate;
    }

    /** The rate, never null: {@link #DEFAULT_RATE} when none was given. */
    @Override
    public Double rate() {
      return rate;
    }
  }

  /**
   * Applies {@code steps} in order; no steps leave the graph as it is.
   *
   * @param steps the corruptors to apply (default none)
   */
  @JsonTypeName("compose")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Compose(@Nullable List<CorruptorSpec> steps) implements CorruptorSpec {
    /** Puts the default in for null steps. */
    public Compose {
      steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** The steps, in order (unmodifiable); never null. */
    @Override
    public List<CorruptorSpec> steps() {
      return steps;
    }
  }
}
