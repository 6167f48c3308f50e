package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.CorruptorSpec;
import dev.contrastive4j.api.experiment.TaskSpec;
import org.jspecify.annotations.Nullable;

/** Configures a triplet task ({@link TaskSpec.TripletSpec}). */
public final class TripletBuilder extends TaskBuilder<TripletBuilder> {
  private double margin;
  private @Nullable CorruptorSpec positiveView;

  TripletBuilder(TaskSpec.TripletSpec start) {
    super(start);
    margin = start.margin();
    positiveView = start.positiveView();
  }

  @Override
  TripletBuilder self() {
    return this;
  }

  TaskSpec.TripletSpec build() {
    return new TaskSpec.TripletSpec(getNodeSet(), getFeature(), getProjectorUnits(), getSeed(),
        getCorruptor(), getCleanView(), getReadout(), margin, positiveView);
  }

  /** The hinge margin, at least 0 (default 1). */
  public double getMargin() {
    return margin;
  }

  /** Sets the hinge margin. */
  public void setMargin(double value) {
    checkOpen();
    margin = value;
  }

  /** Sets the hinge margin. */
  public TripletBuilder margin(double value) {
    setMargin(value);
    return this;
  }

  /** Makes the positive sample; null (default) means the default augmentation. */
  public @Nullable CorruptorSpec getPositiveView() {
    return positiveView;
  }

  /** Sets what makes the positive sample; null means the default augmentation. */
  public void setPositiveView(@Nullable CorruptorSpec value) {
    checkOpen();
    positiveView = value;
  }

  /** Sets what makes the positive sample. */
  public TripletBuilder positiveView(@Nullable CorruptorSpec value) {
    setPositiveView(value);
    return this;
  }
}
