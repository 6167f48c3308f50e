package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.ReadoutSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the task builders share: TF-GNN's {@code ContrastiveLossTask} parameters (node set,
 * feature, projector, seed, corruptor, clean-view augmentation, readout). Null means the
 * task's default.
 *
 * @param <B> the concrete builder, returned by the fluent setters
 */
public abstract class TaskBuilder<B extends TaskBuilder<B>> extends BlockBuilder {
  private @Nullable String nodeSet;
  private @Nullable String feature;
  private List<Integer> projectorUnits;
  private @Nullable Long seed;
  private @Nullable CorruptorSpec corruptor;
  private @Nullable CorruptorSpec cleanView;
  private @Nullable ReadoutSpec readout;

  TaskBuilder(TaskSpec start) {
    nodeSet = start.nodeSet();
    feature = start.feature();
    projectorUnits = start.projectorUnits();
    seed = start.seed();
    corruptor = start.corruptor();
    cleanView = start.cleanView();
    readout = start.readout();
  }

  /** This builder as its concrete type. */
  abstract B self();

  /** The node set to read out; null (default) means the data set's target node set. */
  public @Nullable String getNodeSet() {
    return nodeSet;
  }

  /** Sets the node set to read out. */
  public void setNodeSet(@Nullable String value) {
    checkOpen();
    nodeSet = value;
  }

  /** Sets the node set to read out. */
  public B nodeSet(@Nullable String value) {
    setNodeSet(value);
    return self();
  }

  /** The encoded feature to read out; null (default) means {@code hidden_state}. */
  public @Nullable String getFeature() {
    return feature;
  }

  /** Sets the encoded feature to read out. */
  public void setFeature(@Nullable String value) {
    checkOpen();
    feature = value;
  }

  /** Sets the encoded feature to read out. */
  public B feature(@Nullable String value) {
    setFeature(value);
    return self();
  }

  /** Units of the dense ReLU projector, each positive; empty (default) for none. */
  public List<Integer> getProjectorUnits() {
    return projectorUnits;
  }

  /** Sets the units of the projector; empty for none. */
  public void setProjectorUnits(List<Integer> value) {
    projectorUnits = setList("projectorUnits", value);
  }

  /** Sets the units of the projector; none for no projector. */
  public B projectorUnits(int... value) {
    List<Integer> list = new ArrayList<>(value.length);
    for (int v : value) {
      list.add(v);
    }
    setProjectorUnits(list);
    return self();
  }

  /** The seed of the task's corruptors; null (default) means the experiment's seed. */
  public @Nullable Long getSeed() {
    return seed;
  }

  /** Sets the seed of the task's corruptors; null means the experiment's seed. */
  public void setSeed(@Nullable Long value) {
    checkOpen();
    seed = value;
  }

  /** Sets the seed of the task's corruptors. */
  public B seed(long value) {
    setSeed(value);
    return self();
  }

  /**
   * Makes the second (corrupted) view; null (default) means the task's default: features
   * shuffled for DGI and triplet, the default augmentation (drop 20 % of the edges, mask 20 % of
   * the feature columns) for Barlow Twins and VICReg.
   */
  public @Nullable CorruptorSpec getCorruptor() {
    return corruptor;
  }

  /** Sets what makes the second view, for example {@code shuffleFeaturesGlobally { }}. */
  public void setCorruptor(@Nullable CorruptorSpec value) {
    checkOpen();
    corruptor = value;
  }

  /** Sets what makes the second view, for example {@code shuffleFeaturesGlobally()}. */
  public B corruptor(@Nullable CorruptorSpec value) {
    setCorruptor(value);
    return self();
  }

  /**
   * Augments the first view too; null (default) means the clean graph for DGI and triplet, the
   * default augmentation for Barlow Twins and VICReg.
   */
  public @Nullable CorruptorSpec getCleanView() {
    return cleanView;
  }

  /** Sets what augments the first view; null means the task's default. */
  public void setCleanView(@Nullable CorruptorSpec value) {
    checkOpen();
    cleanView = value;
  }

  /** Sets what augments the first view. */
  public B cleanView(@Nullable CorruptorSpec value) {
    setCleanView(value);
    return self();
  }

  /** Reads representations; null (default) means every node of the node set. */
  public @Nullable ReadoutSpec getReadout() {
    return readout;
  }

  /** Sets how representations are read, for example {@code pool("max")}. */
  public void setReadout(@Nullable ReadoutSpec value) {
    checkOpen();
    readout = value;
  }

  /** Sets how representations are read, for example {@code firstNode()}. */
  public B readout(@Nullable ReadoutSpec value) {
    setReadout(value);
    return self();
  }
}
