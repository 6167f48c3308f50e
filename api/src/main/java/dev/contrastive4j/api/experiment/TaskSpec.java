package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The self-supervised task, chosen by {@code type}: {@code dgi}, {@code barlow-twins},
 * {@code vicreg}, {@code triplet} (or a task generated from {@code @ContrastiveTask}). Every
 * task takes TF-GNN's {@code ContrastiveLossTask} parameters; null means the default.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(TaskSpec.DgiSpec.class),
    @JsonSubTypes.Type(TaskSpec.BarlowTwinsSpec.class),
    @JsonSubTypes.Type(TaskSpec.VicRegSpec.class),
    @JsonSubTypes.Type(TaskSpec.TripletSpec.class)})
public interface TaskSpec {

  /** The node set to read out; null means the data set's target node set. */
  String nodeSet();

  /** The encoded feature to read out; null means {@code hidden_state}. */
  String feature();

  /** Units of the dense ReLU projector applied to both views; empty for none. */
  List<Integer> projectorUnits();

  /** The seed of the task's corruptors; null means the experiment's seed. */
  Long seed();

  /** Makes the second (corrupted) view; null means the task's default. */
  CorruptorSpec corruptor();

  /** Augments the first view too (Graph Barlow Twins); null means the clean graph. */
  CorruptorSpec cleanView();

  /** Reads representations; null means every node of the node set. */
  ReadoutSpec readout();

  /** Deep Graph Infomax: default corruption shuffles features, as in the paper. */
  @JsonTypeName("dgi")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DgiSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout) implements TaskSpec {
    public static final DgiSpec DEFAULT = new DgiSpec(null, null, null, null, null, null, null);

    public DgiSpec {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
    }
  }

  /**
   * Barlow Twins. Without a configured corruptor both views are augmented by dropping edges
   * and masking feature columns, as Graph Barlow Twins does.
   *
   * @param lambda weight of the off-diagonal terms; null means 1 / dim
   * @param normalizeBatch whether to standardize each dimension over the batch (default true)
   */
  @JsonTypeName("barlow-twins")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BarlowTwinsSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout, Double lambda,
      Boolean normalizeBatch) implements TaskSpec {
    public static final BarlowTwinsSpec DEFAULT =
        new BarlowTwinsSpec(null, null, null, null, null, null, null, null, null);

    public BarlowTwinsSpec {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      normalizeBatch = normalizeBatch == null || normalizeBatch;
    }
  }

  /**
   * VICReg with TF-GNN's weights (25, 25, 1) by default. Views as for Barlow Twins.
   */
  @JsonTypeName("vicreg")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VicRegSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout, Double simWeight,
      Double varWeight, Double covWeight) implements TaskSpec {
    public static final VicRegSpec DEFAULT =
        new VicRegSpec(null, null, null, null, null, null, null, null, null, null);

    public VicRegSpec {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      simWeight = simWeight == null ? 25.0 : simWeight;
      varWeight = varWeight == null ? 25.0 : varWeight;
      covWeight = covWeight == null ? 1.0 : covWeight;
    }
  }

  /**
   * The triplet task: anchor, a positive view and its corruption.
   *
   * @param margin the hinge margin (default 1)
   * @param positiveView makes the positive sample; null means the default augmentation
   */
  @JsonTypeName("triplet")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TripletSpec(String nodeSet, String feature, List<Integer> projectorUnits, Long seed,
      CorruptorSpec corruptor, CorruptorSpec cleanView, ReadoutSpec readout, Double margin,
      CorruptorSpec positiveView) implements TaskSpec {
    public static final TripletSpec DEFAULT =
        new TripletSpec(null, null, null, null, null, null, null, null, null);

    public TripletSpec {
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      margin = margin == null ? 1.0 : margin;
    }
  }
}
