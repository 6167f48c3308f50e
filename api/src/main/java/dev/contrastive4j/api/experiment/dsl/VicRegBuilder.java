package dev.contrastive4j.api.experiment.dsl;

import dev.contrastive4j.api.experiment.TaskSpec;

/** Configures a VICReg task ({@link TaskSpec.VicRegSpec}). */
public final class VicRegBuilder extends TaskBuilder<VicRegBuilder> {
  private double simWeight;
  private double varWeight;
  private double covWeight;

  VicRegBuilder(TaskSpec.VicRegSpec start) {
    super(start);
    simWeight = start.simWeight();
    varWeight = start.varWeight();
    covWeight = start.covWeight();
  }

  @Override
  VicRegBuilder self() {
    return this;
  }

  TaskSpec.VicRegSpec build() {
    return new TaskSpec.VicRegSpec(getNodeSet(), getFeature(), getProjectorUnits(), getSeed(),
        getCorruptor(), getCleanView(), getReadout(), simWeight, varWeight, covWeight);
  }

  /** The weight of the invariance term, at least 0 (default 25). */
  public double getSimWeight() {
    return simWeight;
  }

  /** Sets the weight of the invariance term. */
  public void setSimWeight(double value) {
    checkOpen();
    simWeight = value;
  }

  /** Sets the weight of the invariance term. */
  public VicRegBuilder simWeight(double value) {
    setSimWeight(value);
    return this;
  }

  /** The weight of the variance term, at least 0 (default 25). */
  public double getVarWeight() {
    return varWeight;
  }

  /** Sets the weight of the variance term. */
  public void setVarWeight(double value) {
    checkOpen();
    varWeight = value;
  }

  /** Sets the weight of the variance term. */
  public VicRegBuilder varWeight(double value) {
    setVarWeight(value);
    return this;
  }

  /** The weight of the covariance term, at least 0 (default 1). */
  public double getCovWeight() {
    return covWeight;
  }

  /** Sets the weight of the covariance term. */
  public void setCovWeight(double value) {
    checkOpen();
    covWeight = value;
  }

  /** Sets the weight of the covariance term. */
  public VicRegBuilder covWeight(double value) {
    setCovWeight(value);
    return this;
  }
}
