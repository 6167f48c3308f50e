package dev.contrastive4j.api.experiment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.contrastive4j.api.task.EncodedGraph;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The self-supervised task, chosen by {@code type}: {@code dgi}, {@code barlow-twins},
 * {@code vicreg}, {@code triplet} (or a task generated from {@code @ContrastiveTask}, registered
 * with the runtime's {@code ExperimentMapper}). Every task takes TF-GNN's
 * {@code ContrastiveLossTask} parameters; null means the default.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(TaskSpec.DgiSpec.class),
    @JsonSubTypes.Type(TaskSpec.BarlowTwinsSpec.class),
    @JsonSubTypes.Type(TaskSpec.VicRegSpec.class),
    @JsonSubTypes.Type(TaskSpec.TripletSpec.class)})
public interface TaskSpec {

  /**
   * The {@code type} name of a task spec (its {@link JsonTypeName}, as on the command line),
   * or its class's simple name when it has none.
   */
  static String typeName(TaskSpec spec) {
    return SpecTypeNames.of(spec);
  }

  /** The node set to read out; null means the data set's target node set. */
  @Nullable String nodeSet();

  /**
   * The encoded feature to read out; null means {@code hidden_state} (the built-in specs put
   * that in).
   */
  @Nullable String feature();

  /** Units of the dense ReLU projector applied to both views, each positive; empty for none. */
  List<Integer> projectorUnits();

  /** The seed of the task's corruptors; null means the experiment's seed. */
  @Nullable Long seed();

  /**
   * Makes the second (corrupted) view, for the triplet task the negative sample from the
   * positive one; null means the task's default: features shuffled (seeded with the task's
   * seed itself) for DGI and triplet, {@link CorruptorSpec#DEFAULT_AUGMENTATION} for Barlow
   * Twins and VICReg (whose specs put it in).
   */
  @Nullable CorruptorSpec corruptor();

  /**
   * Augments the first view too (Graph Barlow Twins); null means the clean graph for DGI and
   * triplet, and {@link CorruptorSpec#DEFAULT_AUGMENTATION} for Barlow Twins and VICReg (whose
   * specs put it in).
   */
  @Nullable CorruptorSpec cleanView();

  /**
   * Reads representations; null means every node of the node set ({@code all-nodes}, which the
   * built-in specs put in).
   */
  @Nullable ReadoutSpec readout();

  /**
   * The schedule this task trains on when the experiment gives no epochs or patience: the
   * epochs and patience of the spec returned ({@link TrainingSpec#resolvedFor}), which an
   * override must give both of (as {@link TrainingSpec#fixedEpochs} does). By default Deep
   * Graph Infomax's, {@link TrainingSpec#EARLY_STOPPING}.
   */
  default TrainingSpec defaultTraining() {
    return TrainingSpec.EARLY_STOPPING;
  }

  /**
   * Deep Graph Infomax: default corruption shuffles features, as in the paper.
   *
   * @param discriminator one of {@link #DISCRIMINATORS}: {@value #UNIFORM} (default), a bilinear
   *     kernel drawn from {@code U(-1/sqrt(d), 1/sqrt(d))} without bias, as PyTorch Geometric's
   *     {@code DeepGraphInfomax}; or {@value #BILINEAR_GLOROT}, the DGI paper's code's
   *     {@code nn.Bilinear(d, d, 1)}: a kernel Glorot-uniform over PyTorch's fans of its
   *     {@code [1, d, d]} weight ({@code fan_in = d·d}, {@code fan_out = d}) and a learned bias
   *     initially 0
   */
  @JsonTypeName("dgi")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DgiSpec(@Nullable String nodeSet, @Nullable String feature,
      @Nullable List<Integer> projectorUnits, @Nullable Long seed,
      @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
      @Nullable ReadoutSpec readout, @Nullable String discriminator) implements TaskSpec {
    /** The discriminator of PyTorch Geometric's DGI: uniform kernel, no bias (default). */
    public static final String UNIFORM = "uniform";

    /** The discriminator of the DGI paper's code: Glorot kernel over PyTorch's fans, a bias. */
    public static final String BILINEAR_GLOROT = "bilinear_glorot";

    /**
     * The discriminator names, in the order the runtime lists them (case and {@code -}/{@code _}
     * do not matter when reading).
     */
    public static final List<String> DISCRIMINATORS = List.of(UNIFORM, BILINEAR_GLOROT);

    /** Every default. */
    public static final DgiSpec DEFAULT =
        new DgiSpec(null, null, null, null, null, null, null, null);

    /**
     * Puts the default in for a null feature, projector units, readout and discriminator (never
     * null after).
     */
    @JsonCreator
    public DgiSpec {
      feature = feature == null ? EncodedGraph.HIDDEN_STATE : feature;
      readout = readout == null ? new ReadoutSpec.AllNodes() : readout;
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      discriminator = discriminator == null ? UNIFORM
          : SettingNames.canonical(discriminator, DISCRIMINATORS);
    }

    /** The TF-GNN parameters, with the default discriminator. */
    public DgiSpec(@Nullable String nodeSet, @Nullable String feature,
        @Nullable List<Integer> projectorUnits, @Nullable Long seed,
        @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
        @Nullable ReadoutSpec readout) {
      this(nodeSet, feature, projectorUnits, seed, corruptor, cleanView, readout, null);
    }

    /**
     * The discriminator's name, never null: {@link #UNIFORM} when none was given; a name that
     * matches one of {@link #DISCRIMINATORS} (ignoring case and {@code -}/{@code _}) spelled as
     * listed there; any other name as given, which {@link ExperimentValidator} refuses.
     */
    @Override
    public String discriminator() {
      return discriminator;
    }

    @Override
    public List<Integer> projectorUnits() {
      return projectorUnits;
    }
  }

  /**
   * Barlow Twins. Each view that is not configured ({@code corruptor} for the second,
   * {@code clean_view} for the first) is augmented by dropping 20 % of the edges and masking 20 %
   * of the feature columns, as Graph Barlow Twins does, each with its own seed.
   *
   * @param lambda weight of the off-diagonal terms, finite and at least 0; null means 1 / dim,
   *     the width the loss compares (the last projector units, else the embedding width)
   * @param normalizeBatch whether to standardize each dimension over the batch (default true)
   */
  @JsonTypeName("barlow-twins")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record BarlowTwinsSpec(@Nullable String nodeSet, @Nullable String feature,
      @Nullable List<Integer> projectorUnits, @Nullable Long seed,
      @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
      @Nullable ReadoutSpec readout, @Nullable Double lambda, @Nullable Boolean normalizeBatch)
      implements TaskSpec {
    /** Every default. */
    public static final BarlowTwinsSpec DEFAULT =
        new BarlowTwinsSpec(null, null, null, null, null, null, null, null, null);

    /**
     * Puts the default in for a null feature, projector units, views, readout and batch
     * normalization (never null after).
     */
    public BarlowTwinsSpec {
      feature = feature == null ? EncodedGraph.HIDDEN_STATE : feature;
      readout = readout == null ? new ReadoutSpec.AllNodes() : readout;
      corruptor = corruptor == null ? CorruptorSpec.DEFAULT_AUGMENTATION : corruptor;
      cleanView = cleanView == null ? CorruptorSpec.DEFAULT_AUGMENTATION : cleanView;
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      normalizeBatch = normalizeBatch == null || normalizeBatch;
    }

    /**
     * 100 epochs without early stopping: on Cora's validation split the best of 50, 100,
     * 230 (where stopping on the loss ended the run) and 1000.
     */
    @Override
    public TrainingSpec defaultTraining() {
      return TrainingSpec.fixedEpochs(100);
    }

    @Override
    public List<Integer> projectorUnits() {
      return projectorUnits;
    }

    /** Whether to standardize each dimension over the batch; never null. */
    @Override
    public Boolean normalizeBatch() {
      return normalizeBatch;
    }
  }

  /**
   * VICReg with TF-GNN's weights (25, 25, 1) by default. Views as for Barlow Twins.
   *
   * @param simWeight weight of the invariance (similarity) term, at least 0 (default 25)
   * @param varWeight weight of the variance term, at least 0 (default 25)
   * @param covWeight weight of the covariance term, at least 0 (default 1)
   */
  @JsonTypeName("vicreg")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record VicRegSpec(@Nullable String nodeSet, @Nullable String feature,
      @Nullable List<Integer> projectorUnits, @Nullable Long seed,
      @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
      @Nullable ReadoutSpec readout, @Nullable Double simWeight, @Nullable Double varWeight,
      @Nullable Double covWeight) implements TaskSpec {
    /** Every default. */
    public static final VicRegSpec DEFAULT =
        new VicRegSpec(null, null, null, null, null, null, null, null, null, null);

    /**
     * Puts the default in for a null feature, projector units, views, readout and weights
     * (never null after).
     */
    public VicRegSpec {
      feature = feature == null ? EncodedGraph.HIDDEN_STATE : feature;
      readout = readout == null ? new ReadoutSpec.AllNodes() : readout;
      corruptor = corruptor == null ? CorruptorSpec.DEFAULT_AUGMENTATION : corruptor;
      cleanView = cleanView == null ? CorruptorSpec.DEFAULT_AUGMENTATION : cleanView;
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      simWeight = simWeight == null ? 25.0 : simWeight;
      varWeight = varWeight == null ? 25.0 : varWeight;
      covWeight = covWeight == null ? 1.0 : covWeight;
    }

    /**
     * 200 epochs without early stopping: on Cora's validation split (seed 0) the best
     * of 50, 100, 200 and 400; stopping on the loss ran 751 epochs, to
     * test accuracy 0.723 against 0.805.
     */
    @Override
    public TrainingSpec defaultTraining() {
      return TrainingSpec.fixedEpochs(200);
    }

    @Override
    public List<Integer> projectorUnits() {
      return projectorUnits;
    }

    /** Weight of the invariance term; never null. */
    @Override
    public Double simWeight() {
      return simWeight;
    }

    /** Weight of the variance term; never null. */
    @Override
    public Double varWeight() {
      return varWeight;
    }

    /** Weight of the covariance term; never null. */
    @Override
    public Double covWeight() {
      return covWeight;
    }
  }

  /**
   * The triplet task: the anchor (the graph, or {@code clean_view} of it), a positive sample
   * ({@code positive_view} of the graph) and a negative sample ({@code corruptor} of the
   * positive one).
   *
   * @param margin the hinge margin, finite and at least 0 (default 1)
   * @param positiveView makes the positive sample; null means the default augmentation (drop
   *     20 % of the edges, mask 20 % of the feature columns)
   */
  @JsonTypeName("triplet")
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TripletSpec(@Nullable String nodeSet, @Nullable String feature,
      @Nullable List<Integer> projectorUnits, @Nullable Long seed,
      @Nullable CorruptorSpec corruptor, @Nullable CorruptorSpec cleanView,
      @Nullable ReadoutSpec readout, @Nullable Double margin,
      @Nullable CorruptorSpec positiveView) implements TaskSpec {
    /** Every default. */
    public static final TripletSpec DEFAULT =
        new TripletSpec(null, null, null, null, null, null, null, null, null);

    /**
     * Puts the default in for a null feature, projector units, readout, margin and positive
     * view (never null after).
     */
    public TripletSpec {
      feature = feature == null ? EncodedGraph.HIDDEN_STATE : feature;
      readout = readout == null ? new ReadoutSpec.AllNodes() : readout;
      positiveView = positiveView == null ? CorruptorSpec.DEFAULT_AUGMENTATION : positiveView;
      projectorUnits = projectorUnits == null ? List.of() : List.copyOf(projectorUnits);
      margin = margin == null ? 1.0 : margin;
    }

    /**
     * 50 epochs without early stopping: on Cora's validation split (seed 0) the best of
     * 25, 50, 100, 200 and 400; stopping on the loss ran 378 epochs, to test
     * accuracy 0.787 against 0.805.
     */
    @Override
    public TrainingSpec defaultTraining() {
      return TrainingSpec.fixedEpochs(50);
    }

    @Override
    public List<Integer> projectorUnits() {
      return projectorUnits;
    }

    /** The hinge margin; never null. */
    @Override
    public Double margin() {
      return margin;
    }
  }
}
