package dev.contrastive4j.runtime.inject;

import com.google.inject.AbstractModule;
import dev.contrastive4j.api.experiment.Experiment;

/** Binds the experiment every other module reads its settings from. */
public final class ExperimentModule extends AbstractModule {
  private final Experiment experiment;

  /** A module that binds {@code experiment}. */
  public ExperimentModule(Experiment experiment) {
    this.experiment = experiment;
  }

  @Override
  protected void configure() {
    bind(Experiment.class).toInstance(experiment);
  }
}
