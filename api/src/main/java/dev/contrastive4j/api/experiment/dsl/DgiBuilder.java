package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.TaskSpec;

/** Configures a Deep Graph Infomax task ({@link TaskSpec.DgiSpec}). */
public final class DgiBuilder extends TaskBuilder<DgiBuilder> {
  private String discriminator;

  DgiBuilder(TaskSpec.DgiSpec start) {
    super(start);
    discriminator = start.discriminator();
  }

  @Override
  DgiBuilder self() {
    return this;
  }

  TaskSpec.DgiSpec build() {
    return new TaskSpec.DgiSpec(getNodeSet(), getFeature(), getProjectorUnits(), getSeed(),
        getCorruptor(), getCleanView(), getReadout(), discriminator);
  }

  /**
   * The discriminator, one of {@link TaskSpec.DgiSpec#DISCRIMINATORS}: {@code uniform}
   * (default, PyTorch Geometric's) or {@code bilinear_glorot} (the DGI paper's code's).
   */
  public String getDiscriminator() {
    return discriminator;
  }

  /** Sets the discriminator. */
  public void setDiscriminator(String value) {
    discriminator = set("discriminator", value);
  }

  /** Sets the discriminator, for example {@code discriminator("bilinear_glorot")}. */
  public DgiBuilder discriminator(String value) {
    setDiscriminator(value);
    return this;
  }
}
