package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.ConfigValidationException;
import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.EncoderSpec;
import dev.contrastive4j.api.experiment.Experiment;
import dev.contrastive4j.api.experiment.ExperimentValidator;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The DSL's entry points: {@link #experiment} and one function per kind of encoder, task,
 * corruptor and readout, named after its JSON {@code type} in camel case
 * ({@code barlow-twins} is {@link #barlowTwins}, {@code vicreg} is {@link #vicReg}), except
 * {@link #shuffleFeaturesGlobally} for {@code shuffle-features}, named after TF-GNN's
 * corruptor. Each returns the immutable spec; only {@link #experiment} validates. Import them
 * all with
 * {@code import static dev.contrastive4j.api.experiment.dsl.Experiments.*} (Java) or
 * {@code import dev.contrastive4j.api.experiment.dsl.Experiments.*} (Kotlin).
 */
public final class Experiments {
  private Experiments() {}

  /**
   * The experiment {@code block} configures, starting from every default.
   *
   * @throws ConfigValidationException listing every problem of the result, with JSON paths
   */
  public static Experiment experiment(Block<ExperimentBuilder> block) {
    return ExperimentValidator.validate(BlockBuilder.run(new ExperimentBuilder(), block).build());
  }

  // Encoders.

  /** A GCN encoder ({@code type: gcn}). */
  public static EncoderSpec.GcnSpec gcn(Block<GcnBuilder> block) {
    return BlockBuilder.run(new GcnBuilder(EncoderSpec.GcnSpec.DGI), block).build();
  }

  /** DGI's GCN encoder: one layer of 512 units with PReLU. */
  public static EncoderSpec.GcnSpec gcn() {
    return EncoderSpec.GcnSpec.DGI;
  }

  /** A GraphSAGE encoder ({@code type: sage}). */
  public static EncoderSpec.SageSpec sage(Block<SageBuilder> block) {
    return BlockBuilder.run(new SageBuilder(EncoderSpec.SageSpec.DEFAULT), block).build();
  }

  /** A GraphSAGE encoder with the defaults. */
  public static EncoderSpec.SageSpec sage() {
    return EncoderSpec.SageSpec.DEFAULT;
  }

  /** A heterogeneous (R-GCN) encoder ({@code type: hetero}). */
  public static EncoderSpec.HeteroSpec hetero(Block<HeteroBuilder> block) {
    return BlockBuilder.run(new HeteroBuilder(EncoderSpec.HeteroSpec.DEFAULT), block).build();
  }

  /** A heterogeneous encoder with the defaults. */
  public static EncoderSpec.HeteroSpec hetero() {
    return EncoderSpec.HeteroSpec.DEFAULT;
  }

  // Tasks.

  /** A Deep Graph Infomax task ({@code type: dgi}). */
  public static TaskSpec.DgiSpec dgi(Block<DgiBuilder> block) {
    return BlockBuilder.run(new DgiBuilder(TaskSpec.DgiSpec.DEFAULT), block).build();
  }

  /** Deep Graph Infomax with the defaults. */
  public static TaskSpec.DgiSpec dgi() {
    return TaskSpec.DgiSpec.DEFAULT;
  }

  /** A Barlow Twins task ({@code type: barlow-twins}). */
  public static TaskSpec.BarlowTwinsSpec barlowTwins(Block<BarlowTwinsBuilder> block) {
    return BlockBuilder.run(new BarlowTwinsBuilder(TaskSpec.BarlowTwinsSpec.DEFAULT), block)
        .build();
  }

  /** Barlow Twins with the defaults. */
  public static TaskSpec.BarlowTwinsSpec barlowTwins() {
    return TaskSpec.BarlowTwinsSpec.DEFAULT;
  }

  /** A VICReg task ({@code type: vicreg}). */
  public static TaskSpec.VicRegSpec vicReg(Block<VicRegBuilder> block) {
    return BlockBuilder.run(new VicRegBuilder(TaskSpec.VicRegSpec.DEFAULT), block).build();
  }

  /** VICReg with the defaults. */
  public static TaskSpec.VicRegSpec vicReg() {
    return TaskSpec.VicRegSpec.DEFAULT;
  }

  /** A triplet task ({@code type: triplet}). */
  public static TaskSpec.TripletSpec triplet(Block<TripletBuilder> block) {
    return BlockBuilder.run(new TripletBuilder(TaskSpec.TripletSpec.DEFAULT), block).build();
  }

  /** The triplet task with the defaults. */
  public static TaskSpec.TripletSpec triplet() {
    return TaskSpec.TripletSpec.DEFAULT;
  }

  // Corruptors.

  /** Shuffles feature rows across the whole node set ({@code type: shuffle-features}). */
  public static CorruptorSpec.ShuffleFeatures shuffleFeaturesGlobally(
      Block<CorruptorBuilder> block) {
    CorruptorBuilder b = BlockBuilder.run(
        new CorruptorBuilder(CorruptorSpec.ShuffleFeatures.DEFAULT_RATE), block);
    return new CorruptorSpec.ShuffleFeatures(b.getRate(), b.getSeed());
  }

  /** Shuffles every feature row (rate 1), DGI's corruption. */
  public static CorruptorSpec.ShuffleFeatures shuffleFeaturesGlobally() {
    return new CorruptorSpec.ShuffleFeatures(null, null);
  }

  /** Drops out feature entries ({@code type: dropout-features}). */
  public static CorruptorSpec.DropoutFeatures dropoutFeatures(Block<CorruptorBuilder> block) {
    CorruptorBuilder b = BlockBuilder.run(
        new CorruptorBuilder(CorruptorSpec.DropoutFeatures.DEFAULT_RATE), block);
    return new CorruptorSpec.DropoutFeatures(b.getRate(), b.getSeed());
  }

  /** Drops out feature entries at {@code rate}, in [0, 1). */
  public static CorruptorSpec.DropoutFeatures dropoutFeatures(double rate) {
    return new CorruptorSpec.DropoutFeatures(rate, null);
  }

  /** Drops out feature entries at the default rate, 0.1. */
  public static CorruptorSpec.DropoutFeatures dropoutFeatures() {
    return new CorruptorSpec.DropoutFeatures(null, null);
  }

  /** Drops edges ({@code type: drop-edges}). */
  public static CorruptorSpec.DropEdges dropEdges(Block<CorruptorBuilder> block) {
    CorruptorBuilder b = BlockBuilder.run(
        new CorruptorBuilder(CorruptorSpec.DropEdges.DEFAULT_RATE), block);
    return new CorruptorSpec.DropEdges(b.getRate(), b.getSeed());
  }

  /** Drops each edge with probability {@code rate}, in [0, 1]. */
  public static CorruptorSpec.DropEdges dropEdges(double rate) {
    return new CorruptorSpec.DropEdges(rate, null);
  }

  /** Drops edges at the default rate, 0.2. */
  public static CorruptorSpec.DropEdges dropEdges() {
    return new CorruptorSpec.DropEdges(null, null);
  }

  /** Masks feature columns ({@code type: mask-feature-columns}). */
  public static CorruptorSpec.MaskFeatureColumns maskFeatureColumns(
      Block<CorruptorBuilder> block) {
    CorruptorBuilder b = BlockBuilder.run(
        new CorruptorBuilder(CorruptorSpec.MaskFeatureColumns.DEFAULT_RATE), block);
    return new CorruptorSpec.MaskFeatureColumns(b.getRate(), b.getSeed());
  }

  /** Masks a share {@code rate} of feature columns, in [0, 1]. */
  public static CorruptorSpec.MaskFeatureColumns maskFeatureColumns(double rate) {
    return new CorruptorSpec.MaskFeatureColumns(rate, null);
  }

  /** Masks feature columns at the default rate, 0.2. */
  public static CorruptorSpec.MaskFeatureColumns maskFeatureColumns() {
    return new CorruptorSpec.MaskFeatureColumns(null, null);
  }

  /** Applies {@code steps} in order ({@code type: compose}). */
  public static CorruptorSpec.Compose compose(CorruptorSpec... steps) {
    return compose(Arrays.asList(steps));
  }

  /** Applies {@code steps} in order ({@code type: compose}). */
  public static CorruptorSpec.Compose compose(List<CorruptorSpec> steps) {
    return new CorruptorSpec.Compose(BlockBuilder.copyWithoutNulls("steps", steps));
  }

  // Readouts.

  /** The first node of each component ({@code type: first-node}). */
  public static ReadoutSpec.FirstNode firstNode() {
    return new ReadoutSpec.FirstNode();
  }

  /** Every node of the node set ({@code type: all-nodes}). */
  public static ReadoutSpec.AllNodes allNodes() {
    return new ReadoutSpec.AllNodes();
  }

  /** A pooled summary per component ({@code type: pool}). */
  public static ReadoutSpec.Pool pool(Block<PoolBuilder> block) {
    return BlockBuilder.run(new PoolBuilder(), block).build();
  }

  /** A pooled summary per component: {@code mean}, {@code sum} or {@code max}. */
  public static ReadoutSpec.Pool pool(String pooling) {
    return new ReadoutSpec.Pool(pooling);
  }
}
